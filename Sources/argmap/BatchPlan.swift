import Foundation

/// One input of a batch: a document file or a record of a `.jsonl` file, and where its outputs go.
struct BatchItem: Sendable {
    /// Where the document is.
    enum Location: Sendable {
        /// A file (or `-`, standard input).
        case file(path: String)
        /// One line of a JSON Lines file.
        case record(path: String, line: Int, offset: Int, length: Int)
        /// A record file that could not be read, and why.
        case unreadable(path: String, reason: String)
    }

    /// The document's location.
    let location: Location
    /// The name shown in progress, errors and the manifest's `input`: the path, or `path:LINE` for a record.
    let label: String
    /// The output path inside the output directory, without the format's extension.
    var stem: String

    /// The file the input lives in (for its modification time).
    var path: String {
        switch location {
        case .file(let path), .record(let path, _, _, _), .unreadable(let path, _): path
        }
    }
}

/// Finds the inputs of a batch and names their outputs.
///
/// Naming: an input found under a directory argument keeps its path relative to that directory, and a file named
/// on the command line its file name; the extension is replaced by the format's (`Corpus/html/01-x.html` ->
/// `DIR/html/01-x.json`). When two inputs would share a name (`x.html` and `x.txt`), each keeps its extension
/// (`x.html.json`, `x.txt.json`); a name still shared gets `~2`, `~3`... in input order. The records of
/// `name.jsonl` go to `DIR/name/ID.json` (the record's `id`, characters outside `A-Z a-z 0-9 . _ -` replaced by `_`;
/// `line-N` when it has none).
struct BatchPlan {
    /// The extensions of document files taken from directories.
    static let documentExtensions: Set<String> = ["html", "htm", "xhtml", "txt", "text"]
    /// The extension of record files.
    static let recordExtension = "jsonl"

    /// The inputs, in order.
    private(set) var items: [BatchItem] = []
    /// Files found in directories that are not documents (or are hidden), and were skipped.
    private(set) var skipped = 0

    /// Plans a batch over `inputs` (files, directories, `-`).
    /// - Parameter outputDirectory: left out of the directory walks, so a batch run twice never reads its own outputs.
    init(inputs: [String], outputDirectory: String? = nil) {
        let excluded = outputDirectory.map { Self.absolute($0) + "/" }
        var named: [(item: BatchItem, withExtension: String)] = []
        let fm = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            if input != "-", fm.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                for relative in Self.walk(input) {
                    let path = (input as NSString).appendingPathComponent(relative)
                    let ext = (relative as NSString).pathExtension.lowercased()
                    if let excluded, Self.absolute(path).hasPrefix(excluded) {
                        continue
                    } else if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                        skipped += 1
                    } else if ext == Self.recordExtension {
                        named += records(path: path, relative: relative)
                    } else if Self.documentExtensions.contains(ext) {
                        named.append(file(path: path, relative: relative))
                    } else {
                        skipped += 1
                    }
                }
            } else if input == "-" {
                named.append((BatchItem(location: .file(path: "-"), label: "-", stem: "stdin"), "stdin"))
            } else {
                let name = (input as NSString).lastPathComponent
                if (name as NSString).pathExtension.lowercased() == Self.recordExtension, fm.fileExists(atPath: input) {
                    named += records(path: input, relative: name)
                } else {
                    named.append(file(path: input, relative: name))
                }
            }
        }
        items = Self.resolveCollisions(named)
    }

    /// `path` made absolute and standardized (no `.` or `..`).
    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The files under `directory`, relative to it, in sorted order (directories themselves left out).
    private static func walk(_ directory: String) -> [String] {
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = (directory as NSString).appendingPathComponent(relative)
            if fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    private func file(path: String, relative: String) -> (item: BatchItem, withExtension: String) {
        let stem = (relative as NSString).deletingPathExtension
        return (BatchItem(location: .file(path: path), label: path, stem: stem.isEmpty ? relative : stem), relative)
    }

    private func records(path: String, relative: String) -> [(item: BatchItem, withExtension: String)] {
        let folder = (relative as NSString).deletingPathExtension
        var found: [(item: BatchItem, withExtension: String)] = []
        do {
            let reader = try LineReader(path: path)
            while let line = try reader.next() {
                if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                let name = InputRecord.identifier(of: line.bytes).map(Self.safeName) ?? "line-\(line.number)"
                let stem = folder + "/" + name
                let item = BatchItem(
                    location: .record(path: path, line: line.number, offset: line.offset, length: line.bytes.count),
                    label: "\(path):\(line.number)", stem: stem)
                found.append((item, stem))
            }
        } catch {
            let item = BatchItem(location: .unreadable(path: path, reason: "cannot read: \(error.reason)"), label: path, stem: folder)
            return [(item, relative)]
        }
        return found
    }

    /// `name` with characters unsafe in a file name replaced by `_`.
    static func safeName(_ name: String) -> String {
        var out = String(name.unicodeScalars.prefix(100).map { scalar -> Character in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", ".", "_", "-": Character(scalar)
            default: "_"
            }
        })
        if out.isEmpty || out.hasPrefix(".") { out = "_" + out }
        return out
    }

    /// Gives every item a distinct stem (compared case-insensitively), deterministically, as the type's doc says.
    private static func resolveCollisions(_ named: [(item: BatchItem, withExtension: String)]) -> [BatchItem] {
        var counts: [String: Int] = [:]
        for entry in named { counts[entry.item.stem.lowercased(), default: 0] += 1 }
        var taken: [String: Int] = [:]
        return named.map { entry in
            var item = entry.item
            if counts[item.stem.lowercased(), default: 0] > 1 { item.stem = entry.withExtension }
            let key = item.stem.lowercased()
            let seen = taken[key, default: 0]
            taken[key] = seen + 1
            if seen > 0 { item.stem += "~\(seen + 1)" }
            return item
        }
    }
}
