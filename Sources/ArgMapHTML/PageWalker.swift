internal import CLibXML2
import ArgMap

/// A run of text between two block boundaries, before extraction decides whether it is article body.
struct PageBlock: Sendable {
    /// Index in ``ParsedPage/elements`` of the innermost block-level element holding the text.
    var owner: Int32
    /// Heading, paragraph, quote or list item, from the enclosing elements.
    var kind: TextBlock.Kind
    /// Heading level (1-6) for headings, else 0.
    var level: UInt8
    /// Byte range of the whitespace-normalised text in ``ParsedPage/text``.
    var start: Int32
    var end: Int32
    /// Bytes of the text that sit inside links.
    var linkBytes: Int32
    /// `true` inside a table cell.
    var inTable: Bool

    var count: Int { Int(end - start) }
}

/// A block-level element: enough of the tree to score containers.
struct PageElement: Sendable {
    /// The enclosing block-level element, or -1. Always lower than the element's own index.
    var parent: Int32
    var role: HTMLTag.Role
    /// What its class and id names suggest.
    var verdict: BoilerplateNames.Verdict
    /// `article`, `main`, `role=main|article`, or `itemprop=articleBody`.
    var isArticleLike: Bool
}

/// Metadata candidates gathered during the walk; ``MetadataExtractor`` picks from them.
struct RawMetadata: Sendable {
    var title: String?
    var language: String?
    /// `(name or property, content)` of each `<meta>`, lowercased names, in document order.
    var metas: [(String, String)] = []
    /// The text of each `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// The first `<time datetime>`.
    var timeDatetime: String?
    /// The text of the first element marked as the author (class, `rel` or `itemprop`).
    var bylineText: String?
}

/// A page reduced to text blocks and the block-level element tree, with libxml2 no longer needed.
struct ParsedPage: Sendable {
    var text: [UInt8]
    var blocks: [PageBlock]
    var elements: [PageElement]
    var metadata: RawMetadata

    func string(_ block: PageBlock) -> String {
        String(decoding: text[Int(block.start)..<Int(block.end)], as: UTF8.self)
    }
}

/// Attributes the walker reads.
private enum AttributeName: UInt8 {
    case other, `class`, id, style, hidden, ariaHidden, role, itemprop, type, datetime, name, property, content,
        httpEquiv, lang, rel, href
}

/// Walks a libxml2 tree once, with an explicit stack (any depth), copying each text once into one buffer.
struct PageWalker {
    private(set) var text: [UInt8] = []
    private(set) var blocks: [PageBlock] = []
    private(set) var elements: [PageElement] = []
    private(set) var metadata = RawMetadata()

    private var blockStart = 0
    private var blockLinkBytes = 0
    private var pendingSpace = false
    private var afterBreak = false
    private var linkDepth = 0
    private var boldDepth = 0
    private var blockBoldBytes = 0
    private var quoteDepth = 0
    private var listItemDepth = 0
    private var cellDepth = 0
    private var headingLevel: UInt8 = 0
    private var owners: [Int32] = []

    private struct Open {
        var tag: HTMLTag
        var savedHeading: UInt8
        var pushedOwner: Bool
    }
    private var open: [Open] = []
    private var tagCache: [UnsafeRawPointer: HTMLTag] = [:]
    private var attributeCache: [UnsafeRawPointer: AttributeName] = [:]
    private var verdictCache: [UInt64: BoilerplateNames.Verdict] = [:]

    init(expectedBytes: Int) {
        text.reserveCapacity(expectedBytes / 3)
    }

    var page: ParsedPage { ParsedPage(text: text, blocks: blocks, elements: elements, metadata: metadata) }

    // MARK: Traversal

    mutating func walk(_ root: xmlNodePtr) {
        var node = root
        while true {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                if enter(node) {
                    if let child = node.pointee.children {
                        node = child
                        continue
                    }
                    leave()
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { append(content) }
            default:
                break
            }
            var current = node
            while true {
                if open.isEmpty { flush(); return }
                if let sibling = current.pointee.next {
                    node = sibling
                    break
                }
                guard let parent = current.pointee.parent else { flush(); return }
                leave()
                current = parent
            }
        }
    }

