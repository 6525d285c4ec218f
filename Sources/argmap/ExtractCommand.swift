import ArgMap
import ArgMapHTML
import ArgumentParser

/// The output formats of `extract` and `batch`.
enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    case json, dot, text

    var fileExtension: String { rawValue == "text" ? "txt" : rawValue }

    func render(_ graph: ArgumentGraph) throws -> String {
        switch self {
        case .json: GraphJSONExporter().export(graph) + "\n"
        case .dot: DOTExporter().export(graph)
        case .text: graph.text + "\n"
        }
    }
}

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Map the argument of an article: thesis, reasons, counterpoints, rebuttals, numbered lists.",
        discussion: "Example: argmap extract op-ed.html --format dot | dot -Tsvg > op-ed.svg")

    @Argument(help: "The file to read, or - for standard input.") var file: String
    @Option(help: "Output format: json, dot.") var format: GraphFormat = .json
    @OptionGroup var document: DocumentOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let doc = try readDocument(file, document)
        try output.write(try format.render(Pipeline().graph(for: doc)))
    }
}
