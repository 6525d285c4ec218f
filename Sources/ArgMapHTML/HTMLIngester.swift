internal import CLibXML2
import ArgMap

private let libxml2Ready: Void = { xmlInitParser() }()

/// Reads an HTML page with libxml2 and keeps the article: title and byline as metadata,
/// headings, paragraphs, list items and block quotes as blocks.
public struct HTMLIngester: Sendable {
    /// Creates an ingester.
    public init() {}

    /// Extracts the article of an HTML page.
    /// - Parameters:
    ///   - bytes: the page as bytes, in any charset.
    ///   - source: the file name to report.
    ///   - encoding: a charset name that overrides detection, or `nil`.
    /// - Returns: the article as a ``Document``.
    /// - Throws: ``ArgMapError`` naming `source` when the page holds no article.
    public func ingest(_ bytes: [UInt8], source: String, encoding: String? = nil) throws(ArgMapError) -> Document {
        guard !bytes.isEmpty else { throw .empty(file: source) }
        guard bytes.count < Int(Int32.max) else { throw .tooLarge(file: source, bytes: bytes.count, limit: Int(Int32.max)) }
        let utf8 = CharsetDecoder.utf8Bytes(bytes, override: encoding)
        _ = libxml2Ready
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        guard let ctxt = htmlNewParserCtxt() else { throw .unparsable(file: source, reason: "out of memory") }
        defer { htmlFreeParserCtxt(ctxt) }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
            | Int32(XML_PARSE_HUGE.rawValue)
        let doc = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                htmlCtxtReadMemory(ctxt, $0.baseAddress, Int32($0.count), source, "UTF-8", options)
            }
        }
        guard let doc else { throw .unparsable(file: source, reason: "libxml2 returned no document") }
        defer { xmlFreeDoc(doc) }
        var walker = BlockWalker()
        if let root = xmlDocGetRootElement(doc) { walker.walk(root) }
        let blocks = walker.blocks
        guard !blocks.isEmpty else { throw .empty(file: source) }
        return Document(source: source, title: walker.title, blocks: blocks)
    }
}

private struct BlockWalker {
    var blocks: [TextBlock] = []
    var title: String?

    static let skipped: Set<String> = ["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "figcaption", "button"]

    mutating func walk(_ root: xmlNodePtr) {
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = String(cString: node.pointee.name)
            if Self.skipped.contains(name) { continue }
            if name == "title" { title = Self.text(of: node); continue }
            let kind: TextBlock.Kind? = switch name {
            case "p": .paragraph
            case "h1", "h2", "h3", "h4", "h5", "h6": .heading
            case "li": .listItem
            default: nil
            }
            if let kind {
                let text = Self.text(of: node)
                if !text.isEmpty { blocks.append(TextBlock(kind: kind, text: text)) }
                continue
            }
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let c = child { children.append(c); child = c.pointee.next }
            stack.append(contentsOf: children.reversed())
        }
    }

    static func text(of node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { clibxml2_free(content) }
        let raw = String(cString: content)
        return raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
