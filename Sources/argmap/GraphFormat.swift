import ArgMap
import ArgumentParser

/// The output formats of `extract` and `batch`.
enum GraphFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case json, dot, aif, argdown, svg, html, text

    /// The formats `extract` offers (`text` is for `batch`, as `ingest --format text`).
    static let extractFormats: [GraphFormat] = [.json, .dot, .aif, .argdown, .svg, .html]

    static var allValueStrings: [String] { extractFormats.map(\.rawValue) }

    /// The output file extension.
    var fileExtension: String {
        switch self {
        case .text: "txt"
        case .aif: "aif.json"
        default: rawValue
        }
    }

    /// `true` when the format needs Graphviz `dot`.
    var needsGraphviz: Bool { self == .svg }

    /// The text of `graph` in this format.
    /// - Throws: a reason when Graphviz is needed and missing or fails.
    func render(_ graph: ArgumentGraph) throws(CLIError) -> String {
        switch self {
        case .json: GraphJSONExporter().export(graph, pretty: true) + "\n"
        case .dot: DOTExporter().export(graph)
        case .aif: AIFExporter().export(graph, pretty: true) + "\n"
        case .argdown: ArgdownExporter().export(graph)
        case .svg: try Graphviz.svg(for: graph)
        case .html:
            HTMLReportExporter().export(
                graph, svg: Graphviz.isAvailable && Graphviz.canDraw(graph) ? try Graphviz.svg(for: graph) : nil)
        case .text: graph.text + "\n"
        }
    }
}
