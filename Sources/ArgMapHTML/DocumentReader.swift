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

    /// Reads a file's bytes (`-` is standard input).
    public static func bytes(path: String) throws(ArgMapError) -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(file: path, reason: "is a directory, not a file") }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(file: path, reason: "permission denied or I/O error")
        }
        guard data.count <= sizeLimit else { throw .tooLarge(file: path, bytes: data.count, limit: sizeLimit) }
        return Array(data)
    }

    /// Ingests bytes already in memory.
    /// - Parameters:
    ///   - bytes: the document.
    ///   - source: the name to report.
    public func ingest(_ bytes: [UInt8], source: String) throws(ArgMapError) -> Document {
        guard !bytes.isEmpty else { throw .empty(file: source) }
        if Self.isBinary(bytes) { throw .binary(file: source) }
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

    /// `true` when the bytes look like binary data: NUL bytes or many control bytes at the start.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }  // UTF-16
        var control = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x09 || (b > 0x0D && b < 0x20) { control += 1 }
        }
        return control * 10 > head.count
    }
}
