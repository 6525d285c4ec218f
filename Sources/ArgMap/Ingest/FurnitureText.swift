/// Text-level rules for page furniture, shared by the HTML and plain-text ingesters so both
/// drop the same things: toolbar labels, "Published: Updated:" lines, advertising and sharing
/// prompts, disclaimers and trailing author bios.
public enum FurnitureText {
    /// `true` for a short line that is page furniture rather than article text
    /// ("Enable Read mode", "100% Font Size", "Published: Updated:", "Advertisement", "Share this article").
    /// - Parameter line: one line or block, whitespace-normalised.
    public static func isFurnitureLine(_ line: String) -> Bool {
        let count = line.utf8.count
        guard count > 0, count <= 240 else { return false }
        let lower = line.lowercased()
        if isPromotion(lower) { return true }
        // Captions and credits: "Protesters in the square (Image: GETTY)".
        for marker in ["(image:", "(photo:", "(picture:", "(credit:", "(pictured", "photo credit:", "image credit:"]
        where ByteSearch.contains(line, marker) {
            return true
        }
        // Photo credits: "Jane Doe | Bloomberg | Getty Images".
        if count <= 120, creditMarkers.contains(where: { ByteSearch.contains(line, $0) }) { return true }
        // No letters at all: list numbering, counters, stray symbols.
        if count <= 12, !line.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { return true }
        // Unrendered shortcodes: "[button link=...]Send us your review[/button]".
        if lower.hasPrefix("["), ByteSearch.contains(lower, "[/") { return true }
        guard count <= 80 else { return false }
        if exactLines.contains(lower) { return true }
        for prefix in furniturePrefixes where ByteSearch.hasPrefix(line, prefix) { return true }
        for marker in furnitureMarkers where ByteSearch.contains(line, marker) { return true }
        // "100% Font Size", "A A A", "1/12": no letters word of 3+ letters besides furniture words.
        if lower.hasSuffix("font size") || lower.hasSuffix("font-size") { return true }
        // "A A A" (text size buttons), "1 2 3": only one-character words.
        if count <= 20, line.split(separator: " ").count >= 2, line.split(separator: " ").allSatisfy({ $0.count == 1 }) {
            return true
        }
        if isDateLine(line) { return true }
        return false
    }

    /// A short call to subscribe, sign up or follow ("Get the latest updates in your inbox. Subscribe to our newsletters.").
    static func isPromotion(_ lower: String) -> Bool {
        // "Follow us on Twitter", "Follow the Opinion section on Facebook" (not "his followers on Twitter").
        let follows = ["follow us", "follow me", "follow him", "follow her", "follow them", "follow the "]
        if follows.contains(where: { ByteSearch.contains(lower, $0) }),
            ByteSearch.contains(lower, "facebook") || ByteSearch.contains(lower, "twitter") || ByteSearch.contains(lower, "instagram")
        {
            return true
        }
        var strong = 0, weak = 0
        for marker in strongPromotionMarkers where ByteSearch.contains(lower, marker) { strong += 1 }
        for marker in weakPromotionMarkers where ByteSearch.contains(lower, marker) { weak += 1 }
        let hits = strong + weak
        return hits >= 2 || (strong == 1 && lower.utf8.count <= 120)
    }

    /// Phrases that only a call to action uses.
    private static let strongPromotionMarkers = [
        "in your inbox", "click here", "follow us on", "subscribe now", "download our app", "support our journalism",
        "become a member", "already a subscriber", "create a free account", "turn on notifications",
    ]

    /// Phrases a call to action uses, but running text may too: two are needed.
    private static let weakPromotionMarkers = [
        "subscribe to", "sign up for", "sign up to", "newsletter", "log in to", "letters to the editor",
        "like to hear what you think", "delivered to your", "delivered through your",
    ]

