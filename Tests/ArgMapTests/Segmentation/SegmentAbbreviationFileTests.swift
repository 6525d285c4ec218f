import Foundation
import Testing

@testable import ArgMap

/// The abbreviation data file: its format, errors, and user files extending the bundled list.
@Suite struct SegmentAbbreviationFileTests {
    @Test func bundledListIsFoundAndHasEverySection() {
        let list = AbbreviationList.builtIn
        for section in AbbreviationList.Section.allCases {
            let hasEntries = list.entries.contains { $0.section == section }
            #expect(hasEntries, "no entries in [\(section.rawValue)]")
        }
        let hasDoctor = list.entries.contains(AbbreviationList.Entry(word: "dr.", section: .title))
        let hasForExample = list.entries.contains(AbbreviationList.Entry(word: "e.g", section: .title))
        #expect(hasDoctor && hasForExample)
        #expect(list.entries.count > 300)
    }

    @Test func parsesSectionsCommentsAndPeriods() throws {
        let list = try AbbreviationList(parsing: "# comment\nfoo.\n\n[title]\nBaz.\n[starters]\r\nnow\n", file: "x.txt")
        #expect(list.entries == [
            .init(word: "foo", section: .general), .init(word: "Baz", section: .title), .init(word: "now", section: .starters),
        ])
    }

    @Test func trailingCommentsAreIgnored() throws {
        let list = try AbbreviationList(parsing: "[title]   # titles\nDr.  # doctor\nC#\n", file: "x.txt")
        #expect(list.entries == [.init(word: "Dr", section: .title), .init(word: "C#", section: .title)])
    }

    @Test func unknownSectionNamesTheLine() {
        #expect(throws: ArgMapError.self) { try AbbreviationList(parsing: "a\n[titles]\n", file: "x.txt") }
        do {
            _ = try AbbreviationList(parsing: "a\n[titles]\n", file: "x.txt")
        } catch {
            #expect(error.description.hasPrefix("x.txt:2: unknown section [titles]"))
        }
    }

    @Test func entryWithSpacesIsRejected() {
        #expect(throws: ArgMapError.self) { try AbbreviationList(parsing: "[general]\nvon der\n", file: "x.txt") }
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: ArgMapError.unreadable(file: "/nonexistent/abbr.txt", reason: "no such file")) {
            try SentenceSegmenter(abbreviationsFile: "/nonexistent/abbr.txt")
        }
    }

    @Test func userFileExtendsTheBundledList() throws {
        let text = "The Zorgl. Council met. Mr. Brown came."
        #expect(SegmentationFixtures.sentences(text) == ["The Zorgl.", "Council met.", "Mr. Brown came."])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-abbr-\(UInt32.random(in: 0...UInt32.max)).txt")
        try "# mine\n[title]\nZorgl.\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let segmenter = try SentenceSegmenter(abbreviationsFile: url.path)
        // The user's title joins; the bundled "Mr." still works.
        #expect(SegmentationFixtures.sentences(text, segmenter) == ["The Zorgl. Council met.", "Mr. Brown came."])
    }

    @Test func caseSensitiveEntriesMatchOnlyTheirSpelling() {
        let segmenter = SentenceSegmenter(abbreviations: AbbreviationList(entries: [
            .init(word: "Ill", section: .title),
        ]))
        #expect(SegmentationFixtures.sentences("Peoria, Ill. Residents agree.", segmenter) == ["Peoria, Ill. Residents agree."])
        #expect(SegmentationFixtures.sentences("He fell ill. Residents agree.", segmenter) == ["He fell ill.", "Residents agree."])
    }

    @Test func entryOfPeriodsOnlyIsRejected() {
        #expect(throws: ArgMapError.self) { try AbbreviationList(parsing: "[title]\n...\n", file: "x.txt") }
    }

    @Test func terminalEntriesEndBeforeCapitalsOnly() {
        let segmenter = SentenceSegmenter(abbreviations: AbbreviationList(entries: [.init(word: "etc.", section: .terminal)]))
        #expect(SegmentationFixtures.sentences("Pens, ink, etc. Paper is extra.", segmenter) == ["Pens, ink, etc.", "Paper is extra."])
        #expect(SegmentationFixtures.sentences("Pens, ink, etc. are cheap.", segmenter) == ["Pens, ink, etc. are cheap."])
    }

    /// Without any list the shape rules still hold: initials and letter groups wait for a sentence starter,
    /// which no list names, so they never end a sentence; ordinary words still do.
    @Test func emptyListKeepsShapeRules() {
        let segmenter = SentenceSegmenter(abbreviations: AbbreviationList(entries: []))
        #expect(SegmentationFixtures.sentences("J. R. Smith came. He left.", segmenter) == ["J. R. Smith came.", "He left."])
    }
}
