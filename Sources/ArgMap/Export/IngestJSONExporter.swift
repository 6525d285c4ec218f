/// Writes an ingested ``Document`` as the JSON of `argmap ingest --format json`.
public struct IngestJSONExporter: Sendable {
    /// Creates an exporter.
    public init() {}

    /// `{"source","title","byline","published","language","blocks":[{"kind","text"}],"text"}`, one line.
    public func export(_ doc: Document) -> String {
        var w = JSONWriter()
        w.raw("{"); w.key("source"); w.string(doc.source)
        w.raw(","); w.key("title"); w.optionalString(doc.title)
        w.raw(","); w.key("byline"); w.optionalString(doc.byline)
        w.raw(","); w.key("published"); w.optionalString(doc.published)
        w.raw(","); w.key("language"); w.optionalString(doc.language)
        w.raw(","); w.key("blocks"); w.raw("[")
        for (i, b) in doc.blocks.enumerated() {
            if i > 0 { w.raw(",") }
            w.raw("{"); w.key("kind"); w.string(b.kind.rawValue); w.raw(","); w.key("text"); w.string(b.text); w.raw("}")
        }
        w.raw("]"); w.raw(","); w.key("text"); w.string(doc.text); w.raw("}")
        return w.output
    }
}
