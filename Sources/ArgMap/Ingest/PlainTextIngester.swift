/// Reads a plain-text article the way ``Document`` wants it, matching what the HTML ingester keeps.
///
/// - Blocks split at blank lines; a block whose lines are each short and unpunctuated
///   (a page header: name, "Published: Updated:", toolbar labels) is read line by line.
/// - The leading headline becomes the ``Document/title`` (even when it ends with "?"); a short
///   unpunctuated line right after it (the subtitle or standfirst) is dropped, as the HTML ingester
///   drops a subtitle; a short name line above the first paragraph becomes the ``Document/byline``.
/// - Furniture lines ("Enable Read mode", "100% Font Size", "Published: Updated:", "Top Content
///   Trending"), disclaimers and trailing author bios are dropped.
/// - A short unpunctuated line followed by a paragraph is a crosshead (`heading` block).
/// - A paragraph followed by a line naming the author is a pull quote (`quote` block); the name is dropped.
public struct PlainTextIngester: Sendable {
    /// Creates an ingester.
    public init() {}

    /// Turns plain text into a document.
    /// - Parameters:
    ///   - text: the decoded text.
    ///   - source: the file name to report.
    /// - Returns: the document, with title and byline taken from the top of the text.
    /// - Throws: ``ArgMapError/empty(file:)`` when no article text remains.
    public func ingest(_ text: String, source: String) throws(ArgMapError) -> Document {
        let pieces = Self.pieces(of: text)
        let units = pieces.map(\.text)
        guard !units.isEmpty else { throw .empty(file: source) }

        var title: String?
        var byline: String?
        var index = 0
        // Header: title, subtitle, byline and furniture until the first paragraph.
        if let first = units.first, Self.isHeadline(first) {
            title = first
            index = 1
        }
        // A standfirst may sit between the title and the byline: the header runs to the last
        // byline, date or furniture line among the first few units, before any long paragraph.
        var headerEnd = index
        var look = index
        while look < min(units.count, index + 6), units[look].utf8.count < 300 {
            if Self.isHeaderLine(units[look]) {
                headerEnd = look + 1
            } else if FurnitureText.endsLikeSentence(units[look]) {
                break  // running text: the body has begun
            }
            look += 1
        }
        while index < headerEnd || (index < units.count && !Self.isParagraph(units[index])) {
            let line = units[index]
            if byline == nil, let name = Self.personName(line) { byline = name }
            index += 1
        }
        if index == units.count {
            // No paragraph at all: keep whatever is not furniture, as paragraphs.
            let rest = units.filter { !FurnitureText.isFurnitureLine($0) && $0 != title }
            guard !rest.isEmpty else { throw .empty(file: source) }
            return Document(source: source, title: title, byline: byline, blocks: rest.map { TextBlock(kind: .paragraph, text: $0) })
        }

        // Body.
        var body: [TextBlock] = []
        var k = index
        while k < units.count {
            let unit = units[k]
            defer { k += 1 }
            if FurnitureText.isFurnitureLine(unit) || FurnitureText.isDisclaimer(unit) { continue }
            if FurnitureText.isAttribution(unit, byline: byline) { continue }
            let nextIsAttribution = k + 1 < units.count && FurnitureText.isAttribution(units[k + 1], byline: byline)
            if nextIsAttribution, unit.split(separator: " ").count >= 6 {
                body.append(TextBlock(kind: .quote, text: unit))
            } else if pieces[k].isListItem {
                body.append(TextBlock(kind: .listItem, text: unit))
            } else if Self.isParagraph(unit) {
                body.append(TextBlock(kind: .paragraph, text: unit))
            } else {
                body.append(TextBlock(kind: .heading, text: unit))
            }
        }
        // Trailing bios, and headings that head no paragraph.
        var end = body.count
        var j = body.count - 1
        while j >= max(0, end - 4) {
            if body[j].kind != .heading,
                FurnitureText.isAuthorBio(body[j].text, byline: byline) || FurnitureText.isPublisherNote(body[j].text)
            {
                body.remove(at: j)
                end -= 1
            }
            j -= 1
        }
        var blocks: [TextBlock] = []
        for (i, block) in body.enumerated() {
            if block.kind == .heading, !(i + 1 < body.count && body[i + 1].kind != .heading) { continue }
            blocks.append(block)
        }
        guard !blocks.isEmpty else { throw .empty(file: source) }
        return Document(source: source, title: title, byline: byline, blocks: blocks)
    }

    // MARK: Units

    /// One unit of text: a block, a line of a header-like block, or a list item.
    struct Piece: Equatable {
        var text: String
        var isListItem = false
    }