    /// `true` for a publisher's note at the end of an article: a short paragraph about whose views these are
    /// ("Opinion pieces reflect the views of their authors", "Guest columns express the opinions of their authors",
    /// "The opinions in this article are the author's own"). Only meant for the last blocks of a body.
    public static func isPublisherNote(_ text: String) -> Bool {
        guard text.utf8.count < 300 else { return false }
        let aboutViews = ByteSearch.contains(text, "view") || ByteSearch.contains(text, "opinion")
        guard aboutViews else { return false }
        for marker in ["their author", "the author", "the writer", "contributor", "own.", "own ", "not necessarily",
                       "publishes", "do not represent", "does not represent", "not those of"]
        where ByteSearch.contains(text, marker) {
            return true
        }
        return false
    }

    /// `true` for a short line that is only a date ("2 June 2025", "June 2, 2025", "2025-06-02", "Tuesday 4 March 2025 10:30").
    public static func isDateLine(_ line: String) -> Bool {
        guard line.utf8.count <= 48 else { return false }
        var hasYear = false, hasMonth = false
        for word in line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" || $0 == "/" || $0 == "." }) {
            let lower = word.lowercased()
            if word.count == 4, word.allSatisfy({ $0.isASCII && $0.isNumber }) { hasYear = true; continue }
            if word.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") }) { continue }
            if months.contains(where: { lower.hasPrefix($0) }) { hasMonth = true; continue }
            if days.contains(where: { lower.hasPrefix($0) }) || ["am", "pm", "gmt", "utc", "bst", "est", "edt", "cet", "updated", "published", "on", "at"].contains(lower) {
                continue
            }
            return false
        }
        return hasYear && (hasMonth || line.contains("-") || line.contains("/"))
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// `true` for a disclaimer paragraph ("Disclaimer: ...", "The views expressed ... are their own").
    public static func isDisclaimer(_ text: String) -> Bool {
        guard text.utf8.count < 600 else { return ByteSearch.hasPrefix(text, "disclaimer") }
        if ByteSearch.hasPrefix(text, "disclaimer") { return true }
        for prefix in ["views expressed", "the views expressed", "opinions expressed", "the opinions expressed",
                       "the views and opinions expressed", "any views expressed"] where ByteSearch.hasPrefix(text, prefix) {
            return true
        }
        if text.utf8.count < 200, ByteSearch.contains(text, "views are"), ByteSearch.contains(text, " own") { return true }
        return text.utf8.count < 400 && (ByteSearch.contains(text, "are their own and do not")
            || ByteSearch.contains(text, "are those of the author") || ByteSearch.contains(text, "do not necessarily reflect"))
    }

    /// `true` for an author bio: a paragraph that opens with the author's name (or a capitalised name)
    /// followed by "is a/an/the ...", or that tells where to follow the author.
    /// - Parameters:
    ///   - text: the paragraph.
    ///   - byline: the article's author, when known.
    public static func isAuthorBio(_ text: String, byline: String?) -> Bool {
        for marker in ["can be followed on twitter", "follow her on twitter", "follow him on twitter",
                       "follow them on twitter", "can be reached at", "is the author of"] where ByteSearch.contains(text, marker) {
            if text.utf8.count < 1500 { return true }
        }
        if let byline = byline?.trimmingCharacters(), !byline.isEmpty, byline.utf8.count < 60 {
            let name = byline.lowercased()
            let stripped = name.hasPrefix("by ") ? String(name.dropFirst(3)) : name
            if ByteSearch.hasPrefix(text, stripped + " is ") || ByteSearch.hasPrefix(text, stripped + ", ")
                || ByteSearch.hasPrefix(text, stripped + " was ") || ByteSearch.hasPrefix(text, stripped + " has ")
            {
                return true
            }
            // "Owen Bright drives the number 12 bus and ...": the author's name, then a verb.
            if ByteSearch.hasPrefix(text, stripped + " "), text.utf8.count < 700 {
                let rest = text.unicodeScalars.dropFirst(stripped.unicodeScalars.count + 1)
                if let first = rest.first, first.properties.isLowercase { return true }
            }
        }
        // "Jane Doe is a co-founder of ...": two to four capitalised words, then "is a/an/the".
        let words = text.split(separator: " ", maxSplits: 6)
        guard words.count >= 4 else { return false }
        var k = 0
        while k < words.count, k < 4, let first = words[k].unicodeScalars.first,
            first.properties.isUppercase, !isSentenceWord(words[k])
        {
            k += 1
        }
        guard k >= 2, k + 1 < words.count else { return false }
        if ["writes", "covers", "teaches", "reports", "lectures", "blogs"].contains(words[k]) { return true }
        guard words[k] == "is" || words[k] == "was" else { return false }
        let next = words[k + 1].lowercased()
        return ["a", "an", "the", "co-founder", "founder", "director", "professor", "senior", "editor",
                "executive", "president", "currently", "also"].contains(next)
    }

