/// One block of an article body: a heading, a paragraph, a block quote or a list item.
public struct TextBlock: Sendable, Equatable, Hashable {
    /// What a block is on the page.
    public enum Kind: String, Sendable, CaseIterable {
        case heading
        case paragraph
        case quote
        case listItem = "list-item"
    }

    /// The block's role on the page.
    public let kind: Kind
    /// The block's text, whitespace-normalised, with no blank line inside.
    public let text: String

    /// Creates a block.
    /// - Parameters:
    ///   - kind: the block's role.
    ///   - text: its text; a blank line inside would split it when the text is read back.
    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}

/// An ingested article: metadata and the body as blocks in document order.
///
/// The body text (``text``) is the blocks joined by one blank line, as
/// `argmap ingest --format text` prints it; every offset ArgMap reports points into it.
public struct Document: Sendable, Equatable {
    /// Where the document came from (a file name, `-`, or a stream record's source).
    public var source: String
    /// The headline, when one was found.
    public var title: String?
    /// The author line, when one was found.
    public var byline: String?
    /// The publication date (ISO 8601 date or date-time), when one was found.
    public var published: String?
    /// The language tag (`en`, `pt-BR`...), when one was declared.
    public var language: String?
    /// The article body, in document order.
    public var blocks: [TextBlock]

    /// Creates a document.
    public init(
        source: String, title: String? = nil, byline: String? = nil, published: String? = nil,
        language: String? = nil, blocks: [TextBlock]
    ) {
        self.source = source
        self.title = title
        self.byline = byline
        self.published = published
        self.language = language
        self.blocks = blocks
    }

    /// The separator placed between two blocks in ``text``.
    public static let blockSeparator = "\n\n"

    /// The body: every block's text, joined by one blank line.
    public var text: String { blocks.map(\.text).joined(separator: Self.blockSeparator) }

    /// The UTF-8 byte range of each block inside ``text``, in block order.
    public var blockRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(blocks.count)
        var offset = 0
        for block in blocks {
            let count = block.text.utf8.count
            ranges.append(offset..<(offset + count))
            offset += count + Self.blockSeparator.utf8.count
        }
        return ranges
    }
}