    /// The text cut into units: blank-line blocks, with header-like blocks cut into their lines.
    static func units(of text: String) -> [String] { pieces(of: text).map(\.text) }

    /// The text cut into pieces: blank-line blocks; header-like blocks cut into their lines; blocks whose
    /// lines all start with a list marker ("1.", "2)", "•", "-", "*") cut into list items, markers removed.
    static func pieces(of text: String) -> [Piece] {
        var units: [Piece] = []
        var lines: [Substring] = []
        func flush() {
            defer { lines.removeAll() }
            let trimmed = lines.map { collapse($0) }.filter { !$0.isEmpty }
            guard !trimmed.isEmpty else { return }
            let items = trimmed.map(listItemText)
            if trimmed.count > 1, items.allSatisfy({ $0 != nil }) {
                units.append(contentsOf: items.compactMap { $0.map { Piece(text: $0, isListItem: true) } })
            } else if trimmed.count > 1, trimmed.allSatisfy({ isShortLine($0) }) {
                units.append(contentsOf: trimmed.map { Piece(text: $0) })
            } else {
                units.append(Piece(text: trimmed.joined(separator: " ")))
            }
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if line.allSatisfy({ $0.isWhitespace }) { flush() } else { lines.append(line) }
        }
        flush()
        return units
    }

    /// The text of a list line without its marker ("1. ", "2) ", "• ", "- ", "* "), or `nil` when it has none.
    static func listItemText(_ line: String) -> String? {
        let scalars = Array(line.unicodeScalars.prefix(6))
        var i = 0
        if let first = scalars.first, "\u{2022}\u{2013}\u{25AA}\u{25CF}\u{25E6}\u{2023}\u{25B8}-*".unicodeScalars.contains(first) {
            i = 1
        } else {
            while i < scalars.count, i < 3, scalars[i].properties.numericType == .decimal { i += 1 }
            guard i > 0, i < scalars.count, scalars[i] == "." || scalars[i] == ")" else { return nil }
            i += 1
        }
        guard i < scalars.count, scalars[i] == " " else { return nil }
        let rest = String(line.unicodeScalars.dropFirst(i + 1))
        return rest.isEmpty ? nil : rest
    }

    /// A line of a page header: a byline, a date, a "Published:" line, toolbar labels.
    static func isHeaderLine(_ line: String) -> Bool {
        personName(line) != nil || FurnitureText.isFurnitureLine(line) || FurnitureText.isDateLine(line)
    }

    /// Whitespace runs collapsed to one space, ends trimmed.
    static func collapse(_ s: Substring) -> String { ByteSearch.normalizeWhitespace(s) }

    /// A short line without sentence punctuation at its end (a heading, a name, a label).
    static func isShortLine(_ line: String) -> Bool {
        guard line.count <= 100 else { return false }
        let words = line.split(separator: " ").count
        guard words <= 14 else { return false }
        guard let last = line.unicodeScalars.last else { return false }
        return !".!;:,\u{2026}\"\u{201D}".unicodeScalars.contains(last) || FurnitureText.isFurnitureLine(line)
    }

    /// A headline: a short line, which may end with "?" or "!".
    static func isHeadline(_ line: String) -> Bool {
        guard line.count <= 160, line.split(separator: " ").count <= 25 else { return false }
        if FurnitureText.isFurnitureLine(line) { return false }
        guard let last = line.unicodeScalars.last else { return false }
        return !".;:,".unicodeScalars.contains(last)
    }

    /// A unit that reads as running text.
    static func isParagraph(_ unit: String) -> Bool {
        !isShortLine(unit) && !FurnitureText.isFurnitureLine(unit)
    }

    /// "Jane Doe", "By Jane Doe": two to four capitalised words, no digits. Returns the name.
    static func personName(_ line: String) -> String? {
        var s = Substring(line)
        // "Jane Doe | 21 October 2024", "Jane Doe · 3 min read": the name is the first part.
        for separator in [" | ", " \u{00B7} ", " \u{2022} ", " \u{2014} "] {
            if let range = s.range(of: separator) { s = s[..<range.lowerBound] }
        }
        for prefix in ["By ", "by ", "BY "] where s.hasPrefix(prefix) { s = s.dropFirst(prefix.count) }
        let words = s.split(separator: " ")
        guard (2...4).contains(words.count), s.count <= 50 else { return nil }
        for word in words {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return nil }
            if word.unicodeScalars.contains(where: { $0.properties.numericType != nil || ":/@|%".unicodeScalars.contains($0) }) {
                return nil
            }
        }
        if FurnitureText.isFurnitureLine(line) { return nil }
        return String(s)
    }
}
