import Testing
@testable import ArgMap

/// One scratch buffer reused for a document's sentences gives the same tokens as a fresh one.
@Suite struct TokenScratchTests {
    @Test func reusedScratchGivesTheSameTokensAsAFreshOne() {
        var text = "Short one. " + String(repeating: "A much longer sentence, with “quotes” and dashes — ", count: 40)
            + "x, y; z! Last."
        text.withUTF8 { bytes in
            let scratch = TokenScratch()
            // small, large, then small again: the buffer grows once and is reused
            let ranges = [0..<10, 0..<bytes.count, (bytes.count - 14)..<bytes.count, 5..<5]
            for range in ranges {
                let reused = Tokenizer.tokens(bytes, in: range, scratch: scratch)
                let fresh = Tokenizer.tokens(bytes, in: range)
                #expect(reused == fresh)
            }
            #expect(Tokenizer.tokens(bytes, in: 0..<10, scratch: scratch).filter(\.isWord).count == 2)
            #expect(Tokenizer.tokens(bytes, in: 0..<bytes.count, scratch: scratch).count > 400)
        }
    }
}
