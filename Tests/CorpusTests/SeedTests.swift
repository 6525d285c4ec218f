import ArgMap
import ArgMapHTML
import Foundation
import Testing

/// The seed op-ed (`../shared/seed/`), as a news page and as plain text, through
/// `DocumentReader` and `Pipeline`: the shapes issue 3 asks for, node by node.
@Suite struct SeedTests {
    static let seed = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/seed").standardized

    enum Form: String, CaseIterable, CustomTestStringConvertible {
        case html = "seed-article.html"
        case text = "000_064fbf28dec2047d.txt"
        var testDescription: String { rawValue }
    }

    static var available: Bool {
        Form.allCases.allSatisfy { FileManager.default.fileExists(atPath: seed.appendingPathComponent($0.rawValue).path) }
    }

    struct Map {
        let graph: ArgumentGraph

        init(_ form: Form) throws {
            let document = try DocumentReader().read(path: SeedTests.seed.appendingPathComponent(form.rawValue).path)
            graph = Pipeline().graph(for: document)
        }

        func text(_ node: ArgumentNode) -> String { graph.slice(node.range) }

        func node(_ prefix: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ArgumentNode {
            let matches = graph.nodes.filter { text($0).hasPrefix(prefix) }
            #expect(matches.count == 1, "\(matches.count) nodes start with \(prefix)", sourceLocation: sourceLocation)
            return try #require(matches.first, sourceLocation: sourceLocation)
        }

        func edge(from node: ArgumentNode) -> ArgumentEdge? { graph.edges.first { $0.from == node.id } }
    }

