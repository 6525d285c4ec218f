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
    /// The rule behind a thesis score.
    private enum Reason: String {
        case position = "thesis-position"
        case stance = "thesis-stance"
        case conclusion = "thesis-conclusion"
        case title = "thesis-title"
        case restated = "thesis-restated"
        case mainClause = "thesis-main-clause"
    }

    /// The thesis unit, its confidence and the rule that chose it.
    /// - Parameter isMember: for each unit, whether it is a member of a numbered list.
    static func select(units: [Unit], title: String?, isMember: [Bool]) -> (index: Int, confidence: Double, rule: String)? {
        guard !units.isEmpty else { return nil }
        return units.withUnsafeBufferPointer { units in
            isMember.withUnsafeBufferPointer { isMember in select(units, title: title, isMember: isMember) }
        }
    }

    /// ``select(units:title:isMember:)`` over the units in place (no unit is copied).
    private static func select(
        _ units: UnsafeBufferPointer<Unit>, title: String?, isMember: UnsafeBufferPointer<Bool>
    ) -> (index: Int, confidence: Double, rule: String)? {
        // the two lowest and the two highest distinct paragraphs (Int.max / Int.min: none)
        var low = (Int.max, Int.max), high = (Int.min, Int.min)
        for i in units.indices {
            let p = units[i].paragraph
            if p < low.0 { low = (p, low.0) } else if p > low.0, p < low.1 { low.1 = p }
            if p > high.0 { high = (p, high.0) } else if p < high.0, p > high.1 { high.1 = p }
        }
        let multiParagraph = low.0 != high.0
        @inline(__always) func isOpening(_ p: Int) -> Bool { p == low.0 || p == low.1 }
        @inline(__always) func isClosing(_ p: Int) -> Bool { p == high.0 || p == high.1 }
        // a single paragraph handed to the mapper is taken as an argument; a longer text with no
        // stance and no argumentative marker (a news report) has no thesis
        guard !multiParagraph || isArgumentative(units) else { return nil }
        // the title's content words by hash, read from its tokens (no String per word): each distinct
        // word with the number of times the title has it, and a Bloom filter of them (two bits a word
        // in two words of 64: a word not in the title rarely passes, so the test is rarely mispredicted)
        let titleHashes = title.map(Tokenizer.contentHashes(of:)) ?? []
        var titleWords: [UInt64] = [], titleCounts: [Int] = []
        var bloom: UInt64 = 0, bloom2: UInt64 = 0
        for hash in titleHashes {
            if let k = titleWords.firstIndex(of: hash) {
                titleCounts[k] += 1
            } else {
                titleWords.append(hash)
                titleCounts.append(1)
                bloom |= 1 << (hash >> 58)
                bloom2 |= 1 << ((hash >> 52) & 63)
            }
        }
        var titleSeen = [Int](repeating: -1, count: titleWords.count)  // the last unit that had the word
        let firstParagraph = units[0].paragraph
        let lastParagraph = units[units.count - 1].paragraph
        let stop = stopWords
        @inline(__always) func isContent(_ token: Token) -> Bool {
            // each test made (punctuation's hash is 0, a stop word never), combined without branches
            let long = token.isWord && token.length >= 4
            let stopped = stop.contains(hash: token.hash)
            return (long ? 1 : 0) & (stopped ? 0 : 1) == 1
        }
        // the closing paragraph's statements, by their content words
        var closingWords: [UInt64] = [], closingStarts = [0]
        if multiParagraph {
            for i in units.indices where units[i].paragraph == lastParagraph {
                let tokens = units[i].tokens
                for k in tokens.indices where isContent(tokens[k]) { closingWords.append(tokens[k].hash) }
                closingStarts.append(closingWords.count)
            }
        }
        let closing = ClosingWords(words: closingWords, starts: closingStarts)
        var shared = [Int](repeating: 0, count: closing.statements)
        var best: (index: Int, score: Double, rule: Reason)?
        var second = -Double.infinity
        var openingBest: (index: Int, score: Double)?
        for i in units.indices {
            if units[i].strongConcession != nil || units[i].attribution != nil || units[i].isSubordinateClause { continue }
            let paragraph = units[i].paragraph
            let leads = Leads(units[i].markers)
            var score = 0.0
            var rule = Reason.position
            var strongest = 0.0
            @inline(__always) func add(_ value: Double, _ reason: Reason) {
                score += value
                if value > strongest { strongest = value; rule = reason }
            }
            let stanceScore = units[i].stanceScore
            var stance = stanceScore
            if multiParagraph, !isOpening(paragraph), !isClosing(paragraph) {
                stance *= 0.5  // an op-ed states its thesis at the start or the end, not in passing
            }
            if stance > 0 { add(stance, .stance) }
            if i > 0, units[i - 1].paragraph == paragraph, leads.has(.contrast),
                units[i - 1].weakConcession != nil || units[i - 1].strongConcession != nil
            {
                score -= 1  // answers a concession: a rebuttal
            }
            if units[i].result != nil { add(stance == 0 ? 0.5 : 1.5, .conclusion) }
            if i + 1 < units.count, answeredByContrast(units, i) { score -= 1.5 }
            if !titleHashes.isEmpty {
                // the title's words (counted as often as the title has them) that the unit has
                var found = 0
                let words = units[i].wordHashes
                for k in words.indices {
                    let word = words[k]
                    guard (bloom >> (word >> 58)) & (bloom2 >> ((word >> 52) & 63)) & 1 != 0, let t = titleWords.firstIndex(of: word), titleSeen[t] != i else { continue }
                    titleSeen[t] = i
                    found += titleCounts[t]
                }
                if found > 0 { add(3 * Double(found) / Double(titleHashes.count), .title) }
            }
            if i == 0 { add(1, .position) }
            if i == units.count - 1 { add(0.8, .position) }
            if multiParagraph {
                if paragraph == firstParagraph { add(0.5, .position) }
                if paragraph == lastParagraph { add(0.3, .position) }
                if paragraph != lastParagraph, stanceScore > 0 || i < 3 {
                    // restated in the closing paragraph: a statement there has 35% of the content words
                    // of the one with fewer (this unit's counted as often as it has them)
                    for j in shared.indices { shared[j] = 0 }
                    var count = 0
                    let tokens = units[i].tokens
                    for k in tokens.indices where isContent(tokens[k]) {
                        count += 1
                        closing.count(tokens[k].hash, into: &shared)
                    }
                    if count >= 3, closing.overlaps(shared, words: count) { add(1, .restated) }
                }
            }
            if units[i].followsSubordinateClause { add(0.5, .mainClause) }
            if units[i].isQuestion { score -= 2 }
            if leads.has(.cause), units[i].opening(.cause) != nil { score -= 1.5 }
            if leads.has(.example) { score -= 2 }
            if leads.has(.addition) { score -= 1 }
            if isMember[i] { score -= 1.5 }
            if leads.has(.contrast) { score -= 0.5 }
            if units[i].weakConcession != nil { score -= 1 }
            if multiParagraph, isOpening(paragraph), stanceScore >= 1.5,
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
        if let early = openingBest, early.index != best.index, isClosing(units[best.index].paragraph),
            units[best.index].result != nil
        {
            var late = titleHashes
            let lateTokens = units[best.index].tokens
            for k in lateTokens.indices where isContent(lateTokens[k]) { late.append(lateTokens[k].hash) }
            let earlyTokens = units[early.index].tokens
            var shared = 0
            for k in earlyTokens.indices where isContent(earlyTokens[k]) && late.contains(earlyTokens[k].hash) { shared += 1 }
            if shared >= 1 {
                second = best.score
                best = (early.index, max(early.score, best.score), .restated)
            }
        }
        let margin = second.isFinite ? best.score - second : 1
        return (best.index, min(0.95, 0.5 + 0.1 * max(0, margin)), best.rule.rawValue)
    }

    /// `true` when some unit has the author's own argumentative language (stance, or an opening
    /// conclusion or concession) outside quotations and reported speech.
    private static func isArgumentative(_ units: UnsafeBufferPointer<Unit>) -> Bool {
        for i in units.indices {
            let markers = units[i].markers
            var marked = false
            for k in markers.indices {
                guard let sense = markers[k].sense else { continue }
                if sense == .stance || ((sense == .result || sense == .concession) && markers[k].isInitial) {
                    marked = true
                    break
                }
            }
            if marked && !units[i].isQuotedOrReported { return true }
        }
        return false
    }

    /// `true` when the next unit opens with a contrast that is not itself a concession
    /// ("X. But Y", "X, yet Y"): unit `i` is then more likely conceded than the thesis.
    static func answeredByContrast(_ units: UnsafeBufferPointer<Unit>, _ i: Int) -> Bool {
        guard units[i + 1].paragraph == units[i].paragraph, let c = units[i + 1].contrast, c.isInitial else { return false }
        return units[i + 1].weakConcession == nil && units[i + 1].strongConcession == nil
    }

    /// Words of four letters or more, minus a few function words.
    static func contentWords(_ words: [String]) -> [String] {
        words.filter { $0.utf8.count >= 4 && !stopWords.contains($0) }
    }

    static let stopWords: WordSet = [
        "that", "this", "with", "from", "have", "been", "were", "they", "their", "there", "what", "which", "when",
        "would", "could", "should", "will", "about", "into", "than", "then", "them", "these", "those", "does",
        "doesn't", "also", "more", "most", "some", "such", "only", "very", "much", "many", "over", "just", "like",
        "being", "because", "while", "where", "whose", "after", "before", "other", "even",
    ]
}

