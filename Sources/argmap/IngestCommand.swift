import ArgMap
import ArgMapHTML
import ArgumentParser

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract the article body (and title, byline, date) from HTML or plain text.",
        discussion: """
            text: the body only, one block per paragraph, blocks separated by one blank line. \
            json: {"source","title","byline","published","blocks":[{"kind","text"}],"text"}.

            Examples:
              argmap ingest page.html
              argmap ingest page.html --format json -o page.json
              cat page.html | argmap ingest - --encoding windows-1252
            """)

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
