/// Writes a self-contained HTML report of an ``ArgumentGraph``. (Unfinished: being written.)
public struct HTMLReportExporter: Sendable {
    /// Creates an exporter.
    public init() {}

    /// The report: the article with highlighted units and the map as inline SVG.
    /// - Parameters:
    ///   - graph: the map.
    ///   - svg: the map rendered by Graphviz, inlined into the page, or `nil`.
    public func export(_ graph: ArgumentGraph, svg: String?) -> String {
        "" // unfinished
    }
}