    private mutating func tag(of node: xmlNodePtr) -> HTMLTag {
        guard let name = node.pointee.name else { return HTMLTag(.inline) }
        let key = UnsafeRawPointer(name)
        if let tag = tagCache[key] { return tag }
        let tag = HTMLTag.named(String(cString: name))
        tagCache[key] = tag
        return tag
    }

    private mutating func attributeName(_ name: UnsafePointer<xmlChar>) -> AttributeName {
        let key = UnsafeRawPointer(name)
        if let known = attributeCache[key] { return known }
        let kind: AttributeName =
            switch String(cString: name).lowercased() {
            case "class": .class
            case "id": .id
            case "style": .style
            case "hidden": .hidden
            case "aria-hidden": .ariaHidden
            case "role": .role
            case "itemprop": .itemprop
            case "type": .type
            case "datetime": .datetime
            case "name": .name
            case "property": .property
            case "content": .content
            case "http-equiv": .httpEquiv
            case "lang": .lang
            case "rel": .rel
            case "href": .href
            default: .other
            }
        attributeCache[key] = kind
        return kind
    }

    /// Handles an element's start; returns `true` when its children are to be walked (a record is pushed).
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        var tag = tag(of: node)
        switch tag.role {
        case .skipped:
            return false
        case .lineBreak:
            lineBreak()
            return false
        case .rule:
            flush()
            return false
        default:
            break
        }
        var role = "", itemprop = "", type = "", datetime = "", rel = ""
        var metaKey = "", metaContent = "", lang = ""
        var hidden = false
        // class and id are hashed straight from libxml2's bytes; strings are made only on a cache miss.
        var classPointer: UnsafePointer<xmlChar>?, idPointer: UnsafePointer<xmlChar>?
        var classString: String?, idString: String?
        var namesHash: UInt64 = 0
        var attribute = node.pointee.properties
        while let a = attribute {
            defer { attribute = a.pointee.next }
            guard let name = a.pointee.name else { continue }
            let kind = attributeName(name)
            if kind == .other { continue }
            if kind == .hidden { hidden = true; continue }
            if kind == .class || kind == .id {
                let salt: UInt64 = kind == .class ? 0x9E37_79B9_7F4A_7C15 : 0xC2B2_AE3D_27D4_EB4F
                if let child = a.pointee.children, child.pointee.next == nil, let content = child.pointee.content {
                    namesHash ^= Self.hash(UnsafePointer(content)) &* salt
                    if kind == .class { classPointer = UnsafePointer(content) } else { idPointer = UnsafePointer(content) }
                } else {
                    let value = Self.attributeValue(a)
                    namesHash ^= Self.hash(value) &* salt
                    if kind == .class { classString = value } else { idString = value }
                }
                continue
            }
            if kind == .style {
                if let child = a.pointee.children, let content = child.pointee.content, !Self.mayHide(content) { continue }
                if Self.styleHides(Self.attributeValue(a)) { hidden = true }
                continue
            }
            let value = Self.attributeValue(a)
            switch kind {
            case .ariaHidden: if value == "true" { hidden = true }
            case .role: role = value.lowercased()
            case .itemprop: itemprop = value
            case .type: type = value
            case .datetime: datetime = value
            case .name, .property, .httpEquiv: if metaKey.isEmpty { metaKey = value.lowercased() }
            case .content: metaContent = value
            case .lang: lang = value
            case .rel: rel = value.lowercased()
            default: break
            }
        }

        switch tag.role {
        case .head:
            push(tag)
            return true
        case .title:
            if metadata.title == nil { metadata.title = Self.normalized(Self.textContent(node)) }
            return false
        case .meta:
            if !metaKey.isEmpty, !metaContent.isEmpty { metadata.metas.append((metaKey, metaContent)) }
            if metaKey.isEmpty, !itemprop.isEmpty, !metaContent.isEmpty {
                metadata.metas.append((itemprop.lowercased(), metaContent))
            }
            return false
        case .script:
            if ByteSearch.contains(type, "ld+json") { metadata.jsonLD.append(Self.textContent(node)) }
            return false
        default:
            break
        }

