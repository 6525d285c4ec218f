/// Writes an ``ArgumentGraph`` as Graph JSON v1 (`argmap-graph/1`), keys in a fixed order.
///
/// Offsets are Unicode scalar offsets into `document.text`; a node's `text` is exactly the slice
/// `document.text[start..<end]`. The layout is fixed so golden files diff cleanly:
/// - pretty (files): two-space indentation; the top level, `document` and each node are blocks,
///   while paragraphs, sentences, markers, ordinals, occurrences and edges stay one per line;
/// - compact (`argmap stream`): one line, no spaces.
///
/// The JSON Schema of the format is `Schema/argmap-graph-v1.schema.json` in the repository.
public struct GraphJSONExporter: Sendable {
    /// The format's version string.
    public static let version = "argmap-graph/1"

    /// Creates an exporter.
    public init() {}

    /// The Graph JSON text of `graph`, with no trailing newline.
    /// - Parameters:
    ///   - graph: the map.
    ///   - pretty: `true` (the default) for the indented file layout, `false` for one line.
    /// - Returns: the JSON text.
    public func export(_ graph: ArgumentGraph, pretty: Bool = true) -> String {
        var w = JSONWriter(pretty: pretty)
        write(graph, to: &w)
        return w.output
    }

    /// The Graph JSON of `graph` as UTF-8 bytes, with no trailing newline.
    /// - Parameters:
    ///   - graph: the map.
    ///   - pretty: `true` for the indented file layout, `false` for one line.
    /// - Returns: the JSON bytes.
    public func exportBytes(_ graph: ArgumentGraph, pretty: Bool = true) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        write(graph, to: &w)
        return w.bytes
    }

    /// Writes the Graph JSON object of `graph` into `w` as one structured value, e.g. after
    /// `w.raw(","); w.key("graph")` in a stream record. The layout follows `w.isPretty`.
    public func write(_ graph: ArgumentGraph, to w: inout JSONWriter) {
        let offsets = ScalarOffsets(graph.text)
        let doc = graph.document
        w.beginObject()
        w.name("version"); w.value(Self.version)
        w.name("document"); w.beginObject()
        w.name("source"); w.value(doc.source)
        w.name("title"); w.value(doc.title)
        w.name("byline"); w.value(doc.byline)
        w.name("published"); w.value(doc.published)
        w.name("language"); w.value(doc.language)
        w.name("text"); w.value(graph.text)
        w.endObject()

        let blockKinds = doc.blocks.count == graph.paragraphs.count ? doc.blocks.map(\.kind.rawValue) : nil
        w.name("paragraphs"); w.beginArray()
        for (index, paragraph) in graph.paragraphs.enumerated() {
            w.beginObject(inline: true)
            w.name("start"); w.value(offsets[paragraph.lowerBound])
            w.name("end"); w.value(offsets[paragraph.upperBound])
            if let blockKinds { w.name("kind"); w.value(blockKinds[index]) }
            w.endObject()
        }
        w.endArray()

        w.name("sentences"); w.beginArray()
        for sentence in graph.sentences {
            w.beginObject(inline: true)
            w.name("id"); w.value(sentence.id)
            w.name("start"); w.value(offsets[sentence.range.lowerBound])
            w.name("end"); w.value(offsets[sentence.range.upperBound])
            w.name("paragraph"); w.value(sentence.paragraph)
            w.endObject()
        }
        w.endArray()

        w.name("nodes"); w.beginArray()
        for node in graph.nodes { write(node, of: graph, offsets: offsets, to: &w) }
        w.endArray()

        w.name("edges"); w.beginArray()
        for edge in graph.edges {
            w.beginObject(inline: true)
            w.name("from"); w.value(edge.from)
            w.name("to"); w.value(edge.to)
            w.name("relation"); w.value(edge.relation.rawValue)
            w.name("marker"); w.value(edge.marker)
            w.name("confidence"); w.value(edge.confidence)
            w.name("rule"); w.value(edge.rule)
            w.endObject()
        }
        w.endArray()
        w.name("thesis"); w.value(graph.thesis)
        w.endObject()
    }

    private func write(_ node: ArgumentNode, of graph: ArgumentGraph, offsets: ScalarOffsets, to w: inout JSONWriter) {
        w.beginObject()
        w.name("id"); w.value(node.id)
        w.name("kind"); w.value(node.kind.rawValue)
        w.name("text"); w.value(graph.slice(node.range))
        w.name("start"); w.value(offsets[node.range.lowerBound])
        w.name("end"); w.value(offsets[node.range.upperBound])
        w.name("sentences"); w.inlineArray(node.sentences)
        w.name("markers"); w.beginArray()
        for marker in node.markers {
            w.beginObject(inline: true)
            w.name("text"); w.value(marker.text)
            w.name("start"); w.value(offsets[marker.range.lowerBound])
            w.name("end"); w.value(offsets[marker.range.upperBound])
            w.name("sense"); w.value(marker.sense.rawValue)
            w.endObject()
        }
        w.endArray()
        if let ordinal = node.ordinal {
            w.name("ordinal"); w.beginObject(inline: true)
            w.name("list"); w.value(ordinal.list)
            w.name("position"); w.value(ordinal.position)
            w.name("parent"); w.value(ordinal.parent)
            if ordinal.isIncomplete { w.name("incomplete"); w.value(true) }
            w.endObject()
        }
        w.name("occurrences"); w.beginArray(inline: true)
        for occurrence in node.occurrences {
            w.beginArray()
            w.value(offsets[occurrence.lowerBound])
            w.value(offsets[occurrence.upperBound])
            w.endArray()
        }
        w.endArray()
        w.name("confidence"); w.value(node.confidence)
        w.name("rule"); w.value(node.rule)
        w.endObject()
    }
}
