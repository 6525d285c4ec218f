import ArgMap
import ArgMapHTML
import ArgumentParser

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Map the argument of an article: thesis, reasons, counterpoints, rebuttals, numbered lists.",
        discussion: """
            Formats: json (Graph JSON v1), dot (Graphviz source), aif (AIF JSON for AIFdb/OVA), \
            argdown, svg (drawn by Graphviz `dot`, which must be installed) and html (a \
            self-contained report; the map is inlined as SVG when `dot` is installed).

            Examples:
              argmap extract op-ed.html --format json -o op-ed.json
              argmap extract op-ed.html --format dot | dot -Tsvg > op-ed.svg
              curl -s https://example.com/op-ed | argmap extract - --input html --format html > report.html
            """)

    @Argument(help: "The file to read, or - for standard input.") var file: String
    @Option(help: "Output format.") var format: GraphFormat = .json
    @OptionGroup var document: DocumentOptions
    @OptionGroup var data: PipelineOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        if format.needsGraphviz, !Graphviz.isAvailable {
            reportError(Graphviz.missingMessage)
            throw ExitCode(1)
        }
        let pipeline = try data.pipeline()
        let doc = try readDocument(file, document)
        let text: String
        do { text = try format.render(pipeline.graph(for: doc)) } catch {
            reportError("\(file): \(error.reason)")
            throw ExitCode(1)
        }
        try output.write(text)
    }
}
