import ArgMap

/// Judges an element by its `class` and `id` names: page furniture (navigation, sharing, related links,
/// comments, ads, captions, bios...), article body, or neither.
///
/// Each class name (and the id) is split into lowercase words at any non-alphanumeric byte
/// (`article-share_bar` gives `article`, `share`, `bar`). A name holding a furniture word is furniture;
/// compound words are caught by their prefixes and suffixes (`socialshare`, `relatedposts`, `adslot`).
/// A furniture name loses to a pure body name on the same element (`entry-content share-enabled`),
/// so a body container is never dropped for one odd class.
enum BoilerplateNames {
    /// The verdict on one element.
    enum Verdict: UInt8 {
        case neutral
        /// Looks like the article body (`article-body`, `entry-content`, `story`...).
        case content
        /// Looks like furniture, weakly (`widget`, `meta`, `tags`...): dropped unless it wraps most of the prose.
        case boilerplate
        /// Certainly furniture (comments, related links, sidebars, navigation, sharing, ads, newsletters, modals).
        case section
        /// Text for screen readers only, or hidden by a utility class: never shown.
        case invisible
    }

    /// Judges the `class` and `id` values of an element (either may be empty).
    static func verdict(classes: String, id: String) -> Verdict {
        var negative = false, strong = false, positive = false
        for value in [classes, id] where !value.isEmpty {
            let bytes = Array(value.utf8)
            var i = 0
            while i < bytes.count {
                while i < bytes.count, bytes[i] <= 0x20 { i += 1 }
                let start = i
                while i < bytes.count, bytes[i] > 0x20 { i += 1 }
                guard i > start else { continue }
                switch judge(bytes[start..<i]) {
                case .boilerplate: negative = true
                case .section: strong = true
                case .content: positive = true
                case .invisible: return .invisible
                case .neutral: break
                }
            }
        }
        if positive { return .content }
        return strong ? .section : negative ? .boilerplate : .neutral
    }

    /// Judges one class name.
    static func judge(_ name: Substring) -> Verdict { judge(Array(name.utf8)[...]) }

    /// Judges one class name given as bytes.
    static func judge(_ name: ArraySlice<UInt8>) -> Verdict {
        let lower = name.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if invisibleHashes.contains(fnv(lower[...])) { return .invisible }
        // Embedded posts (tweets, Instagram) are quoted in the story: `social-media-embed` is not a share bar.
        if contains(lower, "embed") || contains(lower, "tweet") { return .neutral }
        for marker in wholeNameMarkerBytes where contains(lower, marker) { return .boilerplate }
        var positive = false
        var weak = false
        var i = 0
        while i < lower.count {
            while i < lower.count, !isWordByte(lower[i]) { i += 1 }
            let start = i
            while i < lower.count, isWordByte(lower[i]) { i += 1 }
            guard i > start else { continue }
            let word = lower[start..<i]
            switch wordKinds[fnv(word)] {
            case .section?: return .section
            case .furniture?: weak = true
            case .content?: positive = true
            case nil: break
            }
            if word.count >= 5 {
                if let p = sectionPrefixBytes.first(where: { word.starts(with: $0) }) {
                    if p == commentBytes, word.starts(with: commentaryBytes) { continue }  // commentary is an article section
                    return .section
                }
                if furniturePrefixBytes.contains(where: { word.starts(with: $0) }) {
                    if !word.starts(with: commentaryBytes) { weak = true }
                } else if furnitureSuffixBytes.contains(where: { word.count > $0.count && word.reversed().starts(with: $0.reversed()) }) {
                    weak = true
                }
            }
        }
        if weak { return .boilerplate }
        return positive ? .content : .neutral
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
    }

    private static func fnv(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, let first = needle.first else { return needle.isEmpty }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    private static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { contains(haystack, Array($0)) }
    }

    private enum WordKind { case section, furniture, content }

    /// Every listed word by its hash: section words win over furniture words.
    private static let wordKinds: [UInt64: WordKind] = {
        var table: [UInt64: WordKind] = [:]
        for w in contentWords { table[fnv(Array(w.utf8)[...])] = .content }
        for w in furnitureWords { table[fnv(Array(w.utf8)[...])] = .furniture }
        for w in sectionWords { table[fnv(Array(w.utf8)[...])] = .section }
        return table
    }()
    private static let invisibleHashes = Set(invisibleNames.map { fnv(Array($0.utf8)[...]) })
    private static let wholeNameMarkerBytes = wholeNameMarkers.map { Array($0.utf8) }
    private static let sectionPrefixBytes = sectionPrefixes.map { Array($0.utf8) }
    private static let furniturePrefixBytes = furniturePrefixes.map { Array($0.utf8) }
    private static let furnitureSuffixBytes = furnitureSuffixes.map { Array($0.utf8) }
    private static let commentBytes = Array("comment".utf8)
    private static let commentaryBytes = Array("commentar".utf8)

