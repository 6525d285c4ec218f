import ArgMap
import Foundation

/// What kind of input a document is.
public enum InputKind: String, Sendable, CaseIterable {
    /// Sniff the content, then the file extension.
    case auto
    /// An HTML page.
    case html
    /// Plain text.
    case text
}

/// Reads documents from files, standard input or memory, HTML or plain text.
public struct DocumentReader: Sendable {
    /// Files larger than this are refused (bytes).
    public static let sizeLimit = 256 << 20

    /// The forced input kind.
    public let kind: InputKind
    /// A charset that overrides detection, or `nil`.
    public let encoding: String?

    /// Creates a reader.
    public init(kind: InputKind = .auto, encoding: String? = nil) {
        self.kind = kind
        self.encoding = encoding
    }

    /// Reads and ingests a file (`-` is standard input).
    /// - Throws: ``ArgMapError`` naming the file when it is missing, a directory, empty, binary or has no article.
    public func read(path: String) throws(ArgMapError) -> Document {
        try ingest(try Self.bytes(path: path), source: path)
    }

    /// Reads a file's bytes (`-` is standard input); pipes and FIFOs are read to their end.
    /// - Throws: ``ArgMapError`` naming the file when it is missing, a directory, unreadable, or larger than
    ///   ``sizeLimit`` (standard input included: reading stops one byte past the limit).
    public static func bytes(path: String) throws(ArgMapError) -> [UInt8] {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(file: path, reason: "no such file")
            }
            guard !isDirectory.boolValue else { throw .unreadable(file: path, reason: "is a directory, not a file") }
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw .unreadable(file: path, reason: "permission denied")
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        var bytes: [UInt8] = []
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch {
                throw .unreadable(file: path, reason: "I/O error: \((error as NSError).localizedDescription)")
            }
            guard let chunk, !chunk.isEmpty else { break }
            bytes.append(contentsOf: chunk)
            if bytes.count > sizeLimit { throw .tooLarge(file: path, bytes: bytes.count, limit: sizeLimit) }
        }
        return bytes
    }

    /// Ingests bytes already in memory.
    /// - Parameters:
    ///   - bytes: the document.
    ///   - source: the name to report.
    public func ingest(_ bytes: [UInt8], source: String) throws(ArgMapError) -> Document {
        guard !bytes.isEmpty else { throw .empty(file: source) }
        if !isWideEncoding, Self.isBinary(bytes) { throw .binary(file: source) }
        switch resolvedKind(bytes, source: source) {
        case .html:
            return try HTMLIngester().ingest(bytes, source: source, encoding: encoding)
        case .text, .auto:
            let text = String(decoding: CharsetDecoder.utf8Bytes(bytes, override: encoding), as: UTF8.self)
            return try PlainTextIngester().ingest(text, source: source)
        }
    }

    func resolvedKind(_ bytes: [UInt8], source: String) -> InputKind {
        if kind != .auto { return kind }
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self)
        for tag in ["<!doctype html", "<html", "<head", "<body", "<p>", "<div", "<article", "<meta"]
        where ByteSearch.contains(head, tag) {
            return .html
        }
        let lower = source.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        return .text
    }

    /// `true` when ArgMap can read text in the charset `name`: a label it decodes itself (UTF-8, UTF-16,
    /// windows-125x, ISO-8859-x, KOI8...) or one the system's converter knows (Shift_JIS, GB18030...).
    public static func isSupportedEncoding(_ name: String) -> Bool {
        guard let canonical = CharsetDecoder.canonicalName(name) else { return false }
        if canonical == "utf-8" || canonical.hasPrefix("utf-16") || SingleByteTables.table(for: canonical) != nil {
            return true
        }
        let converter = iconv_open("UTF-8", canonical)
        guard converter != iconv_t(bitPattern: -1) else { return false }
        iconv_close(converter)
        return true
    }

    /// `true` when `encoding` forces a UTF-16 or UTF-32 reading, whose bytes hold NULs by nature.
    var isWideEncoding: Bool {
        guard let name = encoding?.lowercased() else { return false }
        return ["utf-16", "utf16", "utf-32", "utf32", "ucs-2", "ucs2", "ucs-4", "ucs4"].contains { name.hasPrefix($0) }
    }

    /// `true` when the bytes look like binary data: in the first 8 KB, NUL bytes beyond a stray one (more
    /// than one in 200 bytes) or control bytes in more than one byte in 20. UTF-16 with a BOM is text.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }  // UTF-16
        var nul = 0, control = 0
        for b in head {
            if b == 0 { nul += 1 } else if b < 0x09 || (b > 0x0D && b < 0x20) { control += 1 }
        }
        return nul > max(1, head.count / 200) || control * 20 > head.count
    }
}