/// The content words of the closing paragraph's statements: for each word (keyed as a ``WordSet``
/// keys it, `hash | 1`), the statements that have it as bits, so that a statement's overlap with
/// every closing statement is counted with one probe per word.
struct ClosingWords {
    /// Open-addressing slots of the word keys (0: an empty slot).
    private let keys: [UInt64]
    /// For each slot, `stride` words of statement bits.
    private let owners: [UInt64]
    private let stride: Int
    /// Each statement's number of distinct words (a ``WordSet``'s `count`).
    private let sizes: [Int]

    /// The number of statements.
    var statements: Int { sizes.count }

    /// The table of statements whose words are `words[starts[j]..<starts[j + 1]]`.
    init(words: [UInt64], starts: [Int]) {
        let statements = max(0, starts.count - 1)
        let stride = max(1, (statements + 63) / 64)
        var capacity = 16
        while capacity < words.count * 4 { capacity *= 2 }
        let mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: statements == 0 ? 0 : capacity)
        var owners = [UInt64](repeating: 0, count: statements == 0 ? 0 : capacity * stride)
        var sizes = [Int](repeating: 0, count: statements)
        for j in 0..<statements {
            let bit: UInt64 = 1 << UInt64(j & 63)
            for k in starts[j]..<starts[j + 1] {
                let key = words[k] | 1
                var slot = Int(truncatingIfNeeded: key) & mask
                while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
                keys[slot] = key
                let o = slot * stride + j >> 6
                if owners[o] & bit == 0 {
                    owners[o] |= bit
                    sizes[j] += 1
                }
            }
        }
        self.keys = keys
        self.owners = owners
        self.stride = stride
        self.sizes = sizes
    }

    /// Adds 1 to `shared[j]` for each statement `j` that has the word with this hash.
    @inline(__always) func count(_ hash: UInt64, into shared: inout [Int]) {
        guard !keys.isEmpty else { return }
        let key = hash | 1
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { break }
            if stored == 0 { return }
            slot = (slot + 1) & mask
        }
        for c in 0..<stride {
            var bits = owners[slot * stride + c]
            while bits != 0 {
                shared[c << 6 | bits.trailingZeroBitCount] += 1
                bits &= bits - 1
            }
        }
    }

    /// `true` when some statement shares at least 35% of the words of the one with fewer: `shared`
    /// counts, for each statement, the words (of `words`) it has.
    func overlaps(_ shared: [Int], words: Int) -> Bool {
        for j in sizes.indices where sizes[j] > 0 {
            if Double(shared[j]) / Double(min(words, sizes[j])) >= 0.35 { return true }
        }
        return false
    }
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
        let stop = ThesisSelector.stopWords
        return text.withUTF8 { buffer in
            var hashes: [UInt64] = []
            scan(buffer, in: 0..<buffer.count) { token in
                if token.isWord && token.length >= 4 && !stop.contains(hash: token.hash) { hashes.append(token.hash) }
            }
            return hashes
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
