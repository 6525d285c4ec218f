import ArgMap
import Foundation

/// Title, byline, publication date, language and JSON-LD `articleBody` of a page.
struct PageMetadata: Sendable, Equatable {
    var title: String?
    var byline: String?
    var published: String?
    var language: String?
    var articleBody: String?
}

/// Picks metadata from what the walker gathered, in order of trust: JSON-LD (`NewsArticle` and kin),
/// then Open Graph and `<meta>`, then visible markup (`<time datetime>`, the author element, `<title>`).
enum MetadataExtractor {
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "opinionnewsarticle", "reportagenewsarticle", "analysisnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting", "socialmediaposting",
        "scholarlyarticle", "techarticle", "report", "liveblogposting", "posting", "review",
    ]

    static func extract(_ raw: RawMetadata) -> PageMetadata {
        var result = PageMetadata()
        // JSON-LD.
        for script in raw.jsonLD {
            guard let article = articleObject(in: script) else { continue }
            if result.title == nil, let h = string(article["headline"]) ?? string(article["name"]) { result.title = h }
            if result.byline == nil, let a = authorNames(article["author"]) { result.byline = a }
            if result.published == nil, let d = string(article["datePublished"]) ?? string(article["dateCreated"]) {
                result.published = isoDate(d)
            }
            if result.language == nil, let l = string(article["inLanguage"]) { result.language = l }
            if result.articleBody == nil, let b = string(article["articleBody"]), b.utf8.count > 200 {
                result.articleBody = b
            }
        }
        // <meta> and Open Graph.
        func meta(_ keys: String...) -> String? {
            for key in keys {
                for (k, v) in raw.metas where k == key {
                    let t = normalized(v)
                    if !t.isEmpty { return t }
                }
            }
            return nil
        }
        if result.title == nil { result.title = meta("og:title", "twitter:title", "dc.title", "headline", "title") }
        if result.byline == nil {
            if let a = meta("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author", "cxenseparse:author"),
                !a.lowercased().hasPrefix("http")
            {
                result.byline = a
            }
        }
        if result.published == nil {
            result.published = meta(
                "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
                "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
                "publish-date", "citation_publication_date"
            ).flatMap(isoDate)
        }
        if result.language == nil {
            result.language = meta("content-language", "og:locale", "language", "dc.language")
                .map { $0.replacingOccurrences(of: "_", with: "-") }
        }
        // Visible markup.
        if result.title == nil, let t = raw.title { result.title = trimSiteName(t) }
        if result.byline == nil, let b = raw.bylineText { result.byline = cleanByline(b) }
        if result.published == nil, let d = raw.timeDatetime { result.published = isoDate(d) }
        if result.language == nil, let l = raw.language { result.language = normalized(l) }
        if let b = result.byline { result.byline = cleanByline(b) }
        if let t = result.title { result.title = normalized(t) }
        if result.title?.isEmpty == true { result.title = nil }
        if result.byline?.isEmpty == true { result.byline = nil }
        if result.language?.isEmpty == true { result.language = nil }
        return result
    }

    /// The first article-typed object in a JSON-LD script (top level, array or `@graph`).
    static func articleObject(in script: String) -> [String: Any]? {
        guard let json = try? JSONSerialization.jsonObject(with: Data(script.utf8), options: [.fragmentsAllowed])
        else { return nil }
        var queue: [Any] = [json]
        var steps = 0
        while !queue.isEmpty, steps < 200 {
            steps += 1
            let item = queue.removeFirst()
            if let array = item as? [Any] {
                queue.append(contentsOf: array)
            } else if let object = item as? [String: Any] {
                if isArticle(object["@type"]) { return object }
                if let graph = object["@graph"] { queue.append(graph) }
                if let main = object["mainEntity"] { queue.append(main) }
            }
        }
        return nil
    }

    private static func isArticle(_ type: Any?) -> Bool {
        if let t = type as? String { return articleTypes.contains(t.lowercased()) }
        if let ts = type as? [Any] { return ts.contains { isArticle($0) } }
        return false
    }

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            let t = normalized(s)
            return t.isEmpty ? nil : t
        }
        if let a = value as? [Any], let first = a.first { return string(first) }
        return nil
    }

    /// Author names from a JSON-LD `author`: a string, a Person/Organization, or an array of them, joined by ", ".
    static func authorNames(_ value: Any?) -> String? {
        var names: [String] = []
        func collect(_ v: Any?) {
            if let s = v as? String {
                let t = normalized(s)
                if !t.isEmpty, !t.lowercased().hasPrefix("http") { names.append(t) }
            } else if let o = v as? [String: Any] {
                collect(o["name"])
            } else if let a = v as? [Any] {
                for x in a.prefix(6) { collect(x) }
            }
        }
        collect(value)
        var unique: [String] = []
        for n in names where !unique.contains(n) { unique.append(n) }
        return unique.isEmpty ? nil : unique.joined(separator: ", ")
    }

    /// An ISO 8601 date or date-time from the start of `s`, or `nil`.
    static func isoDate(_ s: String) -> String? {
        let t = normalized(s)
        let u = Array(t.utf8)
        guard u.count >= 10 else { return nil }
        func digit(_ i: Int) -> Bool { u[i] >= 0x30 && u[i] <= 0x39 }
        guard digit(0), digit(1), digit(2), digit(3), u[4] == 0x2D, digit(5), digit(6), u[7] == 0x2D, digit(8), digit(9)
        else { return nil }
        // Keep the date-time as written when it is ISO shaped; else the date alone.
        if u.count > 10, u[10] == 0x54 || u[10] == 0x20 {
            let rest = t.split(separator: " ").first.map(String.init) ?? t
            return rest.count >= 16 ? rest : String(t.prefix(10))
        }
        return String(t.prefix(10))
    }

    /// "Headline | Site" -> "Headline", when the separator splits a longer part from a short one.
    static func trimSiteName(_ title: String) -> String {
        let t = normalized(title)
        for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            if let range = t.range(of: sep, options: .backwards) {
                let head = t[..<range.lowerBound]
                if head.count >= 15 { return String(head) }
            }
        }
        return t
    }

    /// "By Jane Doe" -> "Jane Doe".
    static func cleanByline(_ s: String) -> String {
        var t = normalized(s)
        for prefix in ["By ", "by ", "BY ", "Von ", "Por ", "Oleh "] where t.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count))
        }
        return t
    }

    static func normalized(_ s: String) -> String { ByteSearch.normalizeWhitespace(s) }
}
