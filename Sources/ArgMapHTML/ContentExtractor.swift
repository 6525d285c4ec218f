import ArgMap

/// Chooses the article body among a page's text blocks.
///
/// 1. Every block gets a weight: a *good* block (prose: long enough, few links) counts its length,
///    any other block counts minus `junkWeight` times its length.
/// 2. Each block-level element scores the sum over its subtree; containers the class names call
///    body (`article-body`, `itemprop=articleBody`, `<article>`) get a small bonus. The best-scoring
///    element is the article root: the smallest container holding most prose and little else, which
///    also spans bodies split over several sibling containers.
/// 3. Inside the root, blocks are kept unless they are link lists, furniture lines, disclaimers,
///    trailing author bios, the headline again, or headings that head nothing.
struct ContentExtractor {
    /// How much a byte of non-prose costs against a byte of prose when choosing the root.
    var junkWeight = 0.6
    /// Blocks whose share of linked text is above this are link lists.
    var maxLinkDensity = 0.5

    struct Result {
        var blocks: [TextBlock]
        /// The element chosen as the article root, or -1.
        var root: Int
    }

    func extract(_ page: ParsedPage, title: String?, byline: String?, articleBody: String?) -> Result {
        let elements = page.elements
        let blocks = page.blocks
        guard !elements.isEmpty, !blocks.isEmpty else { return Result(blocks: [], root: -1) }
        let bodyHints = articleBody.map { ArticleBodyHints($0) }

        // 0. Raw prose per subtree, to decide which furniture-named containers really are furniture.
        var matched = [Bool](repeating: false, count: blocks.count)
        if let bodyHints {
            for (i, block) in blocks.enumerated() where block.count >= 40 {
                matched[i] = bodyHints.contains(page.text[Int(block.start)..<Int(block.end)])
            }
        }
        // When the page holds the whole JSON-LD body, prose that the body does not contain is not the story.
        let matchedBytes = blocks.indices.reduce(0) { matched[$1] ? $0 + blocks[$1].count : $0 }
        let bodyIsComplete = (articleBody?.utf8.count ?? 0) >= 500 && Double(matchedBytes) >= 0.8 * Double(articleBody?.utf8.count ?? 0)
        let weights = blocks.indices.map { i in
            bodyIsComplete && !matched[i] && blocks[i].count >= 120 && blocks[i].kind != .heading
                ? -junkWeight * Double(blocks[i].count) : weight(blocks[i], page: page, matched: matched[i])
        }
        var prose = [Double](repeating: 0, count: elements.count)
        for (i, block) in blocks.enumerated() where block.owner >= 0 && weights[i] > 0 { prose[Int(block.owner)] += weights[i] }
        var end = [Int](repeating: 0, count: elements.count)
        var contentBelow = [Bool](repeating: false, count: elements.count)
        var articleBelow = [Bool](repeating: false, count: elements.count)
        for e in stride(from: elements.count - 1, through: 0, by: -1) {
            end[e] = max(end[e], e + 1)
            let p = Int(elements[e].parent)
            if p >= 0 {
                prose[p] += prose[e]
                end[p] = max(end[p], end[e])
                if contentBelow[e] || elements[e].verdict == .content || elements[e].isArticleLike { contentBelow[p] = true }
                if articleBelow[e] || elements[e].isArticleLike { articleBelow[p] = true }
            }
        }
        let totalProse = elements.indices.reduce(0.0) { elements[$1].parent < 0 ? $0 + prose[$1] : $0 }
        // A furniture-named container is dropped unless it wraps body-named containers or most of the prose.
        var dropped = [Bool](repeating: false, count: elements.count)
        for e in elements.indices {
            let p = Int(elements[e].parent)
            if p >= 0, dropped[p] { dropped[e] = true; continue }
            let verdict = elements[e].verdict
            if verdict == .section, !articleBelow[e], elements[e].role != .root,
                !(contentBelow[e] && prose[e] >= 0.5 * totalProse)
            {
                dropped[e] = true
            } else if verdict == .boilerplate, !contentBelow[e], elements[e].role != .root, prose[e] < 0.6 * totalProse {
                dropped[e] = true
            }
        }
        // 1. Block weights, summed per owner, then per subtree (parents precede children).
        var score = [Double](repeating: 0, count: elements.count)
        prose = [Double](repeating: 0, count: elements.count)
        for (i, block) in blocks.enumerated() where block.owner >= 0 {
            let o = Int(block.owner)
            let w = dropped[o] ? -junkWeight * Double(block.count) : weights[i]
            score[o] += w
            if w > 0 { prose[o] += w }
        }
        for e in stride(from: elements.count - 1, through: 0, by: -1) {
            let p = Int(elements[e].parent)
            if p >= 0 {
                score[p] += score[e]
                prose[p] += prose[e]
            }
        }
        // 2. The best root.
        var best = 0
        var bestScore = -Double.infinity
        for e in elements.indices {
            let el = elements[e]
            switch el.role {
            case .paragraph, .heading, .listItem, .pre: continue  // leaves, not containers
            default: break
            }
            var s = score[e]
            if el.verdict == .content || el.isArticleLike { s += 0.1 * prose[e] }
            if s > bestScore {
                bestScore = s
                best = e
            }
        }
        // Several <article>s in the root: the one with most prose is the story; small ones beside it are teasers.
        var mainArticle = -1
        for e in best..<end[best] where elements[e].isArticleLike && (mainArticle < 0 || prose[e] > prose[mainArticle]) {
            mainArticle = e
        }
        if mainArticle >= 0 {
            var e = best
            while e < end[best] {
                let isRelated = (e <= mainArticle && mainArticle < end[e]) || (mainArticle <= e && e < end[mainArticle])
                if elements[e].isArticleLike, !isRelated, prose[e] < 0.5 * prose[mainArticle] {
                    for k in e..<end[e] { dropped[k] = true }
                    e = end[e]
                } else {
                    e += 1
                }
            }
        }
        // 3. Blocks inside the root, filtered.
        var kept: [TextBlock] = []
        var keptIsProse: [Bool] = []
        let normalizedTitle = title.map(Self.comparable)
        var sawProse = false
        for block in blocks where Int(block.owner) >= best && Int(block.owner) < end[best] && !dropped[Int(block.owner)] {
            let text = page.string(block)
            let count = block.count
            guard count > 0 else { continue }
            let linkDensity = Double(block.linkBytes) / Double(count)
            // Quoted posts (embedded tweets) are link-heavy but part of the story.
            if linkDensity > (block.kind == .quote ? 0.9 : maxLinkDensity) { continue }
            if FurnitureText.isFurnitureLine(text) || FurnitureText.isDisclaimer(text) { continue }
            if let normalizedTitle, let titleBytes = title?.utf8.count, abs(count - titleBytes) < 40,
                Self.comparable(text) == normalizedTitle
            {
                continue
            }
            if FurnitureText.isAttribution(text, byline: byline) { continue }
            if block.kind == .heading {
                if block.level == 1 && !sawProse { continue }
                // A long heading above the story is a standfirst, not a crosshead.
                if !sawProse, count > 60 { continue }
                if count > 200 { continue }
                kept.append(TextBlock(kind: .heading, text: text))
                keptIsProse.append(false)
                continue
            }
            if !sawProse, Self.looksLikeByline(text, byline: byline) { continue }
            // Labels above the first paragraph: dates, kickers, "5 min read".
            if !sawProse, count < 50, !Self.endsLikeSentence(page, block) { continue }
            kept.append(TextBlock(kind: block.kind, text: text))
            keptIsProse.append(true)
            sawProse = true
        }
        // Trailing bios; headings that head nothing.
        var n = kept.count
        var k = n - 1
        while k >= max(0, n - 4) {
            if kept[k].kind != .heading,
                FurnitureText.isAuthorBio(kept[k].text, byline: byline) || FurnitureText.isPublisherNote(kept[k].text)
            {
                kept.remove(at: k)
                keptIsProse.remove(at: k)
                n -= 1
            }
            k -= 1
        }
        var result: [TextBlock] = []
        result.reserveCapacity(kept.count)
        var inRelatedList = false
        for (i, block) in kept.enumerated() {
            // "More Great Stories", "Related", "Most viewed": the heading and the list under it.
            if block.kind == .heading, Self.isRelatedHeading(block.text) {
                inRelatedList = true
                continue
            }
            if inRelatedList, block.kind == .listItem { continue }
            inRelatedList = false
            if block.kind == .heading {
                let next = i + 1 < kept.count ? keptIsProse[i + 1] : false
                if !next { continue }
            }
            result.append(block)
        }
        if result.isEmpty { return fallback(page, end: end, dropped: dropped) }
        return Result(blocks: result, root: best)
    }

