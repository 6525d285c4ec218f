/// What ArgMap does with an HTML element, decided once per tag name.
struct HTMLTag: Equatable, Sendable {
    /// The element's role for extraction.
    enum Role: UInt8, Sendable {
        /// Text flows through it (`span`, `em`, `b`...).
        case inline
        /// A container that starts a new block (`div`, `section`, `td`...).
        case block
        /// A paragraph (`p`).
        case paragraph
        /// `h1`-`h6`; ``HTMLTag/level`` says which.
        case heading
        /// `li`, `dt`, `dd`.
        case listItem
        /// `ul`, `ol`, `dl`.
        case list
        /// `blockquote`, `q` is inline.
        case quote
        /// `pre`.
        case pre
        /// `td`, `th`: a row (`tr`) is one block, its cells separated by spaces.
        case cell
        /// `table`, `tr`, `tbody`...
        case table
        /// `a`.
        case link
        /// `b`, `strong`: inline, but a short block set wholly in bold is a crosshead.
        case bold
        /// `br`.
        case lineBreak
        /// Never holds article text: not descended (`script`, `nav`, `figcaption`...).
        case skipped
        /// `script`: skipped, but JSON-LD is read.
        case script
        /// `title`: metadata.
        case title
        /// `meta`: metadata.
        case meta
        /// `time`: inline, its `datetime` is metadata.
        case time
        /// `html`, `body`, `main`, `article`: never dropped for their class names.
        case root
        /// `figure`: a block whose caption is dropped.
        case figure
        /// `hr`: ends a block.
        case rule
        /// `head`: descended for metadata only.
        case head
        /// `aside`: skipped, unless its class names a pull quote (then it is a quote).
        case aside
    }

    let role: Role
    /// Heading level 1-6, else 0.
    let level: UInt8
    /// `true` for `article` and `main`.
    let isArticleLike: Bool

    init(_ role: Role, level: UInt8 = 0, articleLike: Bool = false) {
        self.role = role
        self.level = level
        self.isArticleLike = articleLike
    }

    /// `true` when entering or leaving the element ends the current block of text.
    var breaksBlock: Bool {
        switch role {
        case .inline, .link, .bold, .lineBreak, .time, .script, .title, .meta, .skipped, .cell: false
        default: true
        }
    }

    /// The tag for a lowercase element name.
    static func named(_ name: String) -> HTMLTag {
        if let tag = table[name] { return tag }
        // Custom elements (`<story-body>`, `<amp-img>`) are usually containers.
        return name.contains("-") ? HTMLTag(.block) : HTMLTag(.inline)
    }

    private static let table: [String: HTMLTag] = {
        var t: [String: HTMLTag] = [:]
        for n in ["div", "section", "address", "center", "details", "summary", "form", "fieldset", "hgroup",
                  "caption", "legend", "frameset", "noframes", "menuitem"] {
            t[n] = HTMLTag(.block)
        }
        t["html"] = HTMLTag(.root)
        t["body"] = HTMLTag(.root)
        t["main"] = HTMLTag(.root, articleLike: true)
        t["article"] = HTMLTag(.root, articleLike: true)
        t["p"] = HTMLTag(.paragraph)
        for level in 1...6 { t["h\(level)"] = HTMLTag(.heading, level: UInt8(level)) }
        for n in ["li", "dt", "dd"] { t[n] = HTMLTag(.listItem) }
        for n in ["ul", "ol", "dl", "menu"] { t[n] = HTMLTag(.list) }
        t["blockquote"] = HTMLTag(.quote)
        t["pre"] = HTMLTag(.pre)
        for n in ["td", "th"] { t[n] = HTMLTag(.cell) }
        for n in ["table", "tr", "tbody", "thead", "tfoot", "colgroup"] { t[n] = HTMLTag(.table) }
        t["a"] = HTMLTag(.link)
        t["b"] = HTMLTag(.bold)
        t["strong"] = HTMLTag(.bold)
        t["br"] = HTMLTag(.lineBreak)
        t["script"] = HTMLTag(.script)
        t["title"] = HTMLTag(.title)
        t["meta"] = HTMLTag(.meta)
        t["time"] = HTMLTag(.time)
        t["figure"] = HTMLTag(.figure)
        t["hr"] = HTMLTag(.rule)
        t["head"] = HTMLTag(.head)
        t["aside"] = HTMLTag(.aside)
        for n in ["style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
                  "audio", "select", "textarea", "input", "button", "nav", "footer", "header", "figcaption",
                  "dialog", "map", "label", "option", "datalist", "picture", "source", "link", "base", "img",
                  "frame", "applet", "param", "track", "area", "wbr", "optgroup", "output", "progress", "meter"] {
            t[n] = HTMLTag(.skipped)
        }
        return t
    }()
}
