/// The abbreviations and word lists that steer the sentence segmenter.
///
/// The lists are data, read from the bundled `abbreviations.txt` and from user files in the same format:
///
/// ```
/// # a comment
/// [title]          # never ends a sentence: Dr. Smith, Gen. Lee, e.g. Paris
/// Dr.
/// [numeric]        # not a sentence end before a number: No. 5, p. 55
/// No
/// [general]        # ends a sentence only before a sentence-starting word: "in the U.S. The"
/// U.S.
/// Calif
/// [terminal]       # ends a sentence before any capital, never before lower case
/// etc
/// [starters]       # common sentence-initial words ("The", "However", "It")
/// however
/// [openers]        # prepositions opening short phrases: "At 5 a.m. Mr. Smith went"
/// at
/// [ellipsis-join]  # words that continue a sentence after "..."
/// I
/// ```
///
/// One entry per line, with or without its final period; lines before any section header are `[general]`;
/// `#` starts a comment at the start of a line or after a space.
/// An entry written in lower case matches any capitalisation; one holding a capital letter matches only that
/// exact spelling (`Ill` matches "Ill." but not "ill."). Entries are at most 48 bytes, without spaces.
public struct AbbreviationList: Sendable, Equatable {
    /// A section of the list: how the segmenter treats the words in it.
    public enum Section: String, Sendable, CaseIterable {
        /// Never ends a sentence before a word or number: titles ("Dr.", "Gen.") and "e.g.", "i.e.".
        case title
        /// Not a sentence end before a number ("No. 5", "p. 55"), an ordinary word otherwise.
        case numeric
        /// Ends a sentence only when the next word is a sentence starter ("Inc.", "U.S.", "etc.").
        case general
        /// Closes a list: ends a sentence before any capitalised word, never before a lower-case one ("etc.").
        case terminal
        /// Common sentence-initial words.
        case starters
        /// Prepositions opening a short introductory phrase ("At 5 a.m. Mr. Smith went").
        case openers
        /// Words that continue a sentence after a three-dot ellipsis.
        case ellipsisJoin = "ellipsis-join"
    }

    /// One word of the list and the section it belongs to.
    public struct Entry: Sendable, Equatable {
        /// The word, without a final period, inner periods kept ("e.g", "U.S").
        public let word: String
        /// Its section.
        public let section: Section

        /// Creates an entry; a final period on `word` is dropped.
        public init(word: String, section: Section) {
            var word = word
            while word.hasSuffix(".") { word.removeLast() }
            self.word = word
            self.section = section
        }
    }

    /// The entries, in file order.
    public let entries: [Entry]

    /// The longest entry accepted, in UTF-8 bytes.
    public static let maximumEntryLength = 48

    /// Creates a list from entries.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Parses a list in the `abbreviations.txt` format.
    ///
    /// - Parameters:
    ///   - text: the file's content.
    ///   - file: the file's name, for error messages.
    /// - Throws: `ArgMapError.badDataFile` naming the line of an unknown section, an entry with spaces or
    ///   an entry longer than ``maximumEntryLength``.
    public init(parsing text: String, file: String) throws(ArgMapError) {
        var entries: [Entry] = []
        var section = Section.general
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = rawLine.trimmingASCIIWhitespace().strippingComment()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), let named = Section(rawValue: String(line.dropFirst().dropLast())) else {
                    let known = Section.allCases.map { "[\($0.rawValue)]" }.joined(separator: ", ")
                    throw .badDataFile(file: file, line: lineNumber, reason: "unknown section \(line) (known: \(known))")
                }
                section = named
                continue
            }
            guard !line.contains(where: { $0 == " " || $0 == "\t" }) else {
                throw .badDataFile(file: file, line: lineNumber, reason: "an entry is one word, without spaces: \(line)")
            }
            let entry = Entry(word: String(line), section: section)
            guard !entry.word.isEmpty else {
                throw .badDataFile(file: file, line: lineNumber, reason: "an entry needs a letter besides periods")
            }
            guard entry.word.utf8.count <= Self.maximumEntryLength else {
                throw .badDataFile(
                    file: file, line: lineNumber,
                    reason: "entry longer than \(Self.maximumEntryLength) bytes: \(line.prefix(20))...")
            }
            entries.append(entry)
        }
        self.entries = entries
    }

    /// This list followed by the entries of `other`: a word in both gets the sections of both.
    public func merging(_ other: AbbreviationList) -> AbbreviationList {
        AbbreviationList(entries: entries + other.entries)
    }
}

extension Substring {
    /// The substring before a `#` that starts it or follows a space or tab, trimmed.
    fileprivate func strippingComment() -> Substring {
        var previous: Character = " "
        for index in indices {
            let c = self[index]
            if c == "#", previous == " " || previous == "\t" { return self[..<index].trimmingASCIIWhitespace() }
            previous = c
        }
        return self
    }

    /// The substring without leading and trailing spaces, tabs and carriage returns.
    fileprivate func trimmingASCIIWhitespace() -> Substring {
        var s = self[...]
        while let c = s.first, c == " " || c == "\t" || c == "\r" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s = s.dropLast() }
        return s
    }
}
