/// One pass of the segmenter over a UTF-8 buffer: finds candidate bytes, applies the boundary rules there,
/// and collects trimmed sentence ranges.
struct BoundaryScanner {
    let p: UnsafePointer<UInt8>
    let n: Int
    let table: WordTable
    var sentences: [Range<Int>] = []

    /// Untrimmed start of the current sentence (the last cut).
    var start = 0
    /// First non-whitespace byte of the current sentence.
    var content = 0
    /// First byte after a leading bullet (and the spaces after it); `content` when there is none.
    var body = 0
    /// First byte of the current line.
    var lineStart = 0
    /// End of the last terminal run (after its closing quotes and brackets).
    var lastTerminalEnd = -1
    /// The list marker expected next when the sentence started with one ("1." expects "2.").
    var expectedMarker: ListMarker?

    init(p: UnsafePointer<UInt8>, n: Int, table: WordTable) {
        self.p = p
        self.n = n
        self.table = table
        sentences.reserveCapacity(n / 96 + 4)
    }

    mutating func run() {
        beginSentence(at: 0)
        var i = 0
        while i < n {
            let c = nextCandidate(from: i)
            if expectedMarker != nil, let m = findExpectedMarker(from: i, through: min(c, n - 1)) {
                cut(at: m)
                i = m + 1
                continue
            }
            guard c < n else { break }
            switch p[c] {
            case 0x2E, 0x3F, 0x21: i = terminal(at: c)
            case 0x0A, 0x0D: i = newline(at: c)
            default: i = special(at: c)
            }
        }
        emit(upTo: n)
    }

