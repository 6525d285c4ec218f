/// A stretch of a sentence that makes one argumentative unit.
struct UnitSpan: Sendable, Equatable {
    /// UTF-8 byte offsets, trimmed of whitespace and of the punctuation that joined it to the next unit.
    let range: Range<Int>
    /// `true` for the subordinate clause of a sentence-initial subordinator ("Although X," in "Although X, Y").
    let isSubordinateClause: Bool
    /// `true` for the main clause that follows such a subordinate clause.
    let followsSubordinateClause: Bool
}

/// Splits a sentence into argumentative units where a marker joins two claims:
/// "X, but Y", "X, since Y", "X; Y", "Although X, Y", "X, and they Y".
enum UnitSplitter {
    /// The fewest words a unit may have; a cut that leaves fewer is not made.
    static let minimumWords = 3

    /// The units of one sentence (split where a marker joins two claims), or `nil` when the
    /// sentence is one unit as it stands (no array made for the common case; the cuts are worked
    /// out in stack space); an empty list when nothing is left of it once trimmed.
    static func splitIfCut(
        sentence: Range<Int>, tokens: UnsafeBufferPointer<Token>, markers: UnsafeBufferPointer<FoundMarker>, bytes: UnsafeBufferPointer<UInt8>
    ) -> [UnitSpan]? {
        guard tokens.count > 2 * minimumWords else { return nil }
        let opener = markers.first { $0.isInitial && $0.entry.isSubordinator && $0.sense != nil }
        // room for every candidate (a semicolon, a marker and a ", and" may each give one per token),
        // and one more for the subordinate clause's end
        let cutRoom = 2 * tokens.count + markers.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: cutRoom + tokens.count + 1) { space in
            var cuts = Cuts(space: UnsafeMutableBufferPointer(rebasing: space[..<cutRoom]))
            collectCuts(into: &cuts, tokens: tokens, markers: markers)
            if cuts.isEmpty, opener == nil { return nil }
            let words = WordCounts(tokens, space: UnsafeMutableBufferPointer(rebasing: space[cutRoom...]))
            cuts.sortUnique()
            cuts.keepValid(words)
            // "Although X, Y": the subordinate clause ends at the last comma before the next cut
            var subordinateEnd: Int?
            if let opener {
                let limit = cuts.first { $0 > opener.tokens.upperBound } ?? tokens.count
                // the main clause starts after the first comma followed by a subject ("..., a household
                // pays"), else after the last comma not followed by an appended phrase ("..., according to")
                var fallback: Int?
                for c in (opener.tokens.upperBound + 1)..<max(opener.tokens.upperBound + 1, limit) where tokens[c].mark == 0x2C {
                    guard words[opener.tokens.lowerBound..<c] >= minimumWords,
                        words[(c + 1)..<limit] >= minimumWords, c + 1 < tokens.count, tokens[c + 1].isWord
                    else { continue }
                    let next = tokens[c + 1]
                    if Grammar.subjects.contains(next) || Grammar.determiners.contains(next) {
                        subordinateEnd = c + 1
                        break
                    }
                    if !Grammar.appendedPhrase.contains(next) { fallback = c + 1 }
                }
                if subordinateEnd == nil { subordinateEnd = fallback }
                if let end = subordinateEnd {
                    cuts.append(end)
                    cuts.sort()  // a repeat stays, as it always has: it makes the cut before it check the rest
                    cuts.keepValid(words)
                    if !cuts.contains(end) { subordinateEnd = nil }
                }
            }
            if cuts.isEmpty {
                // one unit: the sentence itself, unless trimming changes it
                let range = trim(sentence, bytes: bytes, joining: false)
                if range == sentence || range.isEmpty { return range.isEmpty ? [] : nil }
                return [UnitSpan(range: range, isSubordinateClause: false, followsSubordinateClause: false)]
            }
            var spans: [UnitSpan] = []
            spans.reserveCapacity(cuts.count + 1)
            var startByte = sentence.lowerBound
            var startToken = 0
            for n in 0...cuts.count {
                let cut = n < cuts.count ? cuts[n] : tokens.count
                let endByte = cut < tokens.count ? tokens[cut].range.lowerBound : sentence.upperBound
                let range = trim(startByte..<endByte, bytes: bytes, joining: cut < tokens.count)
                if !range.isEmpty {
                    spans.append(UnitSpan(
                        range: range,
                        isSubordinateClause: subordinateEnd == cut && startToken == 0,
                        followsSubordinateClause: subordinateEnd != nil && startToken == subordinateEnd))
                }
                startByte = endByte
                startToken = cut
            }
            return spans
        }
    }

    /// The token indices where a new unit may start: after a semicolon, at a splitting marker
    /// that opens a clause, and at ", and"/", but" before a subject.
    static func collectCuts(into cuts: inout Cuts, tokens: UnsafeBufferPointer<Token>, markers: UnsafeBufferPointer<FoundMarker>) {
        let notOnly = markers.first { $0.entry.isNotOnly }
        for marker in markers where marker.entry.splits && marker.sense != nil
            && (marker.followsBreak || (marker.entry.position == .anywhere && marker.tokens.lowerBound > 0))
        {
            if marker.entry.isBut {
                // "not only X, but Y" and "but rather" keep one unit
                if let notOnly, notOnly.tokens.lowerBound < marker.tokens.lowerBound { continue }
                let after = marker.tokens.upperBound
                if after < tokens.count, Grammar.butPhrase.contains(tokens[after]) { continue }
                // "not just X, but Y" / "no longer only X, but Y"
                let before = tokens[max(0, marker.tokens.lowerBound - 10)..<marker.tokens.lowerBound]
                if let k = before.lastIndex(where: { Grammar.focusWords.contains($0) }),
                    tokens[max(0, k - 2)..<k].contains(where: { Grammar.notFocus.contains($0) })
                {
                    continue
                }
            }
            cuts.append(marker.clauseStart)
        }
        // after a semicolon; ", and they ..." : a coordinated clause with its own subject
        for k in 0..<max(0, tokens.count - 1) {
            let mark = tokens[k].mark  // 0 for a word
            if mark == 0x3B {
                cuts.append(k + 1)
            } else if mark == 0x2C, k + 2 < tokens.count, tokens[k + 1].isWord, tokens[k + 2].isWord {
                let hash = tokens[k + 1].hash
                if hash == Grammar.andHash || (hash == Grammar.butHash && notOnly == nil),
                    Grammar.subjects.contains(tokens[k + 2]) || Grammar.clauseOpeners.contains(tokens[k + 2])
                {
                    cuts.append(k + 1)
                }
            }
        }
    }

    /// Cut positions (token indices) in space the caller provides.
    struct Cuts {
        private let space: UnsafeMutableBufferPointer<Int>
        private(set) var count = 0

        init(space: UnsafeMutableBufferPointer<Int>) {
            self.space = space
        }

        var isEmpty: Bool { count == 0 }

        subscript(n: Int) -> Int { space[n] }

        /// Adds a cut; one past the space's capacity is dropped (never happens: the space has room
        /// for every candidate).
        mutating func append(_ cut: Int) {
            guard count < space.count else { return }
            space[count] = cut
            count += 1
        }

        /// The first cut that satisfies `predicate`.
        func first(where predicate: (Int) -> Bool) -> Int? {
            for n in 0..<count where predicate(space[n]) { return space[n] }
            return nil
        }

        func contains(_ cut: Int) -> Bool { first { $0 == cut } != nil }

        /// Sorts the cuts.
        func sort() {
            var cuts = UnsafeMutableBufferPointer(rebasing: space[..<count])
            cuts.sort()
        }

        /// Sorts the cuts and drops repeats.
        mutating func sortUnique() {
            guard count > 1 else { return }
            sort()
            var kept = 1
            for n in 1..<count where space[n] != space[kept - 1] {
                space[kept] = space[n]
                kept += 1
            }
            count = kept
        }

        /// Keeps the cuts that leave at least ``UnitSplitter/minimumWords`` words on each side
        mutating func keepValid(_ words: WordCounts) {
            var kept = 0
            var previous = 0
            let end = words.tokenCount
            for n in 0..<count where space[n] > previous {
                let cut = space[n]
                let next = n + 1 < count ? space[n + 1] : end
                guard words[previous..<cut] >= minimumWords, words[cut..<max(cut, next)] >= minimumWords
                    || (next < end && words[cut..<end] >= minimumWords * 2)
                else { continue }
                space[kept] = cut  // kept <= n: nothing unread is overwritten
                kept += 1
                previous = cut
            }
            // the last piece must be long enough too
            while kept > 0, words[space[kept - 1]..<end] < minimumWords { kept -= 1 }
            count = kept
        }
    }

    /// The number of words in any stretch of a run of tokens, from counts made once.
    struct WordCounts {
        /// `before[k]`: the words among the first `k` tokens.
        private let before: UnsafeMutableBufferPointer<Int>
        /// The number of tokens.
        let tokenCount: Int

        /// Counts the words of `tokens` into `space` (room for one more than the tokens).
        init(_ tokens: UnsafeBufferPointer<Token>, space: UnsafeMutableBufferPointer<Int>) {
            before = space
            tokenCount = tokens.count
            var n = 0
            space[0] = 0
            for k in tokens.indices {
                n &+= tokens[k].isWord ? 1 : 0
                space[k + 1] = n
            }
        }

        /// The words among the tokens in `range` (the part past the last token counts none).
        subscript(range: Range<Int>) -> Int {
            let upper = min(range.upperBound, tokenCount)
            guard range.lowerBound < upper else { return 0 }
            return before[upper] - before[range.lowerBound]
        }
    }


    /// Trims whitespace, and for a unit followed by another, the joining punctuation.
    static func trim(_ range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, joining: Bool) -> Range<Int> {
        var s = range.lowerBound, e = range.upperBound
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
        while s < e, isSpace(bytes[s]) { s += 1 }
        while e > s, isSpace(bytes[e - 1]) { e -= 1 }
        if joining {
            while e > s {
                let b = bytes[e - 1]
                if b == 0x2C || b == 0x3B || b == 0x3A || b == 0x2D || isSpace(b) {
                    e -= 1
                } else if e - s >= 3, bytes[e - 3] == 0xE2, bytes[e - 2] == 0x80, bytes[e - 1] == 0x93 || bytes[e - 1] == 0x94 {
                    e -= 3
                } else {
                    break
                }
            }
        }
        return s..<e
    }
}
