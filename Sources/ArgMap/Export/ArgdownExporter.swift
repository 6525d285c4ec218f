/// Writes an ``ArgumentGraph`` as an Argdown document (https://argdown.org), which the Argdown
/// tools turn into a map.
///
/// - Each node is a statement, defined once as `[Title]: text #kind`, with a title made from its
///   role: `Thesis`, `List l1, point 2`, `Reason n8`, `Counterpoint n9`…
/// - Relations are indented trees under their target, four spaces per level: `+ [Title]: …`
///   supports the statement above it, `- [Title]: …` attacks it. So a counterpoint hangs under
///   what it attacks with `-`, and its rebuttal under the counterpoint with `-`.
/// - Trees start at the thesis, then at every other statement that argues for nothing; a
///   statement met again is written as a reference (`+ [Title]`) without its text.
/// - Members of a numbered list keep their position in their title and come in list order;
///   an incomplete list is tagged `#(incomplete list)`.
/// - Text is on one line, with Argdown syntax characters escaped by a backslash.
/// - The title, byline and date go in Argdown's YAML front matter (`===` … `===`), which
///   Argdown shows as the document header; the source and all metadata also go in `//` comments.
public struct ArgdownExporter: Sendable {
    /// Creates an exporter.
    public init() {}

    /// The Argdown text of `graph`, ending in a newline.
    public func export(_ graph: ArgumentGraph) -> String {
        var writer = Writer(graph: graph)
        return writer.document()
    }

    /// Escapes Argdown syntax in statement text with backslashes: `\ @ # * _ [ ] < > { }`
    /// everywhere, `/` where it would open a comment.
    static func escape(_ text: String) -> String {
        let cleaned = ExportText.cleaned(text)
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        for scalar in cleaned.unicodeScalars {
            switch scalar {
            case "\\", "@", "#", "*", "_", "[", "]", "<", ">", "{", "}":
                out.append("\\")
            case "/" where previous == "/":
                out.append("\\")
            default:
                break
            }
            out.append(scalar)
            previous = scalar
        }
        return String(out)
    }

    /// Argdown front matter with the document's title, author and date, or "" when it has none.
    static func frontMatter(_ doc: Document) -> String {
        let fields: [(String, String?)] = [("title", doc.title), ("author", doc.byline), ("date", doc.published)]
        var lines = ""
        for (name, value) in fields {
            guard let value = value.map(ExportText.cleaned), !value.isEmpty else { continue }
            lines += name + ": " + yamlQuoted(value) + "\n"
        }
        return lines.isEmpty ? "" : "===\n" + lines + "===\n\n"
    }

    /// A YAML double-quoted scalar; `===` (which would end the front matter) is broken up.
    static func yamlQuoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "=" where out.hasSuffix("=="): out += "\\x3D"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The statement title of each node id: unique, free of brackets.
    static func titles(of nodes: [ArgumentNode]) -> [String: String] {
        var titles: [String: String] = [:]
        var used = Set<String>()
        for node in nodes {
            var title: String
            if node.kind == .thesis {
                title = "Thesis"
            } else if let ordinal = node.ordinal {
                title = "List \(ordinal.list), point \(ordinal.position)"
            } else {
                title = node.kind.rawValue.prefix(1).uppercased() + node.kind.rawValue.dropFirst() + " " + node.id
            }
            title = ExportText.cleaned(title).filter { $0 != "[" && $0 != "]" }
            if used.contains(title) { title += " (\(node.id))" }
            used.insert(title)
            titles[node.id] = title
        }
        return titles
    }

    private struct Writer {
        let graph: ArgumentGraph
        var titles: [String: String] = [:]
        var defined = Set<String>()
        var expanded = Set<String>()
        let nodeIndex: [String: Int]
        /// Incoming edges per target id, sources in node order.
        let incoming: [String: [ArgumentEdge]]

        init(graph: ArgumentGraph) {
            self.graph = graph
            var index: [String: Int] = [:]
            for (position, node) in graph.nodes.enumerated() where index[node.id] == nil { index[node.id] = position }
            nodeIndex = index
            var incoming: [String: [ArgumentEdge]] = [:]
            for edge in graph.edges where index[edge.from] != nil && index[edge.to] != nil {
                incoming[edge.to, default: []].append(edge)
            }
            for key in incoming.keys {
                incoming[key]?.sort { (index[$0.from] ?? 0, $0.relation.rawValue) < (index[$1.from] ?? 0, $1.relation.rawValue) }
            }
            self.incoming = incoming
            titles = ArgdownExporter.titles(of: graph.nodes)
        }

        mutating func document() -> String {
            let doc = graph.document
            var out = ArgdownExporter.frontMatter(doc)
            out += "// ArgMap argument map (\(GraphJSONExporter.version))\n"
            let meta: [(String, String?)] = [("Source", doc.source), ("Title", doc.title), ("Byline", doc.byline), ("Published", doc.published)]
            for (name, value) in meta {
                if let value = value.map(ExportText.cleaned), !value.isEmpty { out += "// \(name): \(value)\n" }
            }
            if graph.nodes.isEmpty {
                out += "// No argument was found in this text.\n"
                return out
            }
            var roots: [ArgumentNode] = []
            if let thesis = graph.thesis, let index = nodeIndex[thesis] { roots.append(graph.nodes[index]) }
            let arguing = Set(graph.edges.filter { nodeIndex[$0.to] != nil && $0.from != $0.to }.map(\.from))
            roots += graph.nodes.filter { $0.id != graph.thesis && !arguing.contains($0.id) }
            for root in roots where !defined.contains(root.id) {
                out += "\n"
                emit(root, symbol: nil, depth: 0, into: &out)
            }
            // Whatever only argues in a cycle with no root.
            for node in graph.nodes where !defined.contains(node.id) {
                out += "\n"
                emit(node, symbol: nil, depth: 0, into: &out)
            }
            return out
        }

        mutating func emit(_ node: ArgumentNode, symbol: String?, depth: Int, into out: inout String) {
            var line = String(repeating: "    ", count: depth)
            if let symbol { line += symbol + " " }
            line += "[" + (titles[node.id] ?? node.id) + "]"
            if defined.insert(node.id).inserted {
                line += ": " + ArgdownExporter.escape(graph.slice(node.range))
                line += " #" + node.kind.rawValue
                if node.ordinal?.isIncomplete == true { line += " #(incomplete list)" }
            }
            out += line + "\n"
            guard expanded.insert(node.id).inserted else { return }
            for edge in incoming[node.id] ?? [] {
                guard let index = nodeIndex[edge.from] else { continue }
                emit(graph.nodes[index], symbol: edge.relation == .supports ? "+" : "-", depth: depth + 1, into: &out)
            }
        }
    }
}
