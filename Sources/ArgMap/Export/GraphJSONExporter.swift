/// Writes an ``ArgumentGraph`` as Graph JSON v1 (`argmap-graph/1`), keys in a fixed order.
public struct GraphJSONExporter: Sendable {
    /// The format's version string.
    public static let version = "argmap-graph/1"

    /// Creates an exporter.
    public init() {}

    /// The Graph JSON text of `graph`, one line, no trailing newline.
    public func export(_ graph: ArgumentGraph) -> String {
        var w = JSONWriter()
        write(graph, to: &w)
        return w.output
    }

    /// Writes the Graph JSON object of `graph` into `w` (for embedding in stream records).
    public func write(_ graph: ArgumentGraph, to w: inout JSONWriter) {
        let offsets = ScalarOffsets(graph.text)
        let doc = graph.document
        w.raw("{"); w.key("version"); w.string(Self.version)
        w.raw(","); w.key("document"); w.raw("{")
        w.key("source"); w.string(doc.source)
        w.raw(","); w.key("title"); w.optionalString(doc.title)
        w.raw(","); w.key("byline"); w.optionalString(doc.byline)
        w.raw(","); w.key("published"); w.optionalString(doc.published)
        w.raw(","); w.key("language"); w.optionalString(doc.language)
        w.raw(","); w.key("text"); w.string(graph.text)
        w.raw("}")
        w.raw(","); w.key("paragraphs"); w.raw("[")
        for (i, p) in graph.paragraphs.enumerated() {
            if i > 0 { w.raw(",") }
            w.raw("{"); w.key("start"); w.number(offsets[p.lowerBound])
            w.raw(","); w.key("end"); w.number(offsets[p.upperBound]); w.raw("}")
        }
        w.raw("]"); w.raw(","); w.key("sentences"); w.raw("[")
        for (i, s) in graph.sentences.enumerated() {
            if i > 0 { w.raw(",") }
            w.raw("{"); w.key("id"); w.string(s.id)
            w.raw(","); w.key("start"); w.number(offsets[s.range.lowerBound])
            w.raw(","); w.key("end"); w.number(offsets[s.range.upperBound])
            w.raw(","); w.key("paragraph"); w.number(s.paragraph); w.raw("}")
        }
        w.raw("]"); w.raw(","); w.key("nodes"); w.raw("[")
        for (i, n) in graph.nodes.enumerated() {
            if i > 0 { w.raw(",") }
            w.raw("{"); w.key("id"); w.string(n.id)
            w.raw(","); w.key("kind"); w.string(n.kind.rawValue)
            w.raw(","); w.key("text"); w.string(graph.slice(n.range))
            w.raw(","); w.key("start"); w.number(offsets[n.range.lowerBound])
            w.raw(","); w.key("end"); w.number(offsets[n.range.upperBound])
            w.raw(","); w.key("sentences"); w.raw("[")
            for (j, s) in n.sentences.enumerated() { if j > 0 { w.raw(",") }; w.string(s) }
            w.raw("]"); w.raw(","); w.key("markers"); w.raw("[")
            for (j, m) in n.markers.enumerated() {
                if j > 0 { w.raw(",") }
                w.raw("{"); w.key("text"); w.string(m.text)
                w.raw(","); w.key("start"); w.number(offsets[m.range.lowerBound])
                w.raw(","); w.key("end"); w.number(offsets[m.range.upperBound])
                w.raw(","); w.key("sense"); w.string(m.sense.rawValue); w.raw("}")
            }
            w.raw("]")
            if let o = n.ordinal {
                w.raw(","); w.key("ordinal"); w.raw("{"); w.key("list"); w.string(o.list)
                w.raw(","); w.key("position"); w.number(o.position)
                w.raw(","); w.key("parent"); w.optionalString(o.parent)
                if o.isIncomplete { w.raw(","); w.key("incomplete"); w.raw("true") }
                w.raw("}")
            }
            w.raw(","); w.key("occurrences"); w.raw("[")
            for (j, r) in n.occurrences.enumerated() {
                if j > 0 { w.raw(",") }
                w.raw("["); w.number(offsets[r.lowerBound]); w.raw(","); w.number(offsets[r.upperBound]); w.raw("]")
            }
            w.raw("]"); w.raw(","); w.key("confidence"); w.number(n.confidence)
            w.raw(","); w.key("rule"); w.string(n.rule); w.raw("}")
        }
        w.raw("]"); w.raw(","); w.key("edges"); w.raw("[")
        for (i, e) in graph.edges.enumerated() {
            if i > 0 { w.raw(",") }
            w.raw("{"); w.key("from"); w.string(e.from)
            w.raw(","); w.key("to"); w.string(e.to)
            w.raw(","); w.key("relation"); w.string(e.relation.rawValue)
            w.raw(","); w.key("marker"); w.optionalString(e.marker)
            w.raw(","); w.key("confidence"); w.number(e.confidence)
            w.raw(","); w.key("rule"); w.string(e.rule); w.raw("}")
        }
        w.raw("]"); w.raw(","); w.key("thesis"); w.optionalString(graph.thesis); w.raw("}")
    }
}
