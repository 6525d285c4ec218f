/// Why a document could not be read or mapped. Each case names the file and a reason a user can act on.
public enum ArgMapError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read (missing, a directory, no permission).
    case unreadable(file: String, reason: String)
    /// The file holds no bytes, or no text once boilerplate is dropped.
    case empty(file: String)
    /// The bytes are not text (binary data, NUL bytes).
    case binary(file: String)
    /// The parser could not make sense of the document.
    case unparsable(file: String, reason: String)
    /// The file is larger than ArgMap accepts.
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// A data file (lexicon, abbreviations) is malformed.
    case badDataFile(file: String, line: Int, reason: String)

    /// One line naming the file and the reason, e.g. `op-ed.html: file is empty`.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot read: \(reason)"
        case .empty(let file): "\(file): file is empty (no article text)"
        case .binary(let file): "\(file): not a text or HTML file (binary data)"
        case .unparsable(let file, let reason): "\(file): cannot parse: \(reason)"
        case .tooLarge(let file, let bytes, let limit): "\(file): too large (\(bytes) bytes; the limit is \(limit))"
        case .badDataFile(let file, let line, let reason): "\(file):\(line): \(reason)"
        }
    }
}
