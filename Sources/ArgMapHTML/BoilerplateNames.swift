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
        for value in [classes, id] {
            for name in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                switch judge(name) {
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
    static func judge(_ name: Substring) -> Verdict {
        let lower = name.lowercased()
        for marker in invisibleNames where lower == marker { return .invisible }
        // Embedded posts (tweets, Instagram) are quoted in the story: `social-media-embed` is not a share bar.
        if ByteSearch.contains(lower, "embed") || ByteSearch.contains(lower, "tweet") { return .neutral }
        for marker in wholeNameMarkers where ByteSearch.contains(lower, marker) { return .boilerplate }
        var positive = false
        var weak = false
        for word in lower.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }) {
            if isSection(word) { return .section }
            if isFurniture(word) { weak = true }
            if contentWords.contains(String(word)) { positive = true }
        }
        if weak { return .boilerplate }
        return positive ? .content : .neutral
    }

    /// Words of containers that are furniture whatever they hold.
    static func isSection(_ word: Substring) -> Bool {
        if sectionWords.contains(String(word)) { return true }
        if word.count < 5 { return false }
        for p in sectionPrefixes where word.hasPrefix(p) {
            if p == "comment", word.hasPrefix("commentar") { return false }
            return true
        }
        return false
    }

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

    static func isFurniture(_ word: Substring) -> Bool {
        if furnitureWords.contains(String(word)) { return true }
        if word.count < 5 { return false }
        for p in furniturePrefixes where word.hasPrefix(p) {
            if p == "comment", word.hasPrefix("commentar") { return false }  // commentary is an article section
            return true
        }
        for s in furnitureSuffixes where word.hasSuffix(s) { return true }
        return false
    }

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
