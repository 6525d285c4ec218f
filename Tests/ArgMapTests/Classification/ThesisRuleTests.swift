import Testing
@testable import ArgMap

/// Thesis selection: stance, conclusions, title, position, restatement; no thesis in a report.
@Suite struct ThesisRuleTests {
    @Test func stanceLanguageBeatsPosition() throws {
        let m = Mapped("Dog dirt is everywhere in the city. Stepping in it ruins your day. There should be higher fines for dog owners.")
        let thesis = try #require(m.thesis)
        #expect(m.text(thesis).hasPrefix("There should be"))
        #expect(thesis.kind == .thesis)
        #expect(thesis.rule == "thesis-stance")
        #expect(thesis.markers.map(\.sense).contains(.stance))
        #expect(m.edge(from: thesis) == nil)
    }

    @Test func aConclusionWithStanceIsTheThesisAndWhatPrecedesSupportsIt() throws {
        let m = Mapped("Fees keep poor students away. Studying must remain a right for everyone. That's why universities should not charge fees.")
        let thesis = try #require(m.thesis)
        #expect(m.text(thesis).hasPrefix("That's why"))
        for prefix in ["Fees keep", "Studying must"] {
            #expect(m.edge(from: try m.node(prefix))?.to == thesis.id)
        }
    }

    @Test func theDeonticClaimIsPreferredToAnOpinionInPassing() throws {
        let m = Mapped("I think Berlin was lucky so far. Old airports are noisy. Tegel should definitely be closed.")
        #expect(m.thesis.map(m.text)?.hasPrefix("Tegel should") == true)
    }

    @Test func aStatementAnsweredByAContrastIsNotTheThesis() throws {
        let m = Mapped("The state ought not to restrict medicines for moral reasons. But without a prescription nobody gets advice. Selling the pill freely would be inappropriate.")
        #expect(m.thesis.map(m.text)?.hasPrefix("Selling the pill") == true)
        #expect(try m.node("The state ought").kind == .counterpoint)
    }

    @Test func titleOverlapPicksTheThesisOfALongText() throws {
        let m = Mapped(
            ["Many cities debate their traffic.", "Some people like cars. Buses are slow in many places.",
             "Congestion charges should fund better public transport.", "Other towns tried bicycles."],
            title: "Why congestion charges should fund public transport")
        let thesis = try #require(m.thesis)
        #expect(m.text(thesis).hasPrefix("Congestion charges"))
        #expect(thesis.rule == "thesis-title")
    }

    @Test func aReportWithoutStanceOrArgumentHasNoThesis() {
        let m = Mapped([
            "The council met on Monday evening.", "The mayor opened the session at seven.",
            "Residents asked about the new bridge.", "The meeting ended at nine.",
        ])
        #expect(m.graph.thesis == nil)
        #expect(m.graph.nodes.count == 4)
        #expect(m.graph.edges.isEmpty)
        #expect(m.graph.nodes.allSatisfy { $0.kind == .claim })
    }
}

/// A run-on statement with many markers: each place named once, in text order.
@Suite struct ManyMarkerTests {
    @Test func aNodeWithManyMarkersNamesEachPlaceOnce() throws {
        let clause = "we should fund the buses and we must keep the fares low"
        let text = Array(repeating: clause, count: 12).joined(separator: " and ") + "."
        let m = Mapped(text)
        let thesis = try #require(m.thesis)
        #expect(thesis.markers.count > 16)  // the set-based path
        #expect(Set(thesis.markers.map(\.range)).count == thesis.markers.count)
        #expect(thesis.markers.map(\.range.lowerBound) == thesis.markers.map(\.range.lowerBound).sorted())
        for marker in thesis.markers { #expect(m.graph.slice(marker.range) == marker.text) }
    }
}