    private static func isSentenceWord(_ word: Substring) -> Bool {
        ["The", "This", "That", "It", "He", "She", "They", "We", "In", "A", "An", "But", "And"].contains(String(word))
    }

    /// `true` for a line that only names the author: the attribution under a pull quote, a repeated byline.
    /// - Parameters:
    ///   - line: the line, whitespace-normalised.
    ///   - byline: the article's author, when known.
    public static func isAttribution(_ line: String, byline: String?) -> Bool {
        guard let byline, !byline.isEmpty, line.count <= 80 else { return false }
        var s = Substring(line)
        for prefix in ["\u{2014} ", "\u{2014}", "- ", "\u{2013} ", "By ", "by ", "BY "] where s.hasPrefix(prefix) {
            s = s.dropFirst(prefix.count)
        }
        return s.lowercased() == byline.lowercased()
    }

    /// `true` when the text ends like a sentence (`.`, `!`, `?`, `…`, or one of them before closing quotes or brackets).
    public static func endsLikeSentence(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case "\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}", " ": continue
            case ".", "!", "?", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}": return true
            default: return false
            }
        }
        return false
    }

    private static let exactLines: Set<String> = [
        "advertisement", "advertisment", "ad", "ads", "sponsored", "sponsored content", "share", "share this",
        "share this article", "share this story", "share on facebook", "share on twitter", "tweet", "email",
        "print", "comments", "comment", "read more", "continue reading", "loading", "loading...", "top content trending",
        "trending", "related", "related articles", "related stories", "related content", "more from", "you may also like",
        "recommended", "recommended for you", "most read", "most popular", "skip to content", "skip to main content",
        "enable read mode", "disable read mode", "read mode", "published:", "updated:", "published: updated:",
        "follow us", "sign up", "subscribe", "subscribe now", "newsletter", "listen", "listen to this article",
        "story continues below advertisement", "article continues below advertisement", "click to expand",
        "watch", "video", "photo", "image", "getty images", "ap photo", "reuters", "back to top", "next article",
        "previous article", "all rights reserved", "advert", "adverts", "don't miss", "don\u{2019}t miss",
        "must read", "editor's picks", "editor\u{2019}s picks", "top stories", "latest news", "more stories",
    ]

    private static let furniturePrefixes = [
        "published:", "updated:", "posted:", "last updated", "updated at ", "updated on ", "source:", "sources:",
        "more:", "related coverage", "posted on ", "published on ", "read more:",
        "read more at", "read also", "also read", "see also:", "related:", "share this", "share on", "follow us on",
        "follow @", "sign up for", "subscribe to", "click here to", "photo:", "photograph:", "image:", "credit:",
        "photo credit", "image credit", "copyright ©", "© ", "(c) ", "advertisement", "story continues below",
        "article continues below", "this article was originally published", "top content",
    ]

    private static let creditMarkers = [
        "getty images", "ap photo", "| reuters", "/ reuters", "shutterstock", "afp via getty", "photo by ", "photograph by ",
        "image by ", "illustration by ", "istock",
    ]

    private static let furnitureMarkers = ["font size", "read mode", "all rights reserved"]
}

extension String {
    /// The string without leading and trailing whitespace.
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
