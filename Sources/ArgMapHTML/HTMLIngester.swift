internal import CLibXML2
import ArgMap

private let libxml2Ready: Void = { xmlInitParser() }()

/// Owns one libxml2 document and frees it (one owner per C handle).
private final class ParsedHTML {
    let doc: htmlDocPtr

    init(doc: htmlDocPtr) { self.doc = doc }
    deinit { xmlFreeDoc(doc) }
}

/// Reads an HTML page with libxml2 and keeps the article: title, byline, date and language as
/// metadata; headings, paragraphs, list items and block quotes of the body as blocks.
///
/// The charset is decided in Swift (see ``DocumentReader``); libxml2 parses UTF-8 in recover mode,
/// with no network and no depth limit. The tree is walked once with an explicit stack and reduced
/// to text blocks, then the article root is chosen by prose density (see the type `ContentExtractor`).
public struct HTMLIngester: Sendable {
    /// Creates an ingester.
    public init() {}

    /// Extracts the article of an HTML page.
    /// - Parameters:
    ///   - bytes: the page as bytes, in any charset.
    ///   - source: the file name to report.
    ///   - encoding: a charset name that overrides detection, or `nil`.
    /// - Returns: the article as a ``Document``.
    /// - Throws: ``ArgMapError`` naming `source` when the page is empty, too large or holds no article.
    public func ingest(_ bytes: [UInt8], source: String, encoding: String? = nil) throws(ArgMapError) -> Document {
        let page = try Self.parse(bytes, source: source, encoding: encoding)
        let metadata = MetadataExtractor.extract(page.metadata)
        let result = ContentExtractor().extract(
            page, title: metadata.title, byline: metadata.byline, articleBody: metadata.articleBody)
        guard !result.blocks.isEmpty else { throw .empty(file: source) }
        return Document(
            source: source, title: metadata.title, byline: metadata.byline, published: metadata.published,
            language: metadata.language, blocks: result.blocks)
    }

    /// Parses only: libxml2's HTML parser with the options `ingest` uses, on bytes already UTF-8,
    /// then frees the tree. A yardstick for benchmarks (extraction speed against bare parsing).
    /// - Parameter utf8: the page, UTF-8.
    /// - Returns: `true` when libxml2 returned a document.
    public static func parseOnly(_ utf8: [UInt8]) -> Bool {
        guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return false }
        _ = libxml2Ready
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        guard let ctxt = htmlNewParserCtxt() else { return false }
        defer { htmlFreeParserCtxt(ctxt) }
        let doc = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                htmlCtxtReadMemory(ctxt, $0.baseAddress, Int32($0.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return false }
        xmlFreeDoc(doc)
        return true
    }

    private static let options: Int32 =
        Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        | Int32(XML_PARSE_HUGE.rawValue)

    /// Decodes, parses and walks a page into blocks and metadata.
    static func parse(_ bytes: [UInt8], source: String, encoding: String?) throws(ArgMapError) -> ParsedPage {
        guard !bytes.isEmpty else { throw .empty(file: source) }
        guard bytes.count < Int(Int32.max) else {
            throw .tooLarge(file: source, bytes: bytes.count, limit: Int(Int32.max) - 1)
        }
        let (input, decision) = CharsetDecoder.decode(bytes, override: encoding)
        let charset: String
        switch decision {
        case .utf8: charset = "UTF-8"
        case .foreign(let name): charset = name
        }
        var parsed = try parseTree(input, source: source, charset: charset, ignoreEncoding: decision == .utf8)
        if parsed == nil, decision != .utf8 {
            // libxml2 does not know the charset: read it as windows-1252 rather than fail.
            let fallback = CharsetDecoder.singleByteToUTF8(bytes, table: SingleByteTables.windows1252)
            parsed = try parseTree(fallback, source: source, charset: "UTF-8", ignoreEncoding: true)
        }
        guard let parsed else { throw .unparsable(file: source, reason: "libxml2 returned no document") }
        var walker = PageWalker(expectedBytes: input.count)
        if let root = xmlDocGetRootElement(parsed.doc) { walker.walk(root) }
        return walker.page
    }

    private static func parseTree(_ input: [UInt8], source: String, charset: String, ignoreEncoding: Bool)
        throws(ArgMapError) -> ParsedHTML?
    {
        guard !input.isEmpty else { throw .empty(file: source) }
        _ = libxml2Ready
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        guard let ctxt = htmlNewParserCtxt() else { throw .unparsable(file: source, reason: "out of memory") }
        defer { htmlFreeParserCtxt(ctxt) }
        let opts = ignoreEncoding ? options : options & ~Int32(HTML_PARSE_IGNORE_ENC.rawValue)
        let doc = input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                htmlCtxtReadMemory(ctxt, $0.baseAddress, Int32($0.count), nil, charset, opts)
            }
        }
        return doc.map(ParsedHTML.init)
    }
}
