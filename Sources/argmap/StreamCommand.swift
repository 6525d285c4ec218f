import ArgMap
import ArgMapHTML
import ArgumentParser
import Foundation

struct StreamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Map JSON Lines records from standard input to JSON Lines graphs on standard output.",
        discussion: """
            Each input line is one record {"id": ..., "html": "..."} or {"id": ..., "text": "..."} \
            (optional "source"). For each line, in the same order, exactly one output line: \
            {"id": ..., "ok": true, "graph": {...}} (compact Graph JSON) or \
            {"id": ..., "ok": false, "error": "..."}. A malformed, blank or over-long (64 MB) line gets ok:false \
            (id null when none can be read) and the stream goes on. Records are \
            mapped in parallel, in bounded windows, and each window is written and flushed in \
            order, so memory stays bounded. Counters (records, failures, bytes, seconds) go to \
            standard error at the end. Exit status 0 unless standard input cannot be read.

            Examples:
              argmap stream < records.jsonl > graphs.jsonl
              jq -c '{id, html: .body}' pages.json | argmap stream --jobs 2
            """)

    @Option(help: "Input kind for every record: auto follows the record's key (html or text).")
    var input: InputKind = .auto
    @Option(help: "Records mapped at once (default: the number of active processors).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @OptionGroup var data: PipelineOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let start = Date()
        let pipeline = try data.pipeline()
        let reader = LineReader.standardInput()
        let kind = input
        var records = 0, failures = 0
        var readError: String?
        try OrderedWorkers(jobs: jobs, window: jobs * 4).run(
            next: { () -> InputLine? in
                do {
                    if let line = try reader.next() { return line }
                } catch {
                    readError = (error as? CLIError)?.reason ?? "\(error)"
                }
                return nil
            },
            work: { line in Self.map(line, pipeline: pipeline, kind: kind) },
            deliver: { result in
                records += 1
                if !result.ok { failures += 1 }
                try StandardStreams.out(result.line)
            })
        let seconds = Date().timeIntervalSince(start)
        StandardStreams.err(String(
            format: "argmap stream: %d records, %d failures, %d bytes, %.2f s\n",
            records, failures, reader.bytesRead, seconds))
        if let readError {
            reportError("standard input: cannot read: \(readError)")
            throw ExitCode(1)
        }
    }

    /// The output line of one input line, and whether the record was mapped.
    static func map(_ line: InputLine, pipeline: Pipeline, kind: InputKind) -> (line: String, ok: Bool) {
        if line.droppedLength != nil {
            return (failureLine(id: "null", "line \(line.number): longer than the limit of \(LineReader.maximumLineLength) bytes a record"), false)
        }
        if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            return (failureLine(id: "null", "line \(line.number): blank line, no record"), false)
        }
        let record: InputRecord
        do { record = try InputRecord.parse(line.bytes) } catch {
            return (failureLine(id: error.idJSON, "line \(line.number): \(error.reason)"), false)
        }
        let document: Document
        do { document = try record.document(kind: kind, fallbackSource: record.idText ?? "stdin:\(line.number)") } catch {
            return (failureLine(id: record.idJSON, "line \(line.number): \(error.description)"), false)
        }
        var w = JSONWriter()
        w.raw("{"); w.key("id"); w.raw(record.idJSON); w.raw(","); w.key("ok"); w.raw("true,"); w.key("graph")
        GraphJSONExporter().write(pipeline.graph(for: document), to: &w)
        w.raw("}\n")
        return (w.output, true)
    }

    private static func failureLine(id: String, _ message: String) -> String {
        var w = JSONWriter()
        w.raw("{"); w.key("id"); w.raw(id); w.raw(","); w.key("ok"); w.raw("false,"); w.key("error"); w.string(message)
        w.raw("}\n")
        return w.output
    }
}
