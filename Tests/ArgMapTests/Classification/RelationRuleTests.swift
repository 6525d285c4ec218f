import Testing
@testable import ArgMap

/// Reasons, conclusions, examples, contrasts; duplicates; headings; explanations on every node and edge.
@Suite struct RelationRuleTests {
    @Test func becauseSinceAndForSupportTheClaimBeforeThem() throws {
        let m = Mapped("Treatments should be subsidised, since they can cure illness. Besides, insurers should pay for them, because there is a chance of recovery.")
        let since = try m.node("since")
        let because = try m.node("because")
        #expect(since.rule == "cause-reason")
        #expect(m.edge(from: since)?.to == m.thesis?.id)
        #expect(m.edge(from: since)?.marker == "since")
        #expect(m.target(of: because).map(m.text)?.hasPrefix("Besides") == true)
        #expect(m.edge(from: because)?.relation == .supports)
    }

    @Test func aConclusionIsSupportedByTheStatementBeforeIt() throws {
        let m = Mapped("Taxes should be lower. Prices keep rising in every shop. Thus families have less money each month. And savings shrink.")
        let thus = try m.node("Thus")
        #expect(thus.rule == "result-conclusion")
        #expect(m.edge(from: try m.node("Prices keep"))?.to == thus.id)
        #expect(m.edge(from: try m.node("Prices keep"))?.rule == "result-premise")
        #expect(m.edge(from: thus)?.to == m.thesis?.id)
    }

    @Test func anExampleSupportsWhatItIllustrates() throws {
        let m = Mapped("Cities should plant trees. Trees cool the streets. For example, Paris measured two degrees less under its plane trees.")
        let example = try m.node("For example")
        #expect(example.rule == "example-support")
        #expect(m.target(of: example).map(m.text)?.hasPrefix("Trees cool") == true)
    }

    @Test func aParagraphOpeningContrastIsTheAuthorsClaimAgainstWhatPrecedes() throws {
        let m = Mapped(["We must stay in the coalition. The coalition has no strategy.", "Nevertheless, it is better than nothing at all."])
        let nevertheless = try m.node("Nevertheless")
        #expect(nevertheless.markers.first?.sense == .contrast)
        #expect(nevertheless.kind == .claim)
        #expect(m.edge(from: nevertheless)?.relation == .attacks)
    }

    @Test func aRepeatedStatementIsOneNodeWithEveryOccurrence() throws {
        let m = Mapped([
            "The coalition must widen its reach.", "There is no longer any problem but ISIS.",
            "Other issues can wait. There is no longer any problem but ISIS.",
        ])
        let quote = try m.node("There is no longer")
        #expect(quote.occurrences.count == 2)
        #expect(m.graph.slice(quote.occurrences[1]) == "There is no longer any problem but ISIS.")
        #expect(m.texts.filter { $0.hasPrefix("There is no longer") }.count == 1)
    }

    @Test func headingsFurnitureDisclaimersAndBiosAreNeverNodes() {
        var blocks = [
            TextBlock(kind: .heading, text: "Why we need trains"),
            TextBlock(kind: .paragraph, text: "Enable Read mode"),
            TextBlock(kind: .paragraph, text: "We need more trains. Trains are clean."),
            TextBlock(kind: .heading, text: "Speed"),
            TextBlock(kind: .paragraph, text: "Trains are fast between cities."),
        ]
        blocks.append(TextBlock(kind: .paragraph, text: "Jane Roe is a columnist and author of two books. She lives in Leeds."))
        blocks.append(TextBlock(kind: .paragraph, text: "Disclaimer: Views expressed by writers are their own."))
        let graph = Pipeline().graph(for: Document(source: "t", byline: "Jane Roe", blocks: blocks))
        let texts = graph.nodes.map { graph.slice($0.range) }
        #expect(texts == ["We need more trains.", "Trains are clean.", "Trains are fast between cities."])
    }

    @Test func everyNodeAndEdgeNamesItsRuleAndConfidence() {
        let m = Mapped("Of course, cars are handy. But cities should ban them, because the air is poor. Therefore, we must act now.")
        #expect(!m.graph.nodes.isEmpty)
        for node in m.graph.nodes {
            #expect(!node.rule.isEmpty && !node.rule.contains(" "))
            #expect(node.confidence > 0 && node.confidence <= 1)
        }
        for edge in m.graph.edges {
            #expect(!edge.rule.isEmpty && !edge.rule.contains(" "))
            #expect(edge.confidence > 0 && edge.confidence <= 1)
        }
    }

    @Test func outputIsDeterministic() {
        let text = "Of course, cars are handy. But cities should ban them, because the air is poor. First, asthma rises. Second, noise harms sleep."
        #expect(Mapped(text).graph == Mapped(text).graph)
    }
}
