import Testing
@testable import ArgMap

/// Blocks that give no statements: furniture lines, disclaimers, bios; and what stays.
@Suite struct BlockFilterTests {
    @Test func shortLinesWithoutSentencePunctuationAreFurniture() {
        #expect(BlockFilter.isFurniture("Enable Read mode"))
        #expect(BlockFilter.isFurniture("100% Font Size  "))
        #expect(BlockFilter.isFurniture("Opinion — City Hall"))
        #expect(BlockFilter.isFurniture(""))
    }

    @Test func sentencePunctuationAtTheEndKeepsALine() {
        for line in [
            "Fares must fall.", "Must fares fall?", "Fares must fall!", "Three reasons:", "He said \"no\"",
            "It is 'fair'", "(see below)", "She called it “unfair”", "It’s the buses’", "Fares must fall.   ",
        ] {
            #expect(!BlockFilter.isFurniture(line), "\(line)")
        }
        // a curly quote's last byte alone is not the quote
        #expect(BlockFilter.isFurniture("Price \u{99}"))
        #expect(BlockFilter.isFurniture("Ends with ™"))  // E2 84 A2: not a closing quote
    }

    @Test func longLinesAreNeverFurniture() {
        #expect(!BlockFilter.isFurniture(String(repeating: "word ", count: 40)))
        #expect(!BlockFilter.isFurniture("one two three four five six seven eight nine ten eleven twelve thirteen"))
    }

    @Test func skippedFlagsMarkHeadingsDisclaimersAndBios() {
        let document = Document(source: "t", byline: "By Ana Ruiz", blocks: [
            TextBlock(kind: .heading, text: "Why fares must fall"),
            TextBlock(kind: .paragraph, text: "Fares should fall because buses are empty and the city pays for them anyway."),
            TextBlock(kind: .paragraph, text: "Disclaimer: the views are the author's own."),
            TextBlock(kind: .paragraph, text: "Ana Ruiz is a columnist who writes about transport and cities."),
        ])
        #expect(BlockFilter.skipped(document: document) == [true, false, true, true])
    }
}
