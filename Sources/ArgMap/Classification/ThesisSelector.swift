/// Picks the statement the whole text argues for, by stated heuristics:
///
/// - stance language: a deontic modal (should, must, need to) +2, an opinion verb (I believe,
///   in my view) or an evaluation (is unfair, desirable) +1.5, both kinds +0.5 more;
/// - a conclusion marker (therefore, that's why, thus): +1.5 with stance, +0.5 without;
/// - in a text of several paragraphs, stance outside the first two and last two paragraphs counts half;
/// - a contrast answering a concession just before it: −1;
/// - answered by a contrast in the next unit ("X. But Y"): −1.5;
/// - overlap with the title: up to +3;
/// - position: the first unit +1, the last +0.8; in a text of several paragraphs the first
///   paragraph +0.5 and the last +0.3;
/// - restated in the closing paragraph (several paragraphs; statements with stance or among the
///   first three): +1; when the best statement is a
///   closing conclusion ("Thus ...") and an opening statement with stance shares a content
///   word with it or the title, the opening statement is the thesis and the conclusion restates it;
/// - the main clause after "Since X," / "Although X,": +0.5;
/// - against: a question −2, an opening cause −1.5, an example −2, an addition −1,
///   a list member −1.5, an opening contrast −0.5, a weak concession −1; concessions,
///   attributed views and subordinate clauses are never the thesis.
///
/// A text with no stance and no argumentative marker at all (a news report) has no thesis.
enum ThesisSelector {
    /// The thesis unit, its confidence and the rule that chose it.
    /// - Parameter isMember: for each unit, whether it is a member of a numbered list.
    static func select(units: [Unit], title: String?, isMember: [Bool]) -> (index: Int, confidence: Double, rule: String)? {
        guard !units.isEmpty else { return nil }
        // the author's own argumentative language, outside quotations and reported speech
        let argumentative = units.contains { unit in
            let marked = unit.markers.contains { marker in
                guard let sense = marker.sense else { return false }
                return sense == .stance || ((sense == .result || sense == .concession) && marker.isInitial)
            }
            return marked && !unit.isQuotedOrReported
        }
        // the distinct paragraphs, ascending
        var unitParagraphs: [Int] = []
        for paragraph in units.map(\.paragraph).sorted() where unitParagraphs.last != paragraph {
            unitParagraphs.append(paragraph)
        }
        let multiParagraph = unitParagraphs.count > 1
        // a single paragraph handed to the mapper is taken as an argument; a longer text with no
        // stance and no argumentative marker (a news report) has no thesis
        guard argumentative || !multiParagraph else { return nil }
        // the title's content words by hash, read from its tokens (no String per word)
        let titleHashes = title.map(Tokenizer.contentHashes(of:)) ?? []
        let titleSet = Set(titleHashes)
        let titleWords = WordSet(hashes: titleHashes)
        let firstParagraph = units[0].paragraph
        let lastParagraph = units[units.count - 1].paragraph
        let opening = Array(unitParagraphs.prefix(2))
        let closingParagraphs = Array(unitParagraphs.suffix(2))
        let closing = multiParagraph ? units.filter { $0.paragraph == lastParagraph }.map { WordSet(hashes: $0.contentHashes) } : []
        var best: (index: Int, score: Double, rule: String)?
        var second = -Double.infinity
        var openingBest: (index: Int, score: Double)?
        for (i, unit) in units.enumerated() {
            if unit.strongConcession != nil || unit.attribution != nil || unit.isSubordinateClause { continue }
            var score = 0.0
            var rule = "thesis-position"
            var strongest = 0.0
            func add(_ value: Double, _ name: String) {
                score += value
                if value > strongest { strongest = value; rule = name }
            }
            var stance = unit.stanceScore
            if multiParagraph, !opening.contains(unit.paragraph), !closingParagraphs.contains(unit.paragraph) {
                stance *= 0.5  // an op-ed states its thesis at the start or the end, not in passing
            }
            if stance > 0 { add(stance, "thesis-stance") }
            if i > 0, units[i - 1].paragraph == unit.paragraph, unit.lead(.contrast) != nil,
                units[i - 1].weakConcession != nil || units[i - 1].strongConcession != nil
            {
                score -= 1  // answers a concession: a rebuttal
            }
            if unit.result != nil { add(stance == 0 ? 0.5 : 1.5, "thesis-conclusion") }
            if i + 1 < units.count, answeredByContrast(unit, units[i + 1]) { score -= 1.5 }
            if !titleHashes.isEmpty {
                // the title's words (counted as often as the title has them) that the unit has
                var found: [UInt64] = []
                for word in unit.wordHashes where titleWords.contains(hash: word) && !found.contains(word) { found.append(word) }
                let shared = found.isEmpty ? 0 : titleHashes.reduce(0) { n, hash in found.contains(hash) ? n + 1 : n }
                if shared > 0 { add(3 * Double(shared) / Double(titleHashes.count), "thesis-title") }
            }
            if i == 0 { add(1, "thesis-position") }
            if i == units.count - 1 { add(0.8, "thesis-position") }
            if multiParagraph {
                if unit.paragraph == firstParagraph { add(0.5, "thesis-position") }
                if unit.paragraph == lastParagraph { add(0.3, "thesis-position") }
                if unit.paragraph != lastParagraph, unit.stanceScore > 0 || i < 3 {
                    let words = unit.contentHashes
                    if words.count >= 3, closing.contains(where: { overlap(words, $0) >= 0.35 }) { add(1, "thesis-restated") }
                }
            }
            if unit.followsSubordinateClause { add(0.5, "thesis-main-clause") }
            if unit.isQuestion { score -= 2 }
            if unit.opening(.cause) != nil { score -= 1.5 }
            if unit.lead(.example) != nil { score -= 2 }
            if unit.lead(.addition) != nil { score -= 1 }
            if isMember[i] { score -= 1.5 }
            if unit.lead(.contrast) != nil { score -= 0.5 }
            if unit.weakConcession != nil { score -= 1 }
            if multiParagraph, opening.contains(unit.paragraph), unit.stanceScore >= 1.5,
                openingBest.map({ score > $0.score }) ?? true
            {
                openingBest = (i, score)
            }
            if let current = best {
                if score > current.score {
                    second = current.score
                    best = (i, score, rule)
                } else {
                    second = max(second, score)
                }
            } else {
                best = (i, score, rule)
            }
        }
        guard var best else { return nil }
        // a conclusion that restates an opening claim: the opening claim is the thesis
        if let early = openingBest, early.index != best.index, closingParagraphs.contains(units[best.index].paragraph),
            units[best.index].result != nil
        {
            let late = Set(units[best.index].contentHashes).union(titleSet)
            let shared = units[early.index].contentHashes.filter { late.contains($0) }.count
            if shared >= 1 {
                second = best.score
                best = (early.index, max(early.score, best.score), "thesis-restated")
            }
        }
        let margin = second.isFinite ? best.score - second : 1
        return (best.index, min(0.95, 0.5 + 0.1 * max(0, margin)), best.rule)
    }

