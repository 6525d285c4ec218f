/// Writes an ingested ``Document`` as the JSON of `argmap ingest --format json`.
public struct IngestJSONExporter: Sendable {
    /// Creates an exporter.
    public init() {}

    /// `{"source","title","byline","published","language","blocks":[{"kind","text"}],"text"}`,
    /// keys in that order, with no trailing newline.
    /// - Parameters:
    ///   - doc: the ingested document.
    ///   - pretty: `false` (the default) for one line, `true` for two-space indentation with one
    ///     block per line.
    /// - Returns: the JSON text.
    public func export(_ doc: Document, pretty: Bool = false) -> String {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.name("source"); w.value(doc.source)
        w.name("title"); w.value(doc.title)
        w.name("byline"); w.value(doc.byline)
        w.name("published"); w.value(doc.published)
        w.name("language"); w.value(doc.language)
        w.name("blocks"); w.beginArray()
        for block in doc.blocks {
            w.beginObject(inline: true)
            w.name("kind"); w.value(block.kind.rawValue)
            w.name("text"); w.value(block.text)
            w.endObject()
        }
        w.endArray()
        w.name("text"); w.value(doc.text)
        w.endObject()
        return w.output
    }
}