        if tag.role == .aside {
            // A pull quote set in an <aside> is part of the story; any other aside is not.
            let names = classString ?? classPointer.map { String(cString: $0) } ?? ""
            guard ByteSearch.contains(names, "quote") else { return false }
            tag = HTMLTag(.quote)
        }
        if tag.role == .root, !lang.isEmpty, metadata.language == nil { metadata.language = lang }
        if hidden || (!role.isEmpty && Self.furnitureRoles.contains(role)) { return false }
        let isAuthor = rel == "author" || itemprop == "author"
        var verdict = BoilerplateNames.Verdict.neutral
        var classes: String { classString ?? classPointer.map { String(cString: $0) } ?? "" }
        if namesHash != 0 {
            if let cached = verdictCache[namesHash] {
                verdict = cached
            } else {
                let id = idString ?? idPointer.map { String(cString: $0) } ?? ""
                verdict = BoilerplateNames.verdict(classes: classes, id: id)
                verdictCache[namesHash] = verdict
            }
        }
        let isBody = itemprop.lowercased() == "articlebody" || role == "main" || role == "article"
        if isAuthor || (verdict != .neutral && verdict != .content && (ByteSearch.contains(classes, "author") || ByteSearch.contains(classes, "byline"))) {
            if metadata.bylineText == nil {
                let t = Self.normalized(Self.textContent(node))
                if !t.isEmpty, t.utf8.count < 120 { metadata.bylineText = t }
            }
        }
        if verdict == .invisible, tag.role != .root { return false }
        if isAuthor, tag.role != .root, !isBody { return false }
        if tag.role == .time, metadata.timeDatetime == nil, !datetime.isEmpty { metadata.timeDatetime = datetime }

