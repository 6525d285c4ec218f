/// Writes an ``ArgumentGraph`` as a Graphviz `digraph` that `dot` accepts without warnings,
/// whatever the text holds.
///
/// - Nodes keep their JSON ids; each label is a small header (id, kind, list position) over the
///   node text wrapped to ``wrapWidth`` columns. Labels are Graphviz HTML-like labels with every
///   markup character escaped and control characters removed.
/// - Arguments flow left to right by default (reasons left of what they support).
/// - Kinds differ by fill and border colour (the thesis also by a bold double border, a
///   counterpoint by a dashed one); `supports` edges are solid green arrows, `attacks` edges
///   dashed red lines ending in a bar.
/// - Members of a numbered list sit in a `cluster_<list>` box; a nested list's box is labelled
///   with the node it elaborates ("List l2 (elaborates n5)").
/// - Node `id`s (`map_n1`) and links (`#text_n1`) let the HTML report connect the drawn map
///   and the highlighted text.
/// - Deterministic: nodes in graph order, edges in graph order, lists by first appearance.
public struct DOTExporter: Sendable {
    /// Which way the arguments flow in the drawing.
    public enum Direction: String, Sendable, CaseIterable {
        /// Reasons on the left, the thesis on the right (`rankdir=LR`): siblings stack
        /// vertically, so the drawing stays narrow enough to read on a page.
        case leftToRight = "LR"
        /// Reasons below what they support, the thesis on top (`rankdir=BT`).
        case bottomToTop = "BT"
    }

    /// Columns per label line before wrapping.
    public let wrapWidth: Int
    /// The longest a label gets, in lines; longer texts end in an ellipsis. `nil`: no limit.
    public let maxLines: Int?
    /// Whether to draw a legend of the kinds and relations used.
    public let includesLegend: Bool
    /// Which way the arguments flow.
    public let direction: Direction

    /// Creates an exporter.
    /// - Parameters:
    ///   - wrapWidth: columns per label line (at least 4).
    ///   - maxLines: the longest label in lines, or `nil` for the whole text.
    ///   - includesLegend: whether to add a legend node.
    ///   - direction: which way the arguments flow (left to right by default).
    public init(wrapWidth: Int = 40, maxLines: Int? = nil, includesLegend: Bool = true, direction: Direction = .leftToRight) {
        self.wrapWidth = wrapWidth
        self.maxLines = maxLines
        self.includesLegend = includesLegend
        self.direction = direction
    }

    /// The DOT text of `graph`, ending in a newline.
    public func export(_ graph: ArgumentGraph) -> String {
        var out = "digraph argmap {\n"
        out += "  graph [rankdir=\(direction.rawValue), nodesep=0.3, ranksep=0.6, fontname=\"Helvetica\", fontsize=12, labelloc=t"
        if let title = graph.document.title.map(ExportText.cleaned), !title.isEmpty {
            out += ", label=<<B>\(Self.html(title))</B>>"
        }
        out += "];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10, margin=\"0.15,0.08\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.8];\n"

        let known = Set(graph.nodes.map(\.id))
        var emittedLists = Set<String>()
        for node in graph.nodes {
            if let list = node.ordinal?.list {
                if emittedLists.insert(list).inserted { emitCluster(list, graph: graph, into: &out) }
            } else {
                out += "  " + declaration(node, graph) + "\n"
            }
        }
        if graph.nodes.isEmpty {
            out += "  empty [shape=plaintext, style=\"\", label=\"No argument found in this text.\"];\n"
        }
        for edge in graph.edges where known.contains(edge.from) && known.contains(edge.to) {
            out += "  " + Self.quoted(edge.from) + " -> " + Self.quoted(edge.to) + " [" + attributes(edge) + "];\n"
        }
        if includesLegend, !graph.nodes.isEmpty { out += legend(graph) }
        out += "}\n"
        return out
    }

    // MARK: Nodes

    private func declaration(_ node: ArgumentNode, _ graph: ArgumentGraph) -> String {
        var style = "rounded,filled"
        var extra = ""
        switch node.kind {
        case .thesis: style += ",bold"; extra = ", penwidth=2.2, peripheries=2"
        case .counterpoint: style += ",dashed"; extra = ", penwidth=1.4"
        case .rebuttal, .reason, .claim: extra = ", penwidth=1.2"
        }
        return Self.quoted(node.id)
            + " [id=\(Self.quoted("map_" + node.id)), URL=\(Self.quoted("#text_" + node.id)), target=\"_self\""
            + ", tooltip=\(Self.quoted(node.explanation))"
            + ", style=\"\(style)\", fillcolor=\"\(KindStyle.fill(node.kind))\", color=\"\(KindStyle.accent(node.kind))\"\(extra)"
            + ", label=<\(label(node, graph))>];"
    }