    private static let sectionWords: Set<String> = [
        "ad", "ads", "nav", "menu", "share", "social", "related", "comment", "comments", "cookie", "cookies",
        "consent", "gdpr", "sidebar", "footer", "modal", "popup", "promo", "sponsor", "sponsored", "trending",
        "popular", "breaking", "ticker", "outbrain", "taboola", "disqus", "newsletter", "paywall", "signup", "login",
    ]

    private static let sectionPrefixes = [
        "comment", "disqus", "related", "recommend", "sidebar", "footer", "navbar", "navigation", "breadcrumb",
        "cookie", "newsletter", "subscri", "sharing", "share", "social", "advert", "sponsor", "outbrain", "taboola",
        "trending", "modal", "popup", "paywall", "signup",
    ]

    /// Class names of text shown to screen readers only, or hidden outright.
    private static let invisibleNames = [
        "screen-reader-text", "screenreader-only", "visually-hidden", "visuallyhidden", "sr-only", "element-invisible",
        "hidden", "is-hidden", "u-hidden", "hide", "d-none", "invisible", "offscreen", "screen-reader-only",
    ]

    /// Markers checked against the whole class name.
    private static let wholeNameMarkers = [
        "screen-reader", "screenreader",
        "read-more", "readmore", "more-stories", "see-also", "also-read", "read-also", "further-reading",
        "you-may-like", "youmaylike", "most-read", "mostread", "most-popular", "author-info", "about-author",
        "about-the-author", "post-meta", "entry-meta", "article-meta", "jump-link", "skip-link", "hidden-print",
        "image-credit", "photo-credit", "wp-caption-text", "inline-related", "print-only", "printonly",
    ]

    private static let furnitureWords: Set<String> = [
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "advertorial", "adslot", "adunit",
        "sponsor", "sponsored", "sponsors", "promo", "promos", "promotion", "promoted", "nav", "navbar",
        "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "crumbs", "share", "shares", "sharing",
        "social", "socials", "related", "recommended", "recommendations", "recirc", "recirculation", "trending",
        "popular", "comment", "comments", "cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters",
        "subscribe", "subscription", "subscriptions", "signup", "paywall", "bio", "bios", "biography",
        "disclaimer", "caption", "captions", "credit", "credits", "footer", "sidebar", "widget", "widgets",
        "tags", "tag", "taglist", "toolbar", "byline", "bylines", "dateline", "print", "email", "modal", "popup",
        "overlay", "banner", "masthead", "skip", "pagination", "pager", "outbrain", "taboola", "disqus", "rss",
        "author", "authors", "timestamp", "copyright", "subtitle", "standfirst", "dek", "kicker", "headline",
        "rating", "reactions", "utility", "tools", "actions", "meta", "login", "signin", "register", "search",
        "header", "follow", "donate", "donation", "affiliate", "tooltip", "lightbox", "slideshow", "carousel",
        "teaser", "teasers", "promobox", "cta", "newsletterbox", "alert", "feedback", "survey", "poll", "jobs",
        "upsell", "offers", "partner", "partners", "logo", "masthead", "date", "published", "updated", "sr",
        "video", "player", "gallery", "thumbnail", "thumb", "topics", "keywords", "categories", "category", "permalink", "contributor",
    ]

    private static let furniturePrefixes = [
        "share", "social", "related", "newsletter", "subscri", "cookie", "comment", "advert", "sponsor", "promo",
        "breadcrumb", "sidebar", "footer", "navbar", "menu", "disqus", "outbrain", "taboola", "trending", "caption",
        "byline", "popular", "recommend", "paywall", "signup", "banner", "masthead", "toolbar", "pagination",
        "disclaimer", "copyright", "widget", "modal", "popup", "tooltip", "sharing", "adslot", "adunit", "adsense",
        "dfp", "gpt-ad",
    ]

    private static let furnitureSuffixes = [
        "share", "shares", "menu", "navbar", "sidebar", "toolbar", "comments", "caption", "credits", "footer",
        "banner", "widget", "related", "promo", "newsletter", "byline", "ads", "sharing", "buttons",
    ]

    private static let contentWords: Set<String> = [
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "storybody", "text",
        "prose", "blog", "articletext", "postbody", "entrytext", "richtext", "paywallcontent",
    ]
}