        if tag.breaksBlock {
            flush()
            elements.append(
                PageElement(
                    parent: owners.last ?? -1, role: tag.role, verdict: isBody ? .content : verdict,
                    isArticleLike: tag.isArticleLike || isBody))
            owners.append(Int32(elements.count - 1))
            let record = Open(tag: tag, savedHeading: headingLevel, pushedOwner: true)
            switch tag.role {
            case .heading: headingLevel = tag.level
            case .quote: quoteDepth += 1
            case .listItem: listItemDepth += 1
            default: break
            }
            open.append(record)
        } else {
            if tag.role == .link { linkDepth += 1 }
            if tag.role == .bold { boldDepth += 1 }
            if tag.role == .cell {
                cellDepth += 1
                pendingSpace = true
            }
            push(tag)
        }
        return true
    }

    private mutating func push(_ tag: HTMLTag) {
        open.append(Open(tag: tag, savedHeading: headingLevel, pushedOwner: false))
    }

    /// Handles the end of the element on top of the stack.
    private mutating func leave() {
        guard let record = open.popLast() else { return }
        if record.pushedOwner {
            flush()
            owners.removeLast()
            headingLevel = record.savedHeading
            switch record.tag.role {
            case .quote: quoteDepth -= 1
            case .listItem: listItemDepth -= 1
            default: break
            }
        } else if record.tag.role == .link {
            linkDepth -= 1
        } else if record.tag.role == .bold {
            boldDepth -= 1
        } else if record.tag.role == .cell {
            cellDepth -= 1
            pendingSpace = true
        }
    }

    // MARK: Text

    private mutating func lineBreak() {
        guard text.count > blockStart else { return }
        if afterBreak {
            flush()
        } else {
            afterBreak = true
            pendingSpace = true
        }
    }

    /// Appends a text node, collapsing whitespace (and no-break spaces) to single spaces.
    private mutating func append(_ content: UnsafeMutablePointer<xmlChar>) {
        var i = 0
        while true {
            let b = content[i]
            if b == 0 { return }
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                pendingSpace = true
                i += 1
                continue
            }
            if b == 0xC2, content[i + 1] == 0xA0 {
                pendingSpace = true
                i += 2
                continue
            }
            var j = i + 1
            while true {
                let c = content[j]
                if c == 0 || c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C || c == 0xC2 { break }
                j += 1
            }
            if pendingSpace {
                if text.count > blockStart {
                    text.append(0x20)
                    if linkDepth > 0 { blockLinkBytes += 1 }
                    if boldDepth > 0 { blockBoldBytes += 1 }
                }
                pendingSpace = false
            }
            text.append(contentsOf: UnsafeBufferPointer(start: content + i, count: j - i))
            if linkDepth > 0 { blockLinkBytes += j - i }
            if boldDepth > 0 { blockBoldBytes += j - i }
            afterBreak = false
            if content[j] == 0xC2, content[j + 1] != 0xA0 {
                text.append(0xC2)
                if linkDepth > 0 { blockLinkBytes += 1 }
                j += 1
            }
            i = j
        }
    }

    /// Ends the current block, if it holds text.
    private mutating func flush() {
        pendingSpace = false
        afterBreak = false
        guard text.count > blockStart else {
            blockBoldBytes = 0
            return
        }
        var kind: TextBlock.Kind =
            headingLevel > 0 ? .heading : quoteDepth > 0 ? .quote : listItemDepth > 0 ? .listItem : .paragraph
        var level = headingLevel
        // A short paragraph set wholly in bold, with no final punctuation, is a crosshead.
        let count = text.count - blockStart
        if kind == .paragraph, count <= 100, blockBoldBytes * 10 >= count * 9, blockLinkBytes == 0,
            let last = text.last, last != 0x2E, last != 0x21, last != 0x3F, last != 0x3A
        {
            kind = .heading
            level = 4
        }
        blocks.append(
            PageBlock(
                owner: owners.last ?? -1, kind: kind, level: level, start: Int32(blockStart),
                end: Int32(text.count), linkBytes: Int32(blockLinkBytes), inTable: cellDepth > 0))
        blockStart = text.count
        blockLinkBytes = 0
        blockBoldBytes = 0
    }

    // MARK: Helpers

    /// ARIA roles of page furniture.
    private static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search",
        "tooltip", "toolbar", "alert", "status", "tablist", "form",
    ]

    /// FNV-1a of a NUL-terminated string (never 0 for a non-empty one in practice).
    private static func hash(_ p: UnsafePointer<xmlChar>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = 0
        while p[i] != 0 {
            h = (h ^ UInt64(p[i])) &* 0x100_0000_01b3
            i += 1
        }
        return h
    }

    private static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// `true` when a style attribute mentions `none` or `hidden` (any case): worth parsing.
    private static func mayHide(_ p: UnsafePointer<xmlChar>) -> Bool {
        var i = 0
        while p[i] != 0 {
            let b = p[i] | 0x20
            if b == 0x6E, p[i + 1] | 0x20 == 0x6F, p[i + 2] | 0x20 == 0x6E, p[i + 3] | 0x20 == 0x65 { return true }  // none
            if b == 0x68, p[i + 1] | 0x20 == 0x69, p[i + 2] | 0x20 == 0x64, p[i + 3] | 0x20 == 0x64 { return true }  // hidd
            i += 1
        }
        return false
    }

    private static func styleHides(_ style: String) -> Bool {
        guard style.utf8.count < 400 else { return false }
        let compact = String(style.lowercased().unicodeScalars.filter { $0 != " " })
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    private static func attributeValue(_ attribute: xmlAttrPtr) -> String {
        guard let child = attribute.pointee.children else { return "" }
        if child.pointee.next == nil, let content = child.pointee.content { return String(cString: content) }
        guard let content = xmlNodeGetContent(UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlNode.self))
        else { return "" }
        defer { clibxml2_free(content) }
        return String(cString: content)
    }

    /// All the text under a node (libxml2 allocates it; freed here).
    static func textContent(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { clibxml2_free(content) }
        return String(cString: content)
    }

    /// Whitespace runs collapsed to one space, ends trimmed.
    static func normalized(_ s: String) -> String { ByteSearch.normalizeWhitespace(s) }
}
