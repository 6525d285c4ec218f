import Testing
@testable import ArgMap

/// The plain-value tokens and hash look-ups the fast mapper reads instead of word strings.
@Suite struct TokenHashTests {
    func tokens(_ text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { Tokenizer.tokens($0, in: 0..<$0.count) }
    }

    @Test func wordTokensCarryTheLowercasedWordsHash() throws {
        let found = tokens("It’s Studying, 2010; ½ price")
        let words = found.filter(\.isWord)
        #expect(words.map(\.text) == ["it's", "studying", "2010", "½", "price"])
        for token in words { #expect(token.hash == Tokenizer.fnv(token.text.utf8)) }
        #expect(words.map(\.length) == [4, 8, 4, 2, 5])
        #expect(words[0].isCapitalized && !words[4].isCapitalized)
        #expect(words.map(\.startsWithNumber) == [false, false, true, true, false])
        #expect(found.filter { !$0.isWord }.map(\.mark) == [0x2C, 0x3B])
        #expect(found.filter { !$0.isWord }.allSatisfy { $0.hash == 0 && $0.length == 0 })
    }

    @Test func suffixesAreReadFromTheLastBytes() throws {
        let words = tokens("while studying as cats do").filter(\.isWord)
        #expect(words[1].hasSuffix("ing") && !words[0].hasSuffix("ing"))
        #expect(words[3].hasSuffix("s") && !words[4].hasSuffix("s"))
        #expect(!words[2].hasSuffix("ing"))  // shorter than the suffix
    }

    @Test func longWordsKeepTheirWholeTextAndHash() throws {
        var text = "Pneumonoultramicroscopicsilicovolcanoconiosis is long"
        let (token, whole) = text.withUTF8 { bytes in
            let token = Tokenizer.tokens(bytes, in: 0..<bytes.count)[0]
            return (token, Tokenizer.text(of: token, in: bytes))
        }
        #expect(whole == "pneumonoultramicroscopicsilicovolcanoconiosis")
        #expect(token.hash == Tokenizer.fnv(whole.utf8))
        #expect(token.length == whole.utf8.count)
        #expect(token.text == String(whole.prefix(Token.inlineCapacity)))
        #expect(Tokenizer.words(of: text) == ["pneumonoultramicroscopicsilicovolcanoconiosis", "is", "long"])
        #expect(Tokenizer.wordCount(of: text) == 3)
    }

    @Test func wordSetsMatchTokensStringsAndHashes() throws {
        let set: WordSet = ["may", "might", "may"]
        #expect(set.count == 2)
        #expect(set.contains("might") && !set.contains("mig"))
        let found = tokens("They may, perhaps.")
        #expect(found.map { set.contains($0) } == [false, true, false, false, false])
        #expect(WordSet(hashes: []).isEmpty)
        #expect(WordSet(hashes: [Tokenizer.fnv("cost".utf8)]).contains(hash: Tokenizer.fnv("cost".utf8)))
    }

    @Test func foundMarkersNameTheirEntry() throws {
        var text = "But of course, we must act; it is fair."
        let found = text.withUTF8 { bytes in
            MarkerMatcher.markers(in: Tokenizer.tokens(bytes, in: 0..<bytes.count), lexicon: .builtIn)
        }
        let names = found.map(\.entry.marker)
        #expect(names == ["but", "of course", "we must", "is fair"])
        #expect(found.map(\.entry.isBut) == [true, false, false, false])
        #expect(MarkerNames.name(of: MarkerNames.id(of: "of course")) == "of course")
        #expect(MarkerNames.name(of: -1) == "")
        let custom = try Lexicon(tsv: "but\tcontrast\tclause\tsplit\nnot only\t-\tany\n", file: "t.tsv")
        #expect(custom.refs.map(\.flags.isBut) == [true, false])
        #expect(custom.refs.map(\.flags.isNotOnly) == [false, true])
    }
}
