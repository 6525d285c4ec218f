/// A word or a punctuation mark of a sentence, found by walking UTF-8 bytes.
struct Token: Sendable, Equatable {
    /// UTF-8 byte offsets in the document text.
    let range: Range<Int>
    /// The lowercased word (curly apostrophes made straight, a final dot dropped), or the
    /// punctuation mark (`,` `;` `:` `.` `!` `?` `(` `)`, `-` for any dash, `"` for any double quote).
    let text: String
    /// `true` for a word, `false` for punctuation.
    let isWord: Bool
    /// `true` when the word starts with an uppercase ASCII letter.
    let isCapitalized: Bool
    /// FNV-1a hash of `text`'s bytes (0 for punctuation), for lexicon look-ups without String hashing.
    var hash: UInt64 = 0
    /// The punctuation mark as one ASCII byte (`-` for any dash, `"` for any double quote), 0 for a word.
    var mark: UInt8 = 0

    /// `true` for punctuation that ends a clause (`,` `;` `:` `-` `(`).
    var isClauseBreak: Bool { mark == 0x2C || mark == 0x3B || mark == 0x3A || mark == 0x2D || mark == 0x28 }
}

/// Splits a byte range of UTF-8 text into word and punctuation tokens; no regex, no Character.
enum Tokenizer {
    /// The tokens of `bytes[range]`.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity((range.count / 5) + 4)
        var i = range.lowerBound
        let end = min(range.upperBound, bytes.count)
        var word: [UInt8] = []
        word.reserveCapacity(24)
        while i < end {
            let b = bytes[i]
            if isWordByte(b) || (b >= 0x80 && !isPunctuationSequence(bytes, at: i, end: end)) {
                let start = i
                word.removeAll(keepingCapacity: true)
                while i < end {
                    let c = bytes[i]
                    if isWordByte(c) {
                        word.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                        i += 1
                    } else if c == 0x27 || c == 0x2D || c == 0x2E, i + 1 < end, isWordByte(bytes[i + 1]), !word.isEmpty {
                        // inner apostrophe, hyphen or dot ("it's", "so-called", "e.g")
                        word.append(c)
                        i += 1
                    } else if c == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99,
                        i + 3 < end, isWordByte(bytes[i + 3]), !word.isEmpty
                    {
                        word.append(0x27)  // ’ inside a word
                        i += 3
                    } else if c >= 0x80, !isPunctuationSequence(bytes, at: i, end: end) {
                        word.append(c)
                        i += 1
                    } else {
                        break
                    }
                }
                let first = bytes[start]
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                tokens.append(Token(
                    range: start..<i, text: String(unsafeUninitializedCapacity: word.count) { out in
                        _ = out.initialize(from: word)
                        return word.count
                    },
                    isWord: true, isCapitalized: first >= 0x41 && first <= 0x5A, hash: hash))
                continue
            }
            if let (mark, length) = punctuation(bytes, at: i, end: end) {
                tokens.append(Token(
                    range: i..<(i + length), text: mark, isWord: false, isCapitalized: false, mark: mark.utf8.first ?? 0))
                i += length
                continue
            }
            i += scalarLength(b)
        }
        return tokens
    }

    /// FNV-1a over bytes.
    @inline(__always) static func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The byte length of the UTF-8 sequence a lead byte starts (1 for stray bytes).
    @inline(__always) static func scalarLength(_ b: UInt8) -> Int {
        b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    /// Multi-byte punctuation (curly quotes, dashes, ellipsis, no-break space) that ends a word.
    static func isPunctuationSequence(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        let b = bytes[i]
        if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 || bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { return true }
        if b == 0xE2, i + 1 < end, bytes[i + 1] == 0x80 { return true }
        return false
    }

    /// The punctuation token at `i`, if any, and its byte length.
    static func punctuation(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (String, Int)? {
        switch bytes[i] {
        case 0x2C: return (",", 1)
        case 0x3B: return (";", 1)
        case 0x3A: return (":", 1)
        case 0x2E: return (".", 1)
        case 0x21: return ("!", 1)
        case 0x3F: return ("?", 1)
        case 0x28: return ("(", 1)
        case 0x29: return (")", 1)
        case 0x22: return ("\"", 1)
        case 0x2D: return ("-", 1)
        case 0xE2:
            // en dash, em dash (E2 80 93/94)
            if i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { return ("-", 3) }
            // curly double quotes (E2 80 9C/9D)
            if i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D { return ("\"", 3) }
            return nil
        default: return nil
        }
    }
}
