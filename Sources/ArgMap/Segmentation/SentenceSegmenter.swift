/// Splits text into sentences, reporting UTF-8 byte ranges trimmed of surrounding whitespace.
///
/// A rule-based English segmenter working on UTF-8 bytes. It finds the candidate bytes (`.`, `?`, `!`,
/// `…`, line breaks, bullets) in one pass and only there applies its rules: abbreviations and titles
/// ("U.S.", "Dr.", "No. 5"), initials ("J. R. R. Tolkien"), decimals, e-mail addresses and URLs, ellipses,
/// closing quotes and brackets after the final mark, citation marks ("[17]"), numbered and bulleted lists,
/// headings on their own line. Whether a sentence ends at an abbreviation is decided by the next word: a
/// common sentence starter ("in the U.S. The next") ends it, a name ("the U.S. Government") does not.
///
/// A blank line always ends a sentence. Every non-whitespace byte of the input belongs to exactly one
/// sentence; the ranges are in order, do not overlap, start and end on Unicode scalar boundaries and hold
/// no leading or trailing whitespace.
///
/// The word lists are data: ``AbbreviationList`` (the bundled `abbreviations.txt`), which a user file can
/// extend (``init(abbreviationsFile:)``).
public struct SentenceSegmenter: Sendable {
    let table: WordTable

    /// Creates a segmenter with the bundled abbreviation list.
    public init() {
        table = WordTable.builtIn
    }

    /// Creates a segmenter with the given word lists (replacing the bundled ones).
    ///
    /// - Parameter abbreviations: the lists to use; `AbbreviationList.builtIn.merging(extra)` extends the
    ///   bundled lists.
    public init(abbreviations: AbbreviationList) {
        table = WordTable(abbreviations)
    }

    /// Creates a segmenter with the bundled lists extended by a user file in the `abbreviations.txt` format
    /// (see ``AbbreviationList``): one word per line, `[title]`, `[numeric]`, `[general]`, `[terminal]`, `[starters]`,
    /// `[openers]` and `[ellipsis-join]` section headers, `#` comments.
    ///
    /// - Parameter abbreviationsFile: the path of the user file.
    /// - Throws: `ArgMapError.unreadable` when the file cannot be read, `ArgMapError.badDataFile` naming the
    ///   line of a malformed entry.
    public init(abbreviationsFile: String) throws(ArgMapError) {
        let extra = try AbbreviationList(contentsOfFile: abbreviationsFile)
        self.init(abbreviations: AbbreviationList.builtIn.merging(extra))
    }

    /// The sentences of `text`, as UTF-8 byte ranges in text order.
    ///
    /// - Parameter text: the text; blocks separated by blank lines are never joined.
    /// - Returns: one range per sentence, trimmed of whitespace, in order.
    public func segment(_ text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { segment(bytes: $0) }
    }

    /// The sentences of a UTF-8 buffer, as byte ranges in order.
    ///
    /// - Parameter bytes: UTF-8 text. Invalid sequences are tolerated (kept inside sentences).
    /// - Returns: one range per sentence, trimmed of whitespace, in order.
    public func segment(bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        var scanner = BoundaryScanner(p: base, n: bytes.count, table: table)
        scanner.run()
        return scanner.sentences
    }
}