    /// `true` when the next unit opens with a contrast that is not itself a concession
    /// ("X. But Y", "X, yet Y"): X is then more likely conceded than the thesis.
    static func answeredByContrast(_ unit: Unit, _ next: Unit) -> Bool {
        guard next.paragraph == unit.paragraph, let c = next.contrast, c.isInitial else { return false }
        return next.weakConcession == nil && next.strongConcession == nil
    }

    /// Words of four letters or more, minus a few function words.
    static func contentWords(_ words: [String]) -> [String] {
        words.filter { $0.utf8.count >= 4 && !stopWords.contains($0) }
    }

    /// The share of `a`'s words (or of `b`'s, when fewer) found in the other.
    static func overlap(_ a: [UInt64], _ b: WordSet) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let shared = a.reduce(0) { n, hash in b.contains(hash: hash) ? n + 1 : n }
        return Double(shared) / Double(min(a.count, b.count))
    }

    static let stopWords: WordSet = [
        "that", "this", "with", "from", "have", "been", "were", "they", "their", "there", "what", "which", "when",
        "would", "could", "should", "will", "about", "into", "than", "then", "them", "these", "those", "does",
        "doesn't", "also", "more", "most", "some", "such", "only", "very", "much", "many", "over", "just", "like",
        "being", "because", "while", "where", "whose", "after", "before", "other", "even",
    ]
}

extension Tokenizer {
    /// The number of words of a string.
    static func wordCount(of text: String) -> Int {
        var text = text
        return text.withUTF8 { buffer in
            var n = 0
            scan(buffer, in: 0..<buffer.count) { token in if token.isWord { n += 1 } }
            return n
        }
    }

    /// The hashes of a string's content words (as ``ThesisSelector/contentWords(_:)`` keeps them:
    /// four bytes or more, not a stop word), in order; a word's hash is the hash of its lowercased text.
    static func contentHashes(of text: String) -> [UInt64] {
        var text = text
        return text.withUTF8 { buffer in
            tokens(buffer, in: 0..<buffer.count).compactMap { token in
                token.isWord && token.length >= 4 && !ThesisSelector.stopWords.contains(hash: token.hash) ? token.hash : nil
            }
        }
    }

    /// The lowercased words of a string (for titles and tests).
    static func words(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { buffer in
            tokens(buffer, in: 0..<buffer.count).compactMap { $0.isWord ? Tokenizer.text(of: $0, in: buffer) : nil }
        }
    }
}
