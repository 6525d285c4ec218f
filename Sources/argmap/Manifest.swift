import ArgMap
import Foundation

/// One line of `DIR/manifest.jsonl`: what became of one input.
struct ManifestEntry: Sendable {
    /// The input's label (its path, or `path:LINE` for a record).
    let input: String
    /// The record's `id` as JSON, for records.
    var idJSON: String?
    /// The output files, relative to the output directory, in format order.
    var outputs: [String] = []
    /// The error when the input failed.
    var error: String?
    var sentences = 0
    var nodes = 0
    var edges = 0

    /// `true` when the input was mapped and every output written.
    var ok: Bool { error == nil }

    /// The JSON line, with its newline: `{"input","id"?,"outputs","ok","error"?,"sentences","nodes","edges"}`.
    var line: String {
        var w = JSONWriter()
        w.raw("{"); w.key("input"); w.string(input)
        if let idJSON { w.raw(","); w.key("id"); w.raw(idJSON) }
        w.raw(","); w.key("outputs"); w.raw("[")
        for (i, output) in outputs.enumerated() {
            if i > 0 { w.raw(",") }
            w.string(output)
        }
        w.raw("],"); w.key("ok"); w.raw(ok ? "true" : "false")
        if let error { w.raw(","); w.key("error"); w.string(error) }
        w.raw(","); w.key("sentences"); w.number(sentences)
        w.raw(","); w.key("nodes"); w.number(nodes)
        w.raw(","); w.key("edges"); w.number(edges)
        w.raw("}\n")
        return w.output
    }
}

/// The lines of an earlier run's manifest that `--resume` may keep.
struct PreviousManifest {
    /// A successful earlier line: its outputs and its text.
    struct Line {
        let outputs: [String]
        let text: String
    }

    private var lines: [String: Line] = [:]

    /// Reads `path`; lines that are unreadable (a run cut short mid-line) or failed are ignored.
    init(path: String) {
        guard let reader = try? LineReader(path: path) else { return }
        while let line = try? reader.next() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.bytes)) as? [String: Any],
                let input = object["input"] as? String, let outputs = object["outputs"] as? [String],
                object["ok"] as? Bool == true
            else { continue }
            lines[input] = Line(outputs: outputs, text: String(decoding: line.bytes, as: UTF8.self) + "\n")
        }
    }

    /// The earlier line of `item` when its outputs are complete: the line said ok, it lists exactly `outputs`,
    /// and every output exists and is no older than the input.
    func completeLine(for item: BatchItem, outputs: [String], in directory: String) -> String? {
        guard let line = lines[item.label], line.outputs == outputs, item.path != "-" else { return nil }
        let fm = FileManager.default
        guard let inputDate = (try? fm.attributesOfItem(atPath: item.path))?[.modificationDate] as? Date else { return nil }
        for output in outputs {
            let path = (directory as NSString).appendingPathComponent(output)
            guard let date = (try? fm.attributesOfItem(atPath: path))?[.modificationDate] as? Date, date >= inputDate else {
                return nil
            }
        }
        return line.text
    }
}
