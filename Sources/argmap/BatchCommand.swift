import ArgMap
import ArgMapHTML
import ArgumentParser
import Foundation

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Map many articles: one output per input and format, plus DIR/manifest.jsonl.",
        discussion: """
            Inputs are files, directories and .jsonl files of records {"id","html"|"text","source"?}. \
            Directories are walked recursively in sorted order, taking .html .htm .xhtml .txt .text \
            and .jsonl files; hidden files and other files (README.md...) are skipped and counted. \
            Files named on the command line are always read; DIR itself is never read, even \
            inside an input directory.

            Output names: an input found in a directory keeps its path relative to that directory, \
            a file named on the command line its file name, with the format's extension instead of \
            its own (Corpus/html/01-x.html -> DIR/html/01-x.json). Inputs that would share a name \
            (x.html and x.txt) keep their extension (x.html.json, x.txt.json); a name still shared \
            gets ~2, ~3... in input order. Records of name.jsonl go to DIR/name/ID.EXT. Extensions: \
            json, dot, aif.json, argdown, svg, html, txt. Every file is written atomically \
            (temporary file, then rename); a failed input leaves none of its outputs behind.

            DIR/manifest.jsonl has one line per input, in input order: \
            {"input","id"?,"outputs":[paths relative to DIR],"ok","error"?,"sentences","nodes","edges"}. \
            It is written as inputs finish, so a run cut short keeps what it did.

            --resume keeps the manifest line of every input whose earlier line says ok, lists the \
            same outputs, and whose outputs all exist and are no older than the input; the rest are \
            mapped again.

            Default formats: json,dot,svg when Graphviz `dot` is installed, else json,dot.
            Progress goes to standard error, then a summary (inputs, failed, seconds, articles/s).

            Examples:
              argmap batch Corpus --out maps
              argmap batch Corpus/html extra.txt --out maps --format json,argdown --jobs 4
              argmap batch Corpus --out maps --resume
            """)

    @Argument(help: "Files, directories (walked recursively) and .jsonl record files; - is standard input.")
    var inputs: [String]
    @Option(help: ArgumentHelp("The output directory (created when missing).", valueName: "dir"))
    var out: String
    @Option(help: ArgumentHelp(
        "Comma-separated formats: json, dot, aif, argdown, svg, html, text (the ingested body).",
        valueName: "list"))
    var format: String?
    @Option(help: "Inputs mapped at once (default: the number of active processors).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Flag(help: "Skip inputs whose outputs are complete from an earlier run.")
    var resume = false
    @Flag(help: "No progress lines (errors and the summary still go to standard error).")
    var quiet = false
    @OptionGroup var document: DocumentOptions
    @OptionGroup var data: PipelineOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        _ = try formats()
    }

    /// The requested formats, in order, without repeats; `nil` for the default.
    func formats() throws -> [GraphFormat]? {
        guard let format else { return nil }
        var list: [GraphFormat] = []
        for name in format.split(separator: ",") {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let f = GraphFormat(rawValue: trimmed) else {
                throw ValidationError("unknown format '\(trimmed)' (formats: json, dot, aif, argdown, svg, html, text)")
            }
            if !list.contains(f) { list.append(f) }
        }
        guard !list.isEmpty else { throw ValidationError("--format needs at least one format") }
        return list
    }

    func run() throws {
        let start = Date()
        var formats = try formats() ?? [.json, .dot, .svg]
        if !Graphviz.isAvailable, formats.contains(.svg) {
            if format == nil {
                reportNote("\(Graphviz.missingMessage) (svg outputs skipped)")
                formats.removeAll { $0 == .svg }
            } else {
                reportError(Graphviz.missingMessage)
                throw ExitCode(1)
            }
        }
        let pipeline = try data.pipeline()
        let plan = BatchPlan(inputs: inputs, outputDirectory: out)
        if plan.skipped > 0 {
            reportNote("skipped \(plan.skipped) hidden or non-document file\(plan.skipped == 1 ? "" : "s") in the directories given")
        }
        do { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) } catch {
            reportError("\(out): cannot create the output directory: \((error as NSError).localizedDescription)")
            throw ExitCode(1)
        }
        AtomicFile.removeLeftovers(under: out)
        let manifestPath = (out as NSString).appendingPathComponent("manifest.jsonl")
        let previous = resume ? PreviousManifest(path: manifestPath) : nil
        guard let manifest = FileHandle(forWritingAtPath: manifestPath) ?? createFile(manifestPath) else {
            reportError("\(manifestPath): cannot write the manifest")
            throw ExitCode(1)
        }
        defer { try? manifest.close() }
        try? manifest.truncate(atOffset: 0)

        let progress = Progress(total: plan.items.count, quiet: quiet)
        var failed = 0, resumed = 0
        let mapper = ItemMapper(
            pipeline: pipeline, reader: document.reader, kind: document.input, formats: formats, directory: out,
            drawsOnlyWhenPossible: format == nil)
        var remaining = plan.items.makeIterator()
        try OrderedWorkers(jobs: jobs).run(
            next: { () -> (BatchItem, String?)? in
                guard let item = remaining.next() else { return nil }
                let kept = previous?.completeLine(for: item, outputs: mapper.outputs(of: item), in: out)
                return (item, kept)
            },
            work: { (item, kept) -> (label: String, line: String, error: String?, resumed: Bool) in
                if let kept { return (item.label, kept, nil, true) }
                let entry = mapper.map(item)
                return (item.label, entry.line, entry.error, false)
            },
            finished: { progress.step($0.label) },
            deliver: { result in
                if let error = result.error {
                    failed += 1
                    progress.message(error)
                }
                if result.resumed { resumed += 1 }
                do { try manifest.write(contentsOf: Data(result.line.utf8)) } catch {
                    reportError("\(manifestPath): cannot write: \((error as NSError).localizedDescription)")
                    throw ExitCode(1)
                }
            })
        progress.finish()
        let total = plan.items.count
        let seconds = Date().timeIntervalSince(start)
        let mapped = total - resumed
        let rate = seconds > 0 ? Double(mapped) / seconds : 0
        var summary = "\(total) input\(total == 1 ? "" : "s"), \(failed) failed"
        if resume { summary += ", \(resumed) kept from the earlier run" }
        summary += String(format: ", %.2f s, %.1f articles/s -> %@", seconds, rate, manifestPath)
        reportNote(summary)
        if failed > 0 { throw ExitCode(1) }
    }

    private func createFile(_ path: String) -> FileHandle? {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { return nil }
        return FileHandle(forWritingAtPath: path)
    }
}

