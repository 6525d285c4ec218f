import Testing
@testable import ArgMap

/// Title content words read by hash from tokens agree with the word strings they replace.
@Suite struct TitleHashTests {
    @Test(arguments: [
        "Why Cities Should Ban Cars From Their Centres",
        "It’s time: the government’s so-called “reform” doesn't work",
        "Ökonomie, naïve café owners and e.g. 2024’s budget — what next?",
        "",
        "A to Z",
    ])
    func contentHashesMatchTheContentWords(title: String) {
        let expected = ThesisSelector.contentWords(Tokenizer.words(of: title)).map { Tokenizer.wordHash($0.utf8) }
        #expect(Tokenizer.contentHashes(of: title) == expected)
    }

    @Test func stopWordsAndShortWordsAreLeftOut() {
        #expect(Tokenizer.contentHashes(of: "They would ban it") == [])
        #expect(Tokenizer.contentHashes(of: "Banning cars helps cities").count == 4)
    }
}
