import Foundation
import Testing
@testable import ArgMap

@Suite struct AIFExporterTests {
    struct AIF {
        var nodes: [[String: String]]
        var edges: [[String: String]]
        var locutions: [Any]
    }

    func parse(_ text: String) throws -> AIF {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["nodes", "edges", "locutions"])
        return AIF(
            nodes: try #require(object["nodes"] as? [[String: String]]),
            edges: try #require(object["edges"] as? [[String: String]]),
            locutions: try #require(object["locutions"] as? [Any]))
    }

    @Test(arguments: Sample.all)
    func isValidJSONWithUniqueIDs(_ sample: Sample) throws {
        let graph = sample.graph
        for pretty in [true, false] {
            let aif = try parse(AIFExporter().export(graph, pretty: pretty))
            let nodeIDs = aif.nodes.compactMap { $0["nodeID"] }
            let edgeIDs = aif.edges.compactMap { $0["edgeID"] }
            #expect(nodeIDs.count == aif.nodes.count && Set(nodeIDs).count == nodeIDs.count)
            #expect(edgeIDs.count == aif.edges.count && Set(edgeIDs).count == edgeIDs.count)
            #expect(aif.locutions.isEmpty)
            for node in aif.nodes {
                #expect(Set(node.keys) == ["nodeID", "text", "type"])
                #expect(["I", "RA", "CA"].contains(node["type"] ?? ""))
            }
            for edge in aif.edges {
                #expect(nodeIDs.contains(edge["fromID"] ?? "") && nodeIDs.contains(edge["toID"] ?? ""))
            }
        }
    }

    /// Every RA/CA node has exactly one incoming edge from an I-node and one outgoing edge to an I-node.
    @Test(arguments: Sample.all)
    func everySchemeNodeLinksTwoINodes(_ sample: Sample) throws {
        let graph = sample.graph
        let aif = try parse(AIFExporter().export(graph))
        var type: [String: String] = [:]
        for node in aif.nodes { type[node["nodeID"] ?? ""] = node["type"] }
        let schemes = aif.nodes.filter { $0["type"] != "I" }
        #expect(schemes.count == graph.edges.count)
        #expect(aif.nodes.count - schemes.count == graph.nodes.count)
        for scheme in schemes {
            let id = scheme["nodeID"] ?? ""
            let incoming = aif.edges.filter { $0["toID"] == id }
            let outgoing = aif.edges.filter { $0["fromID"] == id }
            #expect(incoming.count == 1 && outgoing.count == 1)
            #expect(incoming.allSatisfy { type[$0["fromID"] ?? ""] == "I" })
            #expect(outgoing.allSatisfy { type[$0["toID"] ?? ""] == "I" })
        }
        // No edge joins two I-nodes directly.
        #expect(!aif.edges.contains { type[$0["fromID"] ?? ""] == "I" && type[$0["toID"] ?? ""] == "I" })
    }

    @Test func mapsSupportsToRAAndAttacksToCA() throws {
        let graph = Fixture.opEdGraph()
        let aif = try parse(AIFExporter().export(graph))
        var text: [String: String] = [:]
        for node in aif.nodes { text[node["nodeID"] ?? ""] = node["text"] }
        func path(_ from: String, _ to: String) -> String? {
            for first in aif.edges where text[first["fromID"] ?? ""] == from {
                let middle = first["toID"] ?? ""
                if aif.edges.contains(where: { $0["fromID"] == middle && text[$0["toID"] ?? ""] == to }) {
                    return aif.nodes.first { $0["nodeID"] == middle }?["type"]
                }
            }
            return nil
        }
        #expect(path("Secondly, young families are leaving.", "There are several reasons.") == "RA")
        #expect(path("Surely, building is expensive.", "The city must build more homes.") == "CA")
        #expect(path("But doing nothing costs more.", "Surely, building is expensive.") == "CA")
        #expect(path("The city must build more homes.", "There are several reasons.") == nil)
        #expect(aif.nodes.filter { $0["type"] == "RA" }.allSatisfy { $0["text"] == "Default Inference" })
        #expect(aif.nodes.filter { $0["type"] == "CA" }.allSatisfy { $0["text"] == "Default Conflict" })
        #expect(aif.nodes.first?["nodeID"] == "1" && aif.nodes.first?["text"] == "The city must build more homes.")
    }

    @Test func skipsEdgesToUnknownNodes() throws {
        let graph = Fixture.opEdGraph()
        let broken = ArgumentGraph(
            document: graph.document, text: graph.text, paragraphs: graph.paragraphs, sentences: graph.sentences,
            nodes: graph.nodes,
            edges: graph.edges + [ArgumentEdge(from: "n99", to: "n1", relation: .supports, marker: nil, confidence: 1, rule: "x")],
            thesis: graph.thesis)
        #expect(AIFExporter().export(broken) == AIFExporter().export(graph))
    }

    @Test(arguments: Sample.all)
    func outputIsByteIdenticalRunToRun(_ sample: Sample) {
        let graph = sample.graph
        let first = AIFExporter().export(graph)
        for _ in 0..<3 { #expect(AIFExporter().export(graph) == first) }
    }
}