    /// The HTML-like label: a header line in small capitals over the wrapped text, left aligned.
    private func label(_ node: ArgumentNode, _ graph: ArgumentGraph) -> String {
        var header = node.id + " \u{00B7} " + node.kind.rawValue.uppercased()
        if let ordinal = node.ordinal {
            header += " \u{00B7} #\(ordinal.position) in \(ordinal.list)"
            if ordinal.isIncomplete { header += " (incomplete)" }
        }
        var out = "<FONT POINT-SIZE=\"8\" COLOR=\"\(KindStyle.accent(node.kind))\"><B>\(Self.html(header))</B></FONT>"
        var lines = ExportText.wrap(graph.slice(node.range), width: wrapWidth)
        if let maxLines, lines.count > maxLines {
            lines = Array(lines.prefix(max(maxLines, 1)))
            lines[lines.count - 1] += " \u{2026}"
        }
        for line in lines { out += "<BR ALIGN=\"LEFT\"/>" + Self.html(line) }
        return out + "<BR ALIGN=\"LEFT\"/>"
    }

    // MARK: Lists

    /// A list's members in a dashed box labelled with the list, the node a nested list
    /// elaborates, and whether the list is incomplete. Nested lists get a box of their own (not
    /// one inside the outer list's box), which keeps every list's members in reading order.
    private func emitCluster(_ list: String, graph: ArgumentGraph, into out: inout String) {
        let indent = "  "
        let members = graph.nodes.filter { $0.ordinal?.list == list }
        var caption = "List \(list)"
        if let parent = members.first?.ordinal?.parent { caption += " (elaborates \(parent))" }
        if members.contains(where: { $0.ordinal?.isIncomplete == true }) { caption += ", incomplete" }
        out += indent + "subgraph " + Self.quoted("cluster_" + list) + " {\n"
        out += indent + "  graph [label=<<I>\(Self.html(caption))</I>>, labeljust=l, style=\"rounded,dashed\", color=\"#6b7280\", fontsize=9, fontcolor=\"#4b5563\", margin=10];\n"
        for member in members { out += indent + "  " + declaration(member, graph) + "\n" }
        out += indent + "}\n"
    }

    // MARK: Edges

    private func attributes(_ edge: ArgumentEdge) -> String {
        var out = "color=\"\(KindStyle.color(edge.relation))\""
        switch edge.relation {
        case .supports: out += ", penwidth=1.3, arrowhead=normal"
        case .attacks: out += ", penwidth=1.6, style=dashed, arrowhead=tee"
        }
        out += ", tooltip=" + Self.quoted("\(edge.from) \(edge.relation.rawValue) \(edge.to) \u{00B7} rule: \(edge.rule)")
        if let marker = edge.marker.map(ExportText.cleaned), !marker.isEmpty {
            out += ", label=<<FONT COLOR=\"\(KindStyle.color(edge.relation))\">\(Self.html(marker))</FONT>>"
        }
        return out
    }

    // MARK: Legend

    private func legend(_ graph: ArgumentGraph) -> String {
        var rows = ""
        for kind in NodeKind.allCases where graph.nodes.contains(where: { $0.kind == kind }) {
            rows += "<TR><TD BGCOLOR=\"\(KindStyle.fill(kind))\" COLOR=\"\(KindStyle.accent(kind))\"> </TD>"
            rows += "<TD ALIGN=\"LEFT\">\(kind.rawValue)</TD></TR>"
        }
        let relations: [(Relation, String)] = [(.supports, "\u{2500}\u{2500}\u{25B6}"), (.attacks, "- - -\u{2524}")]
        for (relation, symbol) in relations where graph.edges.contains(where: { $0.relation == relation }) {
            rows += "<TR><TD><FONT COLOR=\"\(KindStyle.color(relation))\">\(symbol)</FONT></TD>"
            rows += "<TD ALIGN=\"LEFT\">\(relation.rawValue)</TD></TR>"
        }
        return "  legend [id=\"map_legend\", shape=plaintext, style=\"\", margin=0, fontsize=9, label=<"
            + "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"2\" CELLPADDING=\"3\" COLOR=\"#9ca3af\">"
            + "<TR><TD COLSPAN=\"2\" BORDER=\"0\"><B>Legend</B></TD></TR>" + rows + "</TABLE>>];\n"
    }

    // MARK: Escaping

    /// `s` as a DOT double-quoted string, cleaned to one line, quotes escaped.
    ///
    /// Graphviz reads backslash sequences in quoted attribute values (`\N` is the node's name,
    /// `\G` the graph's) and doubles its unescaping in tooltips, so a backslash is written as
    /// U+2216 SET MINUS, which looks the same: ids and URLs never hold one.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in ExportText.cleaned(s).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\u{2216}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `s` escaped for a Graphviz HTML-like label: markup characters as entities and each
    /// backslash doubled (Graphviz turns `\\` into one backslash and would read `\N`, `\G`,
    /// `\E`, `\T`, `\H`, `\L` as the names of objects).
    ///
    /// `]` is written `&#93;`: Graphviz 2.43 rejects a text item that is only `]` or `]]`
    /// ("syntax error in line 1").
    static func html(_ s: String) -> String {
        var escaped = ExportText.escapeMarkup(s)
        if escaped.utf8.contains(0x5C) { escaped = escaped.replacingOccurrences(of: "\\", with: "\\\\") }
        if escaped.utf8.contains(0x5D) { escaped = escaped.replacingOccurrences(of: "]", with: "&#93;") }
        return escaped
    }
}
