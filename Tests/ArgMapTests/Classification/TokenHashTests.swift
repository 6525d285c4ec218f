import Testing
@testable import ArgMap

/// The plain-value tokens and hash look-ups the fast mapper reads instead of word strings.
@Suite struct TokenHashTests {
    func tokens(_ text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { Tokenizer.tokens($0, in: 0..<$0.count) }
    }

    @Test func wordTokensCarryTheLowercasedWordsHash() throws {
        var text = "It’s Studying, 2010; ½ price"
        let found = tokens(text)
        let words = found.filter(\.isWord)
        let texts = text.withUTF8 { bytes in words.map { Tokenizer.text(of: $0, in: bytes) } }
        #expect(texts == ["it's", "studying", "2010", "½", "price"])
        for (token, text) in zip(words, texts) { #expect(token.hash == Tokenizer.wordHash(text.utf8)) }
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
        #expect(token.hash == Tokenizer.wordHash(whole.utf8))
        #expect(token.length == whole.utf8.count)
        #expect(token.tail == 0x6F73_6973)  // "osis", the last byte lowest
        #expect(Tokenizer.words(of: text) == ["pneumonoultramicroscopicsilicovolcanoconiosis", "is", "long"])
        #expect(Tokenizer.wordCount(of: text) == 3)
    }

    @Test func eightByteStepsReadWordsAsByteByByte() throws {
        // words of every length around the eight-byte steps, cut by every kind of byte
        var text = "ABCDEFGHijklmnop9 it's co-operate naïve Ünïcode 12345678.5 abcdefg abcdefgh abcdefghi "
            + "wordwordword’s MiXeDcAsE@at [x]{y}`z` A1b2C3d4E5 über-naïveté e.g. x"
        let (found, texts) = text.withUTF8 { bytes in
            let found = Tokenizer.tokens(bytes, in: 0..<bytes.count).filter(\.isWord)
            return (found, found.map { Tokenizer.text(of: $0, in: bytes) })
        }
        #expect(texts.prefix(4) == ["abcdefghijklmnop9", "it's", "co-operate", "naïve"])
        #expect(texts.contains("abcdefgh") && texts.contains("abcdefghi") && texts.contains("wordwordword's"))
        #expect(texts.contains("mixedcase") && texts.contains("a1b2c3d4e5") && texts.contains("über-naïveté"))
        for (token, word) in zip(found, texts) {
            #expect(token.hash == Tokenizer.wordHash(word.utf8), "\(word)")
            #expect(token.length == word.utf8.count, "\(word)")
            let last = word.utf8.suffix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            #expect(token.tail == last, "\(word)")
        }
    }

    @Test func aRangeEndCutsAWordThatRunsOn() throws {
        // the tokenizer reads eight bytes at a time, past the range's end when the text goes on
        var text = "Abcdefghijklmnopqrstuvwxyz and more"
        text.withUTF8 { bytes in
            for end in 1...20 {
                let words = Tokenizer.tokens(bytes, in: 0..<end)
                #expect(words.count == 1)
                #expect(words.first?.range == 0..<end)
                let expected = String(decoding: bytes[0..<end], as: UTF8.self).lowercased()
                #expect(words.first?.hash == Tokenizer.wordHash(expected.utf8), "\(end)")
                #expect(words.first?.length == end)
            }
            #expect(Tokenizer.tokens(bytes, in: 3..<3).isEmpty)
        }
    }

    @Test func shortWordsNeverShareAHash() throws {
        // words of eight bytes or fewer pack into one 64-bit word: every such word its own hash
        var seen: [UInt64: String] = [:]
        let letters = Array("abcdefghijklmnopqrstuvwxyz'-".utf8)
        for a in letters { for b in letters { for c in letters.prefix(8) {
            let word = String(decoding: [a, b, c], as: UTF8.self)
            let hash = Tokenizer.wordHash(word.utf8)
            #expect(seen[hash] == nil, "\(word) and \(seen[hash] ?? "")")
            seen[hash] = word
        } } }
        #expect(Tokenizer.wordHash("abcdefgh".utf8) != Tokenizer.wordHash("abcdefghi".utf8))
        #expect(Tokenizer.wordHash("abcdefghi".utf8) != Tokenizer.wordHash("bcdefghi".utf8))
        // the hash spreads over the low bits too (hash tables index by them)
        let lowBits = Set(["a", "b", "c", "as", "is", "it", "so", "the", "and", "but"].map { Tokenizer.wordHash($0.utf8) & 1023 })
        #expect(lowBits.count >= 9)
    }

    @Test func wordSetsMatchTokensStringsAndHashes() throws {
        let set: WordSet = ["may", "might", "may"]
        #expect(set.count == 2)
        #expect(set.contains("might") && !set.contains("mig"))
        let found = tokens("They may, perhaps.")
        #expect(found.map { set.contains($0) } == [false, true, false, false, false])
        #expect(WordSet(hashes: []).isEmpty)
        #expect(WordSet(hashes: [Tokenizer.wordHash("cost".utf8)]).contains(hash: Tokenizer.wordHash("cost".utf8)))
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
        #expect(custom.matcher.entries(forWord: "but").map(\.flags.isBut) == [true])
        #expect(custom.matcher.entries(forWord: "but").map(\.flags.isNotOnly) == [false])
        #expect(custom.matcher.entries(forWord: "not").map(\.flags.isBut) == [false])
        #expect(custom.matcher.entries(forWord: "not").map(\.flags.isNotOnly) == [true])
        #expect(custom.matcher.entries(forWord: "only").isEmpty)
    }
}
