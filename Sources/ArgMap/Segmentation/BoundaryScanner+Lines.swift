/// Line breaks, bullets and numbered lists.
extension BoundaryScanner {
    // MARK: Line breaks

    /// Handles a line break at `i`: a blank line always cuts; a single break cuts before a list item, a
    /// bullet, or a capitalised line after a short line without final punctuation (a heading).
    mutating func newline(at i: Int) -> Int {
        var k = i
        var breaks = 0
        var afterLastBreak = i + 1
        while k < n {
            let b = p[k]
            if b == 0x0A || (b == 0x0D && (k + 1 == n || p[k + 1] != 0x0A)) {
                breaks += 1
                afterLastBreak = k + 1
            }
            let w = whitespaceLength(at: k)
            if w == 0 { break }
            k += w
        }
        let previousLineStart = lineStart
        lineStart = afterLastBreak
        if breaks >= 2 {
            cut(at: i)
            return k
        }
        guard k < n, content < i else { return k }
        var e = i
        while e > previousLineStart {
            let w = whitespaceLength(endingAt: e)
            if w == 0 { break }
            e -= w
        }
        guard e > previousLineStart, e != lastTerminalEnd else { return k }
        if bulletLength(at: k) > 0 || listMarker(at: k) != nil {
            cut(at: i)
            return k
        }
        let last = p[e - 1]
        let continues = last == 0x2C || last == 0x3B || last == 0x3A || last == 0x2D || last == 0x28
        let previousWords = wordCount(previousLineStart, e, limit: 9)
        let next = letterClass(at: k)
        let isCapitalised = next == .upper || next == .digit
        if isCapitalised, previousWords <= 8, !continues {
            cut(at: i)  // a heading or a list line before a capitalised line
            return k
        }
        guard isCapitalised || (previousWords <= 3 && !continues) else { return k }
        // The next line, to its end: a short line without final punctuation is a heading or a list item.
        var lineEnd = k
        while lineEnd < n, p[lineEnd] != 0x0A, p[lineEnd] != 0x0D { lineEnd += 1 }
        while lineEnd > k, whitespaceLength(endingAt: lineEnd) > 0 { lineEnd -= whitespaceLength(endingAt: lineEnd) }
        let lastOfNext = lineEnd > k ? p[lineEnd - 1] : 0
        let nextIsOpen = lastOfNext == 0x2E || lastOfNext == 0x3F || lastOfNext == 0x21 || lastOfNext == 0x2C
        guard !nextIsOpen else { return k }
        if wordCount(k, lineEnd, limit: 9) <= (isCapitalised ? 8 : 3) { cut(at: i) }
        return k
    }

    func wordCount(_ from: Int, _ to: Int, limit: Int) -> Int {
        var words = 0
        var inWord = false
        var k = from
        while k < to {
            let isSpace = p[k] == 0x20 || p[k] == 0x09
            if !isSpace, !inWord {
                words += 1
                if words >= limit { return words }
            }
            inWord = !isSpace
            k += 1
        }
        return words
    }

    // MARK: Other candidates

    /// Handles a byte 0xE2 at `i`: an ellipsis or double mark, a bullet, or nothing.
    mutating func special(at i: Int) -> Int {
        guard i + 2 < n else { return i + 1 }
        let b1 = p[i + 1]
        let b2 = p[i + 2]
        if (b1 == 0x80 && b2 == 0xA6) || isDoubleMark(b1, b2) { return terminal(at: i) }
        if bulletLength(at: i) > 0 {
            if content < i, whitespaceLength(endingAt: i) > 0 { cut(at: i) }
            return i + 3
        }
        return i + 1
    }

    @inline(__always)
    func isDoubleMark(_ b1: UInt8, _ b2: UInt8) -> Bool {
        // ‼ U+203C, ⁇ U+2047, ⁈ U+2048, ⁉ U+2049
        (b1 == 0x80 && b2 == 0xBC) || (b1 == 0x81 && (b2 == 0x87 || b2 == 0x88 || b2 == 0x89))
    }

