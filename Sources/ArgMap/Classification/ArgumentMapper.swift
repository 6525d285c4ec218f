/// Turns a document and its sentences into an argument map with transparent rules.
public struct ArgumentMapper: Sendable {
    /// Creates a mapper.
    public init() {}

    /// Maps the sentences of a document.
    /// - Parameters:
    ///   - document: the ingested document.
    ///   - text: `document.text`.
    ///   - sentences: its sentences.
    /// - Returns: nodes, edges and the thesis id.
    public func map(document: Document, text: String, sentences: [Sentence]) -> (nodes: [ArgumentNode], edges: [ArgumentEdge], thesis: String?) {
        var nodes: [ArgumentNode] = []
        var edges: [ArgumentEdge] = []
        for (index, sentence) in sentences.enumerated() {
            let id = "n\(index + 1)"
            nodes.append(ArgumentNode(
                id: id, kind: index == 0 ? .thesis : .reason, range: sentence.range, sentences: [sentence.id],
                markers: [], ordinal: nil, occurrences: [sentence.range], confidence: 0.5,
                rule: index == 0 ? "first-sentence" : "default-support"))
            if index > 0 {
                edges.append(ArgumentEdge(from: id, to: "n1", relation: .supports, marker: nil, confidence: 0.3, rule: "default-support"))
            }
        }
        return (nodes, edges, nodes.first?.id)
    }
}
