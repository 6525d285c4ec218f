import Testing
@testable import ArgMap

@Suite struct ByteSearchTests {
    @Test func containsIgnoresASCIICase() {
        #expect(ByteSearch.contains("Subscribe To our Newsletter", "subscribe to"))
        #expect(ByteSearch.contains("café Newsletter", "newsletter"))
        #expect(!ByteSearch.contains("news letter", "newsletter"))
        #expect(ByteSearch.contains("abc", ""))
        #expect(!ByteSearch.contains("ab", "abc"))
        #expect(ByteSearch.contains("xxab", "ab"))
    }

    @Test func hasPrefixIsAnchored() {
        #expect(ByteSearch.hasPrefix("Disclaimer: views", "disclaimer"))
        #expect(!ByteSearch.hasPrefix("A Disclaimer", "disclaimer"))
        #expect(ByteSearch.hasPrefix(Substring("Published: x"), "published:"))
    }
}

@Suite struct WhitespaceNormalizationTests {
    @Test func collapsesRunsAndNoBreakSpaces() {
        #expect(ByteSearch.normalizeWhitespace("  a \n\t b\u{00A0}\u{00A0}c  ") == "a b c")
        #expect(ByteSearch.normalizeWhitespace("x \u{00A0} y") == "x y")
        #expect(ByteSearch.normalizeWhitespace("café\u{00A0}") == "café")
        #expect(ByteSearch.normalizeWhitespace("") == "")
    }
}