    /// No prose anywhere (a table of results, a list page): the container with the most unlinked text,
    /// its blocks kept but for link lists and furniture.
    private func fallback(_ page: ParsedPage, end: [Int], dropped: [Bool]) -> Result {
        var text = [Int](repeating: 0, count: page.elements.count)
        for block in page.blocks where block.owner >= 0 && !dropped[Int(block.owner)] {
            text[Int(block.owner)] += Int(block.count - Int(block.linkBytes))
        }
        for e in stride(from: page.elements.count - 1, through: 0, by: -1) {
            let p = Int(page.elements[e].parent)
            if p >= 0 { text[p] += text[e] }
        }
        // The deepest container holding at least 80% of the page's unlinked text.
        let total = page.elements.indices.reduce(0) { page.elements[$1].parent < 0 ? $0 + text[$1] : $0 }
        guard total > 0 else { return Result(blocks: [], root: -1) }
        var root = 0
        for e in page.elements.indices where Double(text[e]) >= 0.8 * Double(total) { root = e }
        var blocks: [TextBlock] = []
        for block in page.blocks where Int(block.owner) >= root && Int(block.owner) < end[root] && !dropped[Int(block.owner)] {
            let text = page.string(block)
            if Double(block.linkBytes) > maxLinkDensity * Double(block.count) || FurnitureText.isFurnitureLine(text) { continue }
            blocks.append(TextBlock(kind: block.kind, text: text))
        }
        return Result(blocks: blocks, root: root)
    }

