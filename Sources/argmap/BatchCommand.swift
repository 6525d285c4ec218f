import ArgMap
import ArgMapHTML
import ArgumentParser
import Foundation

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Map many articles: one output per input and format, plus DIR/manifest.jsonl.",
        discussion: "Example: argmap batch Corpus --out maps --format json,dot")

    @Argument(help: "Files and directories (walked recursively).") var inputs: [String]
    @Option(help: "The output directory.") var out: String
    @Option(help: "Comma-separated formats: json, dot, text.") var format: String = "json,dot"
    @OptionGroup var document: DocumentOptions

    func run() throws {
        let formats = try format.split(separator: ",").map { name in
            guard let f = GraphFormat(rawValue: String(name)) else { throw ValidationError("unknown format '\(name)'") }
            return f
        }
        let fm = FileManager.default
        try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
        var files: [String] = []
        for input in inputs {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: input, isDirectory: &isDir), isDir.boolValue {
                let walked = (fm.enumerator(atPath: input)?.allObjects as? [String]) ?? []
                for rel in walked.sorted() {
                    let path = (input as NSString).appendingPathComponent(rel)
                    var d: ObjCBool = false
                    if fm.fileExists(atPath: path, isDirectory: &d), !d.boolValue, !rel.hasPrefix("."), !rel.contains("/.") {
                        files.append(path)
                    }
                }
            } else {
                files.append(input)
            }
        }
        var manifest = ""
        var failed = 0
        for file in files {
            let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            var w = JSONWriter()
            w.raw("{"); w.key("input"); w.string(file)
            do {
                let doc = try document.reader.read(path: file)
                let graph = Pipeline().graph(for: doc)
                var outputs: [String] = []
                for f in formats {
                    let path = (out as NSString).appendingPathComponent(base + "." + f.fileExtension)
                    try f.render(graph).write(toFile: path, atomically: true, encoding: .utf8)
                    outputs.append(path)
                }
                w.raw(","); w.key("outputs"); w.raw("[")
                for (i, o) in outputs.enumerated() { if i > 0 { w.raw(",") }; w.string(o) }
                w.raw("],"); w.key("ok"); w.raw("true")
                w.raw(","); w.key("sentences"); w.number(graph.sentences.count)
                w.raw(","); w.key("nodes"); w.number(graph.nodes.count)
                w.raw(","); w.key("edges"); w.number(graph.edges.count)
            } catch let error as ArgMapError {
                failed += 1
                reportError(error.description)
                w.raw(","); w.key("outputs"); w.raw("[],"); w.key("ok"); w.raw("false,"); w.key("error"); w.string(error.description)
            }
            w.raw("}\n")
            manifest += w.output
        }
        try manifest.write(toFile: (out as NSString).appendingPathComponent("manifest.jsonl"), atomically: true, encoding: .utf8)
        FileHandle.standardError.write(Data("argmap: \(files.count - failed) of \(files.count) inputs mapped into \(out)\n".utf8))
        if failed > 0 { throw ExitCode(1) }
    }
}
