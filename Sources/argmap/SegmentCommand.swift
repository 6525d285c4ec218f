import ArgMap
import ArgMapHTML
import ArgumentParser

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split the article into sentences, with exact offsets.",
        discussion: """
            lines: one sentence per line, inner line breaks turned into spaces. \
            json: {"text","sentences":[{"start","end","text"}]} with Unicode scalar offsets into text.

            Examples:
              argmap segment op-ed.txt
              argmap segment op-ed.html --format json --abbreviations my-abbreviations.txt
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case lines, json }

    @Argument(help: "The file to read, or - for standard input.") var file: String
    @Option(help: "lines: one sentence per line; json: {\"text\",\"sentences\":[{\"start\",\"end\",\"text\"}]}.")
    var format: Format = .lines
    @OptionGroup var document: DocumentOptions
    @OptionGroup var data: SegmenterOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let segmenter = try data.segmenter()
        let doc = try readDocument(file, document)
        let (text, _, sentences) = segmenter.sentences(of: doc)
        let graph = ArgumentGraph(document: doc, text: text, paragraphs: [], sentences: sentences, nodes: [], edges: [], thesis: nil)
        switch format {
        case .lines:
            var out = ""
            for s in sentences {
                out += graph.slice(s.range).split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ") + "\n"
            }
            try output.write(out)
        case .json:
            let offsets = ScalarOffsets(text)
            var w = JSONWriter()
            w.raw("{"); w.key("text"); w.string(text); w.raw(","); w.key("sentences"); w.raw("[")
            for (i, s) in sentences.enumerated() {
                if i > 0 { w.raw(",") }
                w.raw("{"); w.key("start"); w.number(offsets[s.range.lowerBound])
                w.raw(","); w.key("end"); w.number(offsets[s.range.upperBound])
                w.raw(","); w.key("text"); w.string(graph.slice(s.range)); w.raw("}")
            }
            w.raw("]}\n")
            try output.write(w.output)
        }
    }
}
