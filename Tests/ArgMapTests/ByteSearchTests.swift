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