    /// A block's weight in the root choice.
    private func weight(_ block: PageBlock, page: ParsedPage, matched: Bool) -> Double {
        let count = Double(block.count)
        if block.kind == .heading { return -0.2 * count }
        let linkDensity = Double(block.linkBytes) / max(count, 1)
        var good = linkDensity < 0.33 && (count >= 120 || (count >= 50 && Self.endsLikeSentence(page, block)))
        if !good, matched, linkDensity < 0.5 { good = true }
        return good ? count : -junkWeight * count
    }

    private static func endsLikeSentence(_ page: ParsedPage, _ block: PageBlock) -> Bool {
        var i = Int(block.end) - 1
        while i >= Int(block.start) {
            let b = page.text[i]
            switch b {
            case 0x22, 0x27, 0x29, 0x5D, 0x20: i -= 1; continue  // quotes, brackets
            case 0x2E, 0x21, 0x3F: return true
            case 0x80...0xBF where i >= 2:
                // ” ’ » … and CJK full stops end in continuation bytes: accept the common ones.
                let a = page.text[i - 2], c = page.text[i - 1]
                if a == 0xE2 && c == 0x80 && (b == 0x9D || b == 0x99 || b == 0xA6) { if b == 0xA6 { return true }; i -= 3; continue }
                if a == 0xE3 && c == 0x80 && b == 0x82 { return true }
                return false
            default: return false
            }
        }
        return false
    }

    /// Headings of link lists: "Related", "More from ...", "Most viewed", "Read more", "You may also like".
    static func isRelatedHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        let lower = text.lowercased()
        for prefix in ["related", "more ", "most ", "read more", "read also", "also read", "see also", "you may also",
                       "you might also", "recommended", "popular", "trending", "latest", "further reading", "top stories"]
        where lower.hasPrefix(prefix) {
            return true
        }
        return false
    }

    /// A short line near the top that names the author ("By Jane Doe", the byline itself).
    static func looksLikeByline(_ text: String, byline: String?) -> Bool {
        guard text.utf8.count < 100 else { return false }
        let lower = text.lowercased()
        if lower.hasPrefix("by ") || lower.hasPrefix("von ") || lower.hasPrefix("por ") || lower.hasPrefix("oleh ") { return true }
        if let byline, !byline.isEmpty, lower == byline.lowercased() || lower.hasPrefix(byline.lowercased()) { return true }
        return false
    }

    /// Lowercased letters and digits only, for comparing a heading with the title.
    static func comparable(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }
}

/// The JSON-LD `articleBody` as a set of word 5-grams hashed, to recognise body blocks.
struct ArticleBodyHints {
    private var grams: Set<UInt64> = []

    init(_ body: String) {
        // Drop character references (`&apos;`, `&#8217;`) that some sites leave in JSON-LD.
        var bytes = Array(body.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x26 {
                var j = i + 1
                while j < bytes.count, j - i < 10, bytes[j] != 0x3B, bytes[j] != 0x20 { j += 1 }
                if j < bytes.count, bytes[j] == 0x3B { for k in i...j { bytes[k] = 0x20 } }
            }
            i += 1
        }
        for g in Self.hashes(bytes[...]) { grams.insert(g) }
    }

    var isEmpty: Bool { grams.isEmpty }

    /// `true` when most of the block's word 5-grams occur in the article body.
    func contains(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard !grams.isEmpty else { return false }
        let hs = Self.hashes(bytes)
        guard !hs.isEmpty else { return false }
        var hit = 0
        for h in hs where grams.contains(h) { hit += 1 }
        return hit * 2 >= hs.count
    }

    /// Hashes of every run of 5 consecutive words (words: maximal runs of letters/digits, ASCII-lowercased).
    static func hashes(_ bytes: ArraySlice<UInt8>) -> [UInt64] {
        var words: [UInt64] = []
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for b in bytes {
            let isWord = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
            if isWord {
                let l = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                h = (h ^ UInt64(l)) &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                words.append(h)
                h = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(h) }
        guard words.count >= 5 else { return words.isEmpty ? [] : [words.reduce(0) { $0 &* 31 &+ $1 }] }
        var out: [UInt64] = []
        out.reserveCapacity(words.count - 4)
        for i in 0...(words.count - 5) {
            var g: UInt64 = 0
            for k in 0..<5 { g = (g &* 0x9E37_79B9_7F4A_7C15) &+ words[i + k] }
            out.append(g)
        }
        return out
    }
}
