/// Reads a plain-text article: blocks split at blank lines, page furniture dropped,
/// short unpunctuated lines kept as headings.
public struct PlainTextIngester: Sendable {
    /// Creates an ingester.
    public init() {}

    /// Turns plain text into a document.
    /// - Parameters:
    ///   - text: the decoded text.
    ///   - source: the file name to report.
    /// - Returns: the document, with the title taken from a leading heading.
    /// - Throws: ``ArgMapError/empty(file:)`` when no text remains.
    public func ingest(_ text: String, source: String) throws(ArgMapError) -> Document {
        var blocks: [TextBlock] = []
        var current: [Substring] = []
        func flush() {
            guard !current.isEmpty else { return }
            let joined = current.map { $0.trimmingSpaces() }.joined(separator: " ")
            current.removeAll()
            let kind: TextBlock.Kind = Self.looksLikeHeading(joined) ? .heading : .paragraph
            blocks.append(TextBlock(kind: kind, text: joined))
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0.isWhitespace }) { flush() } else { current.append(line) }
        }
        flush()
        guard !blocks.isEmpty else { throw .empty(file: source) }
        var title: String?
        if let first = blocks.first, first.kind == .heading {
            title = first.text
            blocks.removeFirst()
        }
        return Document(source: source, title: title, blocks: blocks)
    }

    /// `true` for a short line without sentence-final punctuation (a crosshead).
    static func looksLikeHeading(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return text.count < 90 && !".!?:;\u{201D}\"".contains(last)
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
