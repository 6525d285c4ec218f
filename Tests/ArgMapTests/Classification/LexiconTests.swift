import Foundation
import Testing
@testable import ArgMap

@Suite struct LexiconTests {
    @Test func builtInLexiconLoadsFromTheDataFile() throws {
        let lexicon = Lexicon.builtIn
        #expect(lexicon.entries.count > 300)
        let firstOfAll = try #require(lexicon.entry(for: "First of all"))
        #expect(firstOfAll.sense == .enumeration)
        #expect(firstOfAll.listStep == .position(1))
        #expect(lexicon.entry(for: "admittedly")?.sense == .concession)
        #expect(lexicon.entry(for: "that’s why")?.sense == .result)
        #expect(lexicon.entry(for: "critics argue")?.isAttribution == true)
        #expect(lexicon.entry(for: "of course")?.isWeak == true)
        #expect(lexicon.entry(for: "furthermore")?.listStep == .soft)
    }

    @Test func coversEveryArgumentativeSense() {
        let senses = Set(Lexicon.builtIn.entries.flatMap(\.senses))
        #expect(senses == Set(DiscourseSense.allCases))
    }

    @Test func coversPDTBConnectivesAndTheMissingConcessionAndEnumerationWords() {
        let required = [
            "although", "because", "but", "however", "therefore", "since", "while", "for example", "in addition",
            "nevertheless", "unless", "consequently", "in other words", "on the other hand", "as a result", "instead",
            "first of all", "secondly", "thirdly", "lastly", "finally", "admittedly", "granted", "of course",
            "surely", "that is why", "to be sure", "it is true that", "critics argue",
        ]
        for marker in required {
            #expect(Lexicon.builtIn.entry(for: marker) != nil, "missing \(marker)")
        }
    }

    @Test func userFileOverridesAndExtendsTheBuiltInEntries() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString).tsv")
        try "# mine\nfirstly\taddition\tinitial\t-\tno longer a list word\nto my mind\tstance\tany\topinion\t\n"
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let lexicon = try Lexicon(contentsOfFile: file.path)
        #expect(lexicon.entries.count == Lexicon.builtIn.entries.count + 1)
        #expect(lexicon.entry(for: "firstly")?.sense == .addition)
        #expect(lexicon.entry(for: "firstly")?.listStep == nil)
        #expect(lexicon.entry(for: "to my mind")?.isOpinion == true)
        #expect(lexicon.entry(for: "secondly")?.listStep == .position(2))
    }

    @Test func userEntriesChangeTheMap() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString).tsv")
        try "frankly\tconcession\tinitial\t-\t\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let text = "Cities should ban cars downtown. Frankly, cars are convenient for many families. Buses are cheaper."
        let plain = Mapped([text])
        #expect(try plain.node("Frankly").kind != .counterpoint)
        let custom = Mapped([text], mapper: ArgumentMapper(lexicon: try Lexicon(contentsOfFile: file.path)))
        #expect(try custom.node("Frankly").kind == .counterpoint)
    }

    @Test func malformedLinesAreReportedWithTheirLineNumber() {
        #expect(throws: ArgMapError.badDataFile(file: "x.tsv", line: 2, reason: "unknown sense 'causal'")) {
            try Lexicon(tsv: "because\tcause\tclause\nsince\tcausal\tclause\n", file: "x.tsv")
        }
        #expect(throws: ArgMapError.badDataFile(file: "x.tsv", line: 1, reason: "position must be initial, clause or any")) {
            try Lexicon(tsv: "so\tresult\tmiddle\n", file: "x.tsv")
        }
        #expect(throws: ArgMapError.unreadable(file: "/no/such/lexicon.tsv", reason: "cannot read the lexicon file")) {
            try Lexicon(contentsOfFile: "/no/such/lexicon.tsv")
        }
    }

    @Test func longestEntryWins() {
        let text = "First of all, prices rise."
        var copy = text
        let markers = copy.withUTF8 { bytes in
            MarkerMatcher.markers(in: Tokenizer.tokens(bytes, in: 0..<bytes.count), lexicon: .builtIn)
        }
        #expect(markers.first?.entry.marker == "first of all")
        #expect(markers.first?.range == 0..<12)
    }

    @Test func matcherTablesKeepLongestFirstThenEntryOrder() throws {
        let lexicon = try Lexicon(
            tsv: "in\taddition\tany\nin fact\trestatement\tany\nin the end\tresult\tany\nthe first\tenumeration\tinitial\tctx=first\n"
                + "since\tcause\tclause\tctx=since\nwhy\tcause\tany\tctx=why\n",
            file: "t.tsv")
        #expect(lexicon.matcher.entries(forWord: "in").map(\.flags.marker) == ["in the end", "in fact", "in"])
        #expect(lexicon.matcher.entries(forWord: "in").map(\.candidate.wordCount) == [3, 2, 1])
        #expect(lexicon.matcher.entries(forWord: "the").map(\.candidate.context) == [.theFirst])
        #expect(lexicon.matcher.entries(forWord: "since").map(\.candidate.context) == [.since])
        #expect(lexicon.matcher.entries(forWord: "why").map(\.candidate.context) == [.none])
        #expect(lexicon.matcher.entries(forWord: "end").isEmpty)
        // a second word that follows no entry, one that follows one but not its third word, and no next word
        var text = "In fact, in the end in the middle in short in."
        let found = text.withUTF8 { bytes in
            MarkerMatcher.markers(in: Tokenizer.tokens(bytes, in: 0..<bytes.count), lexicon: lexicon)
        }
        #expect(found.map(\.entry.marker) == ["in fact", "in the end", "in", "in", "in"])
        #expect(found.map(\.tokens.count) == [2, 3, 1, 1, 1])
    }
}
