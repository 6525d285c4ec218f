import Testing
@testable import ArgMap

/// Maps paragraphs (and optional headings) through the real pipeline, for rule tests.
struct Mapped {
    let graph: ArgumentGraph

    init(_ paragraphs: [String], headings: [Int: String] = [:], title: String? = nil, mapper: ArgumentMapper = ArgumentMapper()) {
        var blocks: [TextBlock] = []
        for (i, text) in paragraphs.enumerated() {
            if let heading = headings[i] { blocks.append(TextBlock(kind: .heading, text: heading)) }
            blocks.append(TextBlock(kind: .paragraph, text: text))
        }
        let document = Document(source: "test", title: title, blocks: blocks)
        graph = Pipeline(mapper: mapper).graph(for: document)
    }

    init(_ text: String) { self.init([text]) }

    /// The text of a node.
    func text(_ node: ArgumentNode) -> String { graph.slice(node.range) }

    /// The node whose text starts with `prefix`.
    func node(_ prefix: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ArgumentNode {
        try #require(graph.nodes.first { text($0).hasPrefix(prefix) }, "no node starts with \(prefix)", sourceLocation: sourceLocation)
    }

    /// The outgoing edge of a node, if any.
    func edge(from node: ArgumentNode) -> ArgumentEdge? { graph.edges.first { $0.from == node.id } }

    /// The node an edge points to.
    func target(of node: ArgumentNode) -> ArgumentNode? {
        guard let edge = edge(from: node) else { return nil }
        return graph.nodes.first { $0.id == edge.to }
    }

    /// The thesis node.
    var thesis: ArgumentNode? { graph.nodes.first { $0.id == graph.thesis } }

    /// All node texts, in order.
    var texts: [String] { graph.nodes.map(text) }
}
