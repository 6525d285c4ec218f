import Testing
@testable import ArgMap

/// Context rules for the ambiguous markers: since, as, while, so, first, for.
@Suite struct MarkerContextTests {
    /// The sense each occurrence of `word` is read in (nil: not a connective there).
    func senses(of word: String, in text: String) -> [DiscourseSense?] {
        var copy = text
        return copy.withUTF8 { bytes in
            let tokens = Tokenizer.tokens(bytes, in: 0..<bytes.count)
            let found = MarkerMatcher.markers(in: tokens, lexicon: .builtIn)
            return tokens.enumerated().filter { $0.element.hash == Tokenizer.wordHash(word.utf8) }.map { index, _ in
                found.first { $0.tokens.lowerBound == index }?.sense
            }
        }
    }

    @Test func sinceIsCausalUnlessATimeFollows() {
        #expect(senses(of: "since", in: "We should act, since the risk is real.") == [.cause])
        #expect(senses(of: "since", in: "Prices have doubled since 2010.") == [nil])
        #expect(senses(of: "since", in: "It has rained ever since then.") == [nil])
    }

    @Test func asIsCausalOnlyOpeningAClause() {
        #expect(senses(of: "as", in: "I support the plan, as the area is central.") == [.cause])
        #expect(senses(of: "as", in: "He works as a teacher.") == [nil])
        #expect(senses(of: "as", in: "The plan, as we know, failed.") == [nil])
        #expect(senses(of: "as", in: "The old rules, as well, failed.") == [nil])
    }

    @Test func whileIsContrastiveAtAClauseStartAndTemporalBeforeAnIngForm() {
        #expect(senses(of: "while", in: "While taxes rose, wages fell.") == [.contrast])
        #expect(senses(of: "while", in: "He reads while eating.") == [nil])
        #expect(senses(of: "while", in: "They can run errands while I'm stuck in the office.") == [nil])
    }

    @Test func soIsAResultAtAClauseStartAndAnIntensifierBeforeAQuantity() {
        #expect(senses(of: "so", in: "The bus was late, so we walked.") == [.result])
        #expect(senses(of: "so", in: "Germany produces so much rubbish.") == [nil])
        #expect(senses(of: "so", in: "The effect is so massive that nobody denies it.") == [nil])
    }

    @Test func firstEnumeratesOnlyOpeningASentence() {
        #expect(senses(of: "first", in: "First, the plan is cheap.") == [.enumeration])
        #expect(senses(of: "first", in: "First we must ask why.") == [.enumeration])
        #expect(senses(of: "first", in: "They first need to be caught.") == [nil])
        #expect(senses(of: "first", in: "First time buyers struggle.") == [nil])
    }

    @Test func forIsCausalOnlyBeforeAClause() {
        #expect(senses(of: "for", in: "Everyone should pay, for we need independent media.") == [.cause])
        #expect(senses(of: "for", in: "This is good for the city.") == [nil])
    }
}
