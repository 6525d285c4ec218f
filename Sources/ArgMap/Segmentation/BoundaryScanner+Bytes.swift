/// Tokens, character classes and whitespace, read from the UTF-8 bytes.
extension BoundaryScanner {
    // MARK: Tokens

    /// The first byte of the whitespace-delimited token ending at `i`, past opening quotes and brackets.
    func tokenStart(before i: Int) -> Int {
        var t = i
        while t > start, i - t < 64 {
            let b = p[t - 1]
            if b <= 0x20 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { break }
            } else if b >= 0x80, whitespaceLength(endingAt: t) > 0 {
                break
            }
            t -= 1
        }
        while t < i {
            let o = openerLength(at: t)
            if o == 0 { break }
            t += o
        }
        return t
    }

    /// Abbreviation shapes not in the list: one letter ("E", "p"), letter groups ("U.S.A", "Ph.D"),
    /// a capitalised word of at most four letters without vowels ("Blvd", "Sgt").
    func isAbbreviationShape(_ t: Int, _ e: Int) -> Bool {
        let length = e - t
        if length == 1 { return isASCIILetter(p[t]) }
        var segment = 0
        var segments = 1
        var isGroups = true
        for k in t..<e {
            let b = p[k]
            if isASCIILetter(b) {
                segment += 1
                if segment > 3 { isGroups = false; break }
            } else if b == 0x2E, segment > 0 {
                segment = 0
                segments += 1
            } else {
                isGroups = false
                break
            }
        }
        if isGroups, segments >= 2, segment > 0 { return true }
        guard length >= 2, length <= 4, isASCIIUpper(p[t]) else { return false }
        for k in t..<e {
            let b = p[k] | 0x20
            guard isASCIILetter(p[k]), k == t || isASCIILower(p[k]) else { return false }
            if b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || b == 0x79 { return false }
        }
        return true
    }

    /// The list sections of the ASCII word starting at `q` ("However" in "However,").
    func nextWordKinds(at q: Int) -> WordTable.Kinds {
        var e = q
        while e < n, e - q < 48, isASCIILetter(p[e]) { e += 1 }
        return e > q ? table.kinds(p + q, count: e - q) : []
    }

    enum LetterClass { case upper, lower, digit, other, end }

    /// The class of the character at `q`, non-ASCII letters included; uncased letters count as upper.
    func letterClass(at q: Int) -> LetterClass {
        guard q < n else { return .end }
        let b = p[q]
        if b < 0x80 {
            if isASCIIUpper(b) { return .upper }
            if isASCIILower(b) { return .lower }
            if isASCIIDigit(b) { return .digit }
            return .other
        }
        guard let scalar = scalar(at: q) else { return .other }
        let properties = scalar.properties
        if properties.isLowercase { return .lower }
        if properties.isUppercase || properties.isAlphabetic { return .upper }
        if properties.numericType != nil { return .digit }
        return .other
    }

    func scalar(at q: Int) -> Unicode.Scalar? {
        let b = p[q]
        var value: UInt32
        var count: Int
        switch b {
        case 0xC0...0xDF: value = UInt32(b & 0x1F); count = 1
        case 0xE0...0xEF: value = UInt32(b & 0x0F); count = 2
        case 0xF0...0xF7: value = UInt32(b & 0x07); count = 3
        default: return nil
        }
        guard q + count < n else { return nil }
        for k in 1...count { value = value << 6 | UInt32(p[q + k] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Length of an opening quote or bracket at `q`: ( [ { " ' * “ ‘ « ¿ ¡; 0 otherwise.
    func openerLength(at q: Int) -> Int {
        guard q < n else { return 0 }
        let b = p[q]
        if b == 0x28 || b == 0x5B || b == 0x7B || b == 0x22 || b == 0x27 || b == 0x2A { return 1 }
        if b == 0xE2, q + 2 < n, p[q + 1] == 0x80, p[q + 2] == 0x9C || p[q + 2] == 0x98 || p[q + 2] == 0xB9 {
            return 3
        }
        if b == 0xC2, q + 1 < n, p[q + 1] == 0xAB || p[q + 1] == 0xBF || p[q + 1] == 0xA1 { return 2 }
        return 0
    }

    // MARK: Whitespace (Unicode White_Space)

    /// Length of the whitespace scalar starting at `k`, 0 when there is none.
    @inline(__always)
    func whitespaceLength(at k: Int) -> Int {
        let b = p[k]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if b < 0xC2 { return 0 }
        if b == 0xC2 { return k + 1 < n && (p[k + 1] == 0x85 || p[k + 1] == 0xA0) ? 2 : 0 }
        guard k + 2 < n else { return 0 }
        return isWhitespace3(b, p[k + 1], p[k + 2]) ? 3 : 0
    }

    /// Length of the whitespace scalar ending just before `e`, 0 when there is none.
    @inline(__always)
    func whitespaceLength(endingAt e: Int) -> Int {
        let b = p[e - 1]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if b < 0x80 { return 0 }
        if e >= 2, p[e - 2] == 0xC2, b == 0x85 || b == 0xA0 { return 2 }
        if e >= 3, isWhitespace3(p[e - 3], p[e - 2], b) { return 3 }
        return 0
    }

    @inline(__always)
    func isWhitespace3(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        switch b0 {
        case 0xE1: return b1 == 0x9A && b2 == 0x80  // U+1680
        case 0xE2:
            if b1 == 0x80 { return b2 <= 0x8A && b2 >= 0x80 || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF }
            return b1 == 0x81 && b2 == 0x9F  // U+205F
        case 0xE3: return b1 == 0x80 && b2 == 0x80  // U+3000
        default: return false
        }
    }
}

@inline(__always) func isASCIIUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
@inline(__always) func isASCIILower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
@inline(__always) func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
@inline(__always) func isASCIIDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
@inline(__always) func isASCIIAlphanumeric(_ b: UInt8) -> Bool { isASCIILetter(b) || isASCIIDigit(b) }
