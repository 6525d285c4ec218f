import ArgMap
import ArgMapHTML
import ArgumentParser

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract the article body (and title, byline, date) from HTML or plain text.",
        discussion: "Example: argmap ingest page.html --format json")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The file to read, or - for standard input.") var file: String
    @Option(help: "text: the body, blocks separated by a blank line; json: metadata and blocks.")
    var format: Format = .text
    @OptionGroup var document: DocumentOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let doc = try readDocument(file, document)
        switch format {
        case .text: try output.write(doc.text + "\n")
        case .json: try output.write(IngestJSONExporter().export(doc) + "\n")
        }
    }
}