    /// Length of a bullet character at `q` (•, ⁃, ●, ◦, ▪), or of an ASCII bullet ("-", "*", "+")
    /// followed by a space at a line start; 0 otherwise.
    func bulletLength(at q: Int) -> Int {
        guard q < n else { return 0 }
        let b = p[q]
        if b == 0xE2, q + 2 < n {
            let b1 = p[q + 1]
            let b2 = p[q + 2]
            if (b1 == 0x80 && b2 == 0xA2) || (b1 == 0x81 && b2 == 0x83) || (b1 == 0x97 && (b2 == 0x8F || b2 == 0xA6))
                || (b1 == 0x96 && b2 == 0xAA)
            {
                return 3
            }
            return 0
        }
        if b == 0x2D || b == 0x2A || b == 0x2B, q + 1 < n, p[q + 1] == 0x20, q == 0 || isLineStart(q) {
            return 1
        }
        return 0
    }

    func isLineStart(_ q: Int) -> Bool {
        var k = q
        while k > 0, p[k - 1] == 0x20 || p[k - 1] == 0x09 { k -= 1 }
        return k == 0 || p[k - 1] == 0x0A || p[k - 1] == 0x0D
    }

    // MARK: Lists

    struct ListMarker {
        /// The number, or the ASCII code of the letter.
        var value: Int
        var isLetter: Bool
        /// 0: "1.", 1: "1)", 2: "1.)"
        var style: UInt8
        var length: Int

        var successor: ListMarker {
            ListMarker(value: value + 1, isLetter: isLetter, style: style, length: length)
        }
    }

    /// A list marker at `q` ("1.", "12)", "3.)", "a.", "b)") followed by whitespace.
    func listMarker(at q: Int) -> ListMarker? {
        guard q < n else { return nil }
        var k = q
        var value = 0
        var isLetter = false
        if isASCIIDigit(p[k]) {
            while k < n, k - q < 2, isASCIIDigit(p[k]) {
                value = value * 10 + Int(p[k] - 0x30)
                k += 1
            }
        } else if isASCIILetter(p[k]), k + 1 < n, !isASCIILetter(p[k + 1]) {
            value = Int(p[k])
            isLetter = true
            k += 1
        } else {
            return nil
        }
        guard k < n else { return nil }
        var style: UInt8
        if p[k] == 0x2E {
            if k + 1 < n, p[k + 1] == 0x29 {
                style = 2
                k += 2
            } else {
                style = 0
                k += 1
            }
        } else if p[k] == 0x29 {
            style = 1
            k += 1
        } else {
            return nil
        }
        guard k < n, p[k] == 0x20 || p[k] == 0x09 || p[k] == 0x0A else { return nil }
        return ListMarker(value: value, isLetter: isLetter, style: style, length: k - q)
    }

    /// The start of the next expected list item ("2." after "1. The first item ") between `from` and
    /// `through`, preceded by whitespace.
    func findExpectedMarker(from: Int, through: Int) -> Int? {
        guard let expected = expectedMarker else { return nil }
        var j = max(from, body + 1)
        while j <= through {
            if p[j] == 0x20 || p[j] == 0x09 || p[j] == 0x0A {
                var q = j + 1
                let bullet = bulletLength(at: q)
                if bullet > 0 {
                    q += bullet
                    while q < n, p[q] == 0x20 { q += 1 }
                }
                if let marker = listMarker(at: q), marker.value == expected.value, marker.style == expected.style,
                    marker.isLetter == expected.isLetter
                {
                    return j + 1
                }
            }
            j += 1
        }
        return nil
    }

    /// A list marker's token ("1", "12", "a", "iv") at the start of a sentence.
    func isListMarkerToken(_ t: Int, _ e: Int) -> Bool {
        let length = e - t
        if length == 1 { return isASCIILetter(p[t]) || isASCIIDigit(p[t]) }
        if length == 2, isASCIIDigit(p[t]), isASCIIDigit(p[t + 1]) { return true }
        guard length <= 4 else { return false }
        for k in t..<e {
            switch p[k] {
            case 0x69, 0x76, 0x78, 0x49, 0x56, 0x58: continue  // i v x I V X
            default: return false
            }
        }
        return true
    }
}