    /// The first candidate byte (`.`, `?`, `!`, line feed, carriage return, 0xE2) at or after `from`, or `n`.
    ///
    /// Eight bytes at a time (SWAR): a word without a candidate, most of them, costs a few instructions.
    @inline(__always)
    func nextCandidate(from: Int) -> Int {
        var c = from
        let raw = UnsafeRawPointer(p)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        while c + 8 <= n {
            let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: c, as: UInt64.self))
            let hits =
                zeroBytes(x ^ (ones &* 0x2E)) | zeroBytes(x ^ (ones &* 0x3F)) | zeroBytes(x ^ (ones &* 0x21))
                | zeroBytes(x ^ (ones &* 0x0A)) | zeroBytes(x ^ (ones &* 0x0D)) | zeroBytes(x ^ (ones &* 0xE2))
            // The lowest flagged byte is exact (borrows only run upwards).
            if hits != 0 { return c + hits.trailingZeroBitCount >> 3 }
            c += 8
        }
        while c < n {
            let b = p[c]
            if b == 0x2E || b == 0x0A || b == 0x3F || b == 0x21 || b == 0xE2 || b == 0x0D { return c }
            c += 1
        }
        return n
    }

    // MARK: Cutting

    mutating func emit(upTo end: Int) {
        var s = start
        var e = end
        while s < e {
            let w = whitespaceLength(at: s)
            if w == 0 { break }
            s += w
        }
        while e > s {
            let w = whitespaceLength(endingAt: e)
            if w == 0 { break }
            e -= w
        }
        if s < e { sentences.append(s..<e) }
    }

    mutating func cut(at position: Int) {
        emit(upTo: position)
        start = position
        beginSentence(at: position)
    }

    /// Notes where the sentence starting at `s` has its content, bullet and list marker.
    mutating func beginSentence(at s: Int) {
        var q = s
        while q < n {
            let w = whitespaceLength(at: q)
            if w == 0 { break }
            q += w
        }
        content = q
        let bullet = bulletLength(at: q)
        if bullet > 0 {
            q += bullet
            while q < n, p[q] == 0x20 || p[q] == 0x09 { q += 1 }
        }
        body = q
        if let marker = listMarker(at: q) {
            let continues = expectedMarker.map { $0.value == marker.value && $0.style == marker.style } ?? false
            if !marker.isLetter || marker.value == 0x61 || marker.value == 0x41 || continues {
                expectedMarker = marker.successor
                return
            }
        }
        expectedMarker = nil
    }

    // MARK: Terminal punctuation

    /// Handles `.`, `?`, `!`, `…` and their runs at `i`; returns where scanning resumes.
    mutating func terminal(at i: Int) -> Int {
        // The run of marks: "...", "?!", ". . . .", "…".
        var j = i
        var dots = 0
        var hasQuestionOrExclamation = false
        var isSpaced = false
        while j < n {
            let b = p[j]
            if b == 0x2E {
                dots += 1
                j += 1
            } else if b == 0x3F || b == 0x21 {
                hasQuestionOrExclamation = true
                j += 1
            } else if b == 0xE2, j + 2 < n, p[j + 1] == 0x80, p[j + 2] == 0xA6 {
                dots += 3
                j += 3
            } else if b == 0xE2, j + 2 < n, isDoubleMark(p[j + 1], p[j + 2]) {
                hasQuestionOrExclamation = true
                j += 3
            } else if b == 0x20, j + 1 < n, p[j + 1] == 0x2E || p[j + 1] == 0x3F || p[j + 1] == 0x21,
                p[j + 1] == 0x2E ? dots > 0 : hasQuestionOrExclamation,
                j + 2 == n || (!isASCIIAlphanumeric(p[j + 2]) && p[j + 2] != p[j + 1])
            {
                isSpaced = true
                j += 1
            } else {
                break
            }
        }
        let runEnd = j
        // Closing quotes and brackets belong to the sentence.
        while j < n {
            let b = p[j]
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D || b == 0x7D {
                j += 1
            } else if b == 0xE2, j + 2 < n, p[j + 1] == 0x80, p[j + 2] == 0x99 || p[j + 2] == 0x9D || p[j + 2] == 0xBA {
                j += 3
            } else if b == 0xC2, j + 1 < n, p[j + 1] == 0xBB {
                j += 2
            } else {
                break
            }
        }
        let end = skipCitations(from: j)
        lastTerminalEnd = end
        guard end < n else { return n }
        guard whitespaceLength(at: end) > 0 else {
            if dots == 1, !hasQuestionOrExclamation, end == i + 1 {
                if let address = addressEnd(around: i) { return address }
                if isGluedSentenceStart(period: i) { cut(at: end) }
            } else if dots >= 3, end + 1 < n, isASCIIUpper(p[end]), isASCIILower(p[end + 1]) {
                cut(at: end)  // "anymore....He": an ellipsis glued to the next sentence
            }
            return end
        }
        var k = end
        while k < n {
            let w = whitespaceLength(at: k)
            if w == 0 { break }
            k += w
        }
        guard k < n else { return end }
        var q = k
        while q < n {
            let o = openerLength(at: q)
            if o == 0 { break }
            q += o
        }
        let next = letterClass(at: q)

        if hasQuestionOrExclamation {
            if next != .lower || isAddressStart(q) || (j == runEnd && isLowercaseWordEnd(tokenStart(before: i), i)) {
                cut(at: end)
            }
            return end
        }
        if dots == 1, let ellipsisEnd = ellipsisEnd(at: q) {
            // "vigorously. ... Specifically": the ellipsis stays with the sentence before a capital;
            // "in 1890. ...a drop": otherwise it opens the next one.
            var after = ellipsisEnd
            while after < n, whitespaceLength(at: after) > 0 { after += whitespaceLength(at: after) }
            if after > ellipsisEnd, letterClass(at: after) == .upper {
                cut(at: ellipsisEnd)
                return ellipsisEnd
            }
            cut(at: end)
            return ellipsisEnd
        }
        if dots >= 2 {
            if i > 0, p[i - 1] == 0x5B {
                // "[...]" marks an omission: a sentence ends there only when a capitalised word follows directly.
                if k == q, next == .upper { cut(at: end) }
                return end
            }
            let isAttached = i > 0 && whitespaceLength(endingAt: i) == 0
            if dots >= 4, isSpaced, isAttached, p[i + 1] == 0x20, next == .upper || next == .digit {
                // "compounds. . . . The": the period ends the sentence, the ellipsis opens the next one.
                cut(at: i + 1)
                return end
            }
            if dots >= 4 {
                if next != .lower || isAddressStart(q) { cut(at: end) }
            } else if isAddressStart(q) || (next == .upper && !nextWordKinds(at: q).contains(.ellipsisJoin)) {
                cut(at: end)
            }
            return end
        }
        if periodEndsSentence(at: i, next: next, nextWord: q, opener: k < q ? p[k] : 0) { cut(at: end) }
        return end
    }

    /// Whether a single period at `i`, followed by whitespace and then a character of class `next`
    /// (at `nextWord`, past opening quotes), ends the sentence.
    func periodEndsSentence(at i: Int, next: LetterClass, nextWord: Int, opener: UInt8) -> Bool {
        let t = tokenStart(before: i)
        if t == i { return next == .upper || next == .digit }
        if isSentenceStartMarker(t, i) { return false }
        let kinds = table.kinds(p + t, count: i - t)
        if kinds.contains(.title) { return false }
        if kinds.contains(.numeric), next == .digit { return false }
        if kinds.contains(.terminal) { return next == .upper }
        if kinds.contains(.general) || isAbbreviationShape(t, i) {
            guard next == .upper else { return false }
            let word = nextWordKinds(at: nextWord)
            guard word.contains(.starter) || word.contains(.title) else { return false }
            return !isShortOpeningPhrase(before: t)
        }
        // An ordinary word or number: the next sentence starts with a capital, a digit, a bracket or a URL.
        return next != .lower || opener == 0x28 || opener == 0x5B || isAddressStart(nextWord)
            || isLowercaseWordEnd(t, i)
    }

    /// "it is not a toy. maybe": informal text starts sentences in lower case. A lowercase word of at least
    /// three letters before a bare period (unlisted abbreviations are mostly short or capitalised; a quote or
    /// bracket after the period means "'Great.' she said") ends one.
    func isLowercaseWordEnd(_ t: Int, _ i: Int) -> Bool {
        guard i - t >= 3, i + 1 < n, whitespaceLength(at: i + 1) > 0 else { return false }
        for k in t..<i where !isASCIILower(p[k]) { return false }
        return true
    }

    /// Whether the token `t..<i` is a list or section marker opening the sentence ("1", "2.1", "a", "iv"),
    /// possibly after a bullet or an opening mark ("*1.", "⁃9.").
    func isSentenceStartMarker(_ t: Int, _ i: Int) -> Bool {
        var b = body
        while b < i {
            let o = openerLength(at: b)
            if o == 0 { break }
            b += o
        }
        guard t <= b, b < i else { return false }
        if isListMarkerToken(b, i) { return true }
        // Section numbers: "2.1", "4.1.3".
        guard i - b <= 8, isASCIIDigit(p[b]) else { return false }
        for k in b..<i where !isASCIIDigit(p[k]) && p[k] != 0x2E { return false }
        return true
    }

    /// The end of a contiguous ellipsis ("...", "…") starting at `q`, or `nil`.
    func ellipsisEnd(at q: Int) -> Int? {
        guard q + 2 < n else { return nil }
        if p[q] == 0xE2, p[q + 1] == 0x80, p[q + 2] == 0xA6 { return q + 3 }
        guard p[q] == 0x2E, p[q + 1] == 0x2E, p[q + 2] == 0x2E else { return nil }
        var e = q + 3
        while e < n, p[e] == 0x2E { e += 1 }
        return e
    }

    /// Whether a URL starts at `q` ("http://", "https://", "www.").
    func isAddressStart(_ q: Int) -> Bool {
        guard q + 4 < n else { return false }
        if p[q] == 0x77, p[q + 1] == 0x77, p[q + 2] == 0x77, p[q + 3] == 0x2E { return true }
        guard p[q] == 0x68, p[q + 1] == 0x74, p[q + 2] == 0x74, p[q + 3] == 0x70 else { return false }
        let k = p[q + 4] == 0x73 ? q + 5 : q + 4
        return k + 2 < n && p[k] == 0x3A && p[k + 1] == 0x2F && p[k + 2] == 0x2F
    }

    /// For a period inside a URL or e-mail address: the end of the address, after cutting there when a
    /// capitalised word or another address follows ("...chernobyl.htm http://...", "x@y.com Namaskar").
    /// `nil` when the period is not inside an address.
    mutating func addressEnd(around i: Int) -> Int? {
        let t = tokenStart(before: i)
        var e = i + 1
        var hasAt = false
        for k in t..<i where p[k] == 0x40 { hasAt = true }
        guard hasAt || isAddressStart(t) || (t > start && isAddressStart(t - 1)) else { return nil }
        while e < n, whitespaceLength(at: e) == 0 {
            if p[e] == 0x40 { hasAt = true }
            e += 1
        }
        guard e < n else { return n }
        let last = p[e - 1]
        // A final period or other mark is left to the terminal rules.
        if last == 0x2E || last == 0x3F || last == 0x21 { return e - 1 }
        if last == 0x2C || last == 0x3B || last == 0x3A || last == 0x29 { return e }
        var k = e
        while k < n {
            let w = whitespaceLength(at: k)
            if w == 0 { break }
            k += w
        }
        if k < n, isASCIIUpper(p[k]) || isAddressStart(k) { cut(at: e) }
        return e
    }

    /// "world.Today": a period glued to a capitalised sentence starter, outside URLs and e-mail addresses.
    func isGluedSentenceStart(period i: Int) -> Bool {
        let j = i + 1
        guard i > 0, j + 1 < n, isASCIIUpper(p[j]), isASCIILower(p[j + 1]) else { return false }
        let before = p[i - 1]
        guard isASCIILower(before) || isASCIIDigit(before) else { return false }
        let t = tokenStart(before: i)
        guard i - t >= 2 else { return false }
        for k in t..<i where p[k] == 0x2E || p[k] == 0x40 || p[k] == 0x2F || p[k] == 0x3A { return false }
        var e = j
        while e < n, e - j < 64, whitespaceLength(at: e) == 0 {
            let b = p[e]
            if b == 0x40 || b == 0x2F || b == 0x3A { return false }
            if b == 0x2E, e + 1 < n, whitespaceLength(at: e + 1) == 0 { return false }
            e += 1
        }
        let kinds = table.kinds(p + t, count: i - t)
        if kinds.contains(.title) || kinds.contains(.general) { return false }
        let word = nextWordKinds(at: j)
        return word.contains(.starter) || word.contains(.title)
    }

    /// Skips what trails a sentence end: citation marks (" [17]", "[6][7]"), an omission mark (" [...]"),
    /// a footnote number before a sentence starter ("fee. 8 Yet").
    func skipCitations(from position: Int) -> Int {
        var end = position
        while true {
            var k = end
            while k < n, p[k] == 0x20 { k += 1 }
            guard k + 2 < n else { return end }
            var d = k + 1
            if p[k] == 0x5B {
                // "[17]", "[...]", "[citation needed]"
                if isASCIIDigit(p[d]) || p[d] == 0x2E {
                    while d < n, d - k <= 4, isASCIIDigit(p[d]) || p[d] == 0x2E { d += 1 }
                } else if isASCIILower(p[d]) {
                    while d < n, d - k <= 32, isASCIILower(p[d]) || p[d] == 0x20 { d += 1 }
                } else if d + 2 < n, p[d] == 0xE2, p[d + 1] == 0x80, p[d + 2] == 0xA6 {
                    d += 3
                }
                guard d > k + 1, d < n, p[d] == 0x5D else { return end }
                d += 1
                if d < n, p[d] == 0x2E, d + 1 == n || whitespaceLength(at: d + 1) > 0 { d += 1 }  // "days. [1]."
                guard d == n || p[d] == 0x5B || whitespaceLength(at: d) > 0 else { return end }
                end = d
            } else if p[k] == 0x3A || p[k] == 0x3B, k > end {
                // An emoticon closing the sentence: ":)", ":-)", ";)", ":(", ":D", ":P"
                if p[d] == 0x2D { d += 1 }
                guard d < n, p[d] == 0x29 || p[d] == 0x28 || p[d] == 0x44 || p[d] == 0x50 else { return end }
                d += 1
                guard d == n || whitespaceLength(at: d) > 0 else { return end }
                end = d
            } else if isASCIIDigit(p[k]), k > end {
                while d < n, d - k < 2, isASCIIDigit(p[d]) { d += 1 }
                guard d + 1 < n, p[d] == 0x20, nextWordKinds(at: d + 1).contains(.starter), isASCIIUpper(p[d + 1]) else {
                    return end
                }
                return d
            } else {
                return end
            }
        }
    }

    /// Whether the sentence so far, up to the abbreviation at `t`, is a short phrase opened by a preposition
    /// ("At 5 a.m."): such a phrase does not stand alone as a sentence.
    func isShortOpeningPhrase(before t: Int) -> Bool {
        guard content < t else { return false }
        var words = 0
        var inWord = false
        for k in content..<t {
            let isSpace = p[k] == 0x20 || p[k] == 0x09 || p[k] == 0x0A
            if !isSpace, !inWord {
                words += 1
                if words > 2 { return false }
            }
            inWord = !isSpace
        }
        return nextWordKinds(at: content).contains(.opener)
    }
}