/// Maps one batch input and writes its outputs.
struct ItemMapper: Sendable {
    let pipeline: Pipeline
    let reader: DocumentReader
    let kind: InputKind
    let formats: [GraphFormat]
    let directory: String
    /// With the default formats, a map too large for Graphviz gets no SVG instead of failing.
    var drawsOnlyWhenPossible = false

    /// The output paths of `item`, relative to the output directory.
    func outputs(of item: BatchItem) -> [String] {
        formats.map { item.stem + "." + $0.fileExtension }
    }

    /// Reads, maps and writes `item`; the entry names the error when any step failed, and then no output is left.
    func map(_ item: BatchItem) -> ManifestEntry {
        var entry = ManifestEntry(input: item.label)
        let document: Document
        do {
            switch item.location {
            case .file(let path):
                document = try reader.read(path: path)
            case .unreadable(let path, let reason):
                entry.error = "\(path): \(reason)"
                return entry
            case .record(let path, let line, let offset, let length):
                let record: InputRecord
                do { record = try InputRecord.parse(try Self.slice(path, offset: offset, length: length)) } catch {
                    entry.idJSON = error.idJSON
                    entry.error = "\(item.label): \(error.reason)"
                    return entry
                }
                entry.idJSON = record.idJSON
                document = try record.document(kind: kind, fallbackSource: "\(path):\(line)")
            }
        } catch {
            entry.error = error.description
            return entry
        }
        let graph = pipeline.graph(for: document)
        for (format, output) in zip(formats, outputs(of: item)) {
            if format == .svg, drawsOnlyWhenPossible, !Graphviz.canDraw(graph) { continue }
            do {
                let text = try format.render(graph)
                try AtomicFile.write(Data(text.utf8), to: (directory as NSString).appendingPathComponent(output))
                entry.outputs.append(output)
            } catch {
                entry.error = "\(item.label): \(format.rawValue): \(error.reason)"
                break
            }
        }
        if entry.error != nil {
            for output in outputs(of: item) {
                try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(output))
            }
            entry.outputs = []
            return entry
        }
        entry.sentences = graph.sentences.count
        entry.nodes = graph.nodes.count
        entry.edges = graph.edges.count
        return entry
    }

    /// `length` bytes of the file at `path` from `offset`.
    static func slice(_ path: String, offset: Int, length: Int) throws(InputRecord.Failure) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputRecord.Failure(idJSON: "null", idText: nil, reason: "cannot read the record file")
        }
        defer { try? handle.close() }
        do {
            try handle.seek(toOffset: UInt64(offset))
            let data = try handle.read(upToCount: length) ?? Data()
            return Array(data)
        } catch {
            throw InputRecord.Failure(idJSON: "null", idText: nil, reason: "cannot read the record file")
        }
    }
}
