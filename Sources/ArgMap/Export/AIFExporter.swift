/// Writes an ``ArgumentGraph`` as AIF JSON, the Argument Interchange Format as AIFdb and OVA
/// read and write it:
///
/// ```json
/// {"nodes": [{"nodeID": "1", "text": "...", "type": "I"}, ...],
///  "edges": [{"edgeID": "1", "fromID": "2", "toID": "12"}, ...],
///  "locutions": []}
/// ```
///
/// Every ArgMap node becomes an I-node (information) holding its text. Every `supports` edge
/// becomes an RA-node ("Default Inference") and every `attacks` edge a CA-node ("Default
/// Conflict"), linked premise → S-node → conclusion: the arguing node's I-node points to the
/// S-node, which points to the target's I-node.
///
/// Ids are decimal strings, as AIFdb uses: I-nodes are numbered 1…N in graph order, S-nodes
/// N+1… in edge order, edges 1… in the order written, so the output is deterministic. Edges
/// naming a node the graph lacks are left out.
public struct AIFExporter: Sendable {
    /// The text AIF gives a support scheme node.
    public static let inferenceText = "Default Inference"
    /// The text AIF gives a conflict scheme node.
    public static let conflictText = "Default Conflict"

    /// Creates an exporter.
    public init() {}

    /// The AIF JSON text of `graph`, with no trailing newline.
    /// - Parameters:
    ///   - graph: the map.
    ///   - pretty: `true` (the default) for one node or edge per line, `false` for one line.
    /// - Returns: the JSON text.
    public func export(_ graph: ArgumentGraph, pretty: Bool = true) -> String {
        var iNodeID: [String: Int] = [:]
        for (index, node) in graph.nodes.enumerated() where iNodeID[node.id] == nil { iNodeID[node.id] = index + 1 }

        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.name("nodes"); w.beginArray()
        for (index, node) in graph.nodes.enumerated() {
            writeNode(id: index + 1, text: ExportText.cleaned(graph.slice(node.range)), type: "I", to: &w)
        }
        var links: [(from: Int, to: Int)] = []
        var nextID = graph.nodes.count + 1
        for edge in graph.edges {
            guard let from = iNodeID[edge.from], let to = iNodeID[edge.to] else { continue }
            let isSupport = edge.relation == .supports
            writeNode(id: nextID, text: isSupport ? Self.inferenceText : Self.conflictText, type: isSupport ? "RA" : "CA", to: &w)
            links.append((from, nextID))
            links.append((nextID, to))
            nextID += 1
        }
        w.endArray()
        w.name("edges"); w.beginArray()
        for (index, link) in links.enumerated() {
            w.beginObject(inline: true)
            w.name("edgeID"); w.value(String(index + 1))
            w.name("fromID"); w.value(String(link.from))
            w.name("toID"); w.value(String(link.to))
            w.endObject()
        }
        w.endArray()
        w.name("locutions"); w.beginArray(); w.endArray()
        w.endObject()
        return w.output
    }

    private func writeNode(id: Int, text: String, type: String, to w: inout JSONWriter) {
        w.beginObject(inline: true)
        w.name("nodeID"); w.value(String(id))
        w.name("text"); w.value(text)
        w.name("type"); w.value(type)
        w.endObject()
    }
}
