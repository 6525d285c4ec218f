/// Writes an ``ArgumentGraph`` as a Graphviz `digraph` that `dot` accepts without warnings.
public struct DOTExporter: Sendable {
    /// Characters per label line before wrapping.
    public let wrapWidth: Int

    /// Creates an exporter.
    public init(wrapWidth: Int = 40) { self.wrapWidth = wrapWidth }

    /// The DOT text of `graph`, ending in a newline.
    public func export(_ graph: ArgumentGraph) -> String {
        var out = "digraph argmap {\n  graph [rankdir=BT, fontname=\"Helvetica\"];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10, fillcolor=\"#ffffff\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
        for node in graph.nodes {
            var label = graph.slice(node.range)
            if let o = node.ordinal { label = "[\(o.position)] " + label }
            let style: String = switch node.kind {
            case .thesis: "fillcolor=\"#fde68a\", penwidth=2"
            case .claim: "fillcolor=\"#e5e7eb\""
            case .reason: "fillcolor=\"#dcfce7\""
            case .counterpoint: "fillcolor=\"#fee2e2\""
            case .rebuttal: "fillcolor=\"#dbeafe\""
            }
            out += "  \(node.id) [label=\"\(Self.escape(wrap(label)))\", \(style)];\n"
        }
        for edge in graph.edges {
            let style = edge.relation == .supports ? "color=\"#15803d\"" : "color=\"#b91c1c\", style=dashed, arrowhead=tee"
            out += "  \(edge.from) -> \(edge.to) [\(style)];\n"
        }
        out += "}\n"
        return out
    }

    func wrap(_ text: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + word.count + 1 > wrapWidth { lines.append(line); line = "" }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// Escapes text for a quoted DOT string; newlines become `\l`-free centred line breaks.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