    @Test(.enabled(if: available), arguments: Form.allCases)
    func firstOfAllSecondlyThirdlyIsOneListSupportingItsAnnouncement(_ form: Form) throws {
        let map = try Map(form)
        let announcer = try map.node("There are several key explanations.")
        let members = try [
            "First of all Russia was not invited to join.", "Secondly, Russia’s understanding",
            "Thirdly, Russia has to be very prudent",
        ].map { try map.node($0) }
        let ordinals = try members.map { try #require($0.ordinal) }
        #expect(ordinals.map(\.position) == [1, 2, 3])
        #expect(Set(ordinals.map(\.list)).count == 1)
        #expect(ordinals.allSatisfy { $0.parent == nil && !$0.isIncomplete })
        for member in members {
            let edge = try #require(map.edge(from: member))
            #expect(edge.to == announcer.id)
            #expect(edge.relation == .supports)
            #expect(member.markers.first?.sense == .enumeration)
        }
        #expect(members[0].markers.first?.text == "First of all")
    }

    @Test(.enabled(if: available), arguments: Form.allCases)
    func theNestedListElaboratesTheThirdPoint(_ form: Form) throws {
        let map = try Map(form)
        let third = try map.node("Thirdly, Russia has to be very prudent")
        let first = try map.node("First of all, any wrong step")
        let second = try map.node("Furthermore as it seen from Russia")
        let outer = try #require(third.ordinal?.list)
        for (member, position) in [(first, 1), (second, 2)] {
            let ordinal = try #require(member.ordinal)
            #expect(ordinal.position == position)
            #expect(ordinal.parent == third.id)
            #expect(ordinal.list != outer)
            #expect(map.edge(from: member)?.to == third.id)
            #expect(map.edge(from: member)?.relation == .supports)
        }
        #expect(first.ordinal?.list == second.ordinal?.list)
        // the earlier "Furthermore" (between the first and second points) is no list member
        #expect(try map.node("Furthermore Russia and the most of the Western powers").ordinal == nil)
    }

    @Test(.enabled(if: available), arguments: Form.allCases)
    func concessionsAreCounterpointsAttackedByTheirRebuttals(_ form: Form) throws {
        let map = try Map(form)
        let pairs = [
            ("Surely, the existing mechanisms need to be renewed", "But while they are not renewed"),
            ("Russia’s approach can be criticized", "But the idea of a truly global response"),
        ]
        for (concession, answer) in pairs {
            let counter = try map.node(concession)
            let rebuttal = try map.node(answer)
            #expect(counter.kind == .counterpoint)
            #expect(counter.markers.contains { $0.sense == .concession })
            #expect(rebuttal.kind == .rebuttal)
            let edge = try #require(map.edge(from: rebuttal))
            #expect(edge.to == counter.id)
            #expect(edge.relation == .attacks)
            #expect(map.edge(from: counter)?.relation == .attacks)
        }
        #expect(try map.node("Surely, the existing").markers.first?.text == "Surely")
        #expect(try map.node("But while they are not renewed").markers.first?.text == "But while")
    }

    @Test(.enabled(if: available), arguments: Form.allCases)
    func neverthelessAndButEvenNowAreContrasts(_ form: Form) throws {
        let map = try Map(form)
        for (prefix, marker) in [("Nevertheless, Russia is on the same side", "Nevertheless"), ("But even now it is much better", "But even now")] {
            let node = try map.node(prefix)
            #expect(node.markers.first?.text == marker)
            #expect(node.markers.first?.sense == .contrast)
            #expect(map.edge(from: node)?.relation == .attacks)
        }
    }

    @Test(.enabled(if: available), arguments: Form.allCases)
    func hasAThesisAndThePullQuoteIsOneNodeWithTwoOccurrences(_ form: Form) throws {
        let map = try Map(form)
        let thesis = try #require(map.graph.nodes.first { $0.id == map.graph.thesis })
        #expect(thesis.kind == .thesis)
        #expect(map.graph.nodes.filter { $0.kind == .thesis }.count == 1)
        let quote = try map.node("There is no longer any problem but ISIS.")
        #expect(quote.occurrences.count == 2)
        #expect(Set(quote.occurrences.map { map.graph.slice($0) }) == ["There is no longer any problem but ISIS."])
        let paragraphs = quote.occurrences.map { range in map.graph.paragraphs.firstIndex { $0.contains(range.lowerBound) } }
        #expect(paragraphs[0] != paragraphs[1])
        let second = try map.node("ISIS is our largest problem in Syria")
        #expect(second.occurrences.count == 2)
    }

    @Test(.enabled(if: available), arguments: Form.allCases)
    func furnitureDisclaimerBioAndHeadingsAreNoNodes(_ form: Form) throws {
        let map = try Map(form)
        let texts = map.graph.nodes.map(map.text)
        let forbidden = [
            "Enable Read mode", "Font Size", "Published:", "Disclaimer", "Views expressed by writers",
            "Maria Dubovikova is a co-founder", "She is a permanent member", "Fluently speaks", "Twitter",
            "Top Content", "Global freezing", "Extreme danger", "On the same side", "Attacking the allies",
        ]
        for phrase in forbidden {
            #expect(!texts.contains { $0.contains(phrase) }, "a node holds \(phrase)")
        }
        #expect(!texts.contains("There is no longer any problem but ISIS"))  // the subtitle
        #expect(!texts.contains("Maria Dubovikova"))
        let title = "Why doesn’t Russia join the anti-ISIS coalition?"
        if form == .html {
            #expect(!texts.contains(title))
        } else {
            // the plain-text ingester takes the title off the body on the ingest branch
            withKnownIssue("plain-text title still in the body until the ingest work lands", isIntermittent: true) {
                #expect(!texts.contains(title))
            }
        }
    }

    @Test(.enabled(if: available))
    func textAndHTMLGiveTheSameArgument() throws {
        let html = try Map(.html)
        let text = try Map(.text)
        let shapes = { (map: Map) in
            map.graph.nodes.filter { $0.kind != .reason && $0.kind != .claim }.map { "\($0.kind) \(map.text($0).prefix(40))" }
        }
        #expect(shapes(html).filter { !$0.hasPrefix("thesis") } == shapes(text).filter { !$0.hasPrefix("thesis") })
    }
}
