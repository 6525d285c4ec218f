/// A word or a punctuation mark of a sentence, found by walking UTF-8 bytes. A plain value
/// (no String, no reference), so token arrays cost one allocation and nothing to release.
struct Token: Sendable, Equatable {
    /// UTF-8 byte offsets in the document text.
    let range: Range<Int>
    /// FNV-1a hash of the lowercased word's bytes (curly apostrophes made straight), 0 for
    /// punctuation: what the rules compare words and look up the lexicon by.
    var hash: UInt64 = 0
    /// `true` for a word, `false` for punctuation.
    let isWord: Bool
    /// `true` when the word starts with an uppercase ASCII letter.
    let isCapitalized: Bool
    /// The punctuation mark as one ASCII byte (`-` for any dash, `"` for any double quote), 0 for a word.
    var mark: UInt8 = 0
    /// `true` when the word's first character is a number.
    var startsWithNumber = false
    /// The byte length of the lowercased word (0 for punctuation).
    var length: Int {
        get { Int(storedLength) }
        set { storedLength = Int32(truncatingIfNeeded: newValue) }
    }
    /// `length`, stored in four bytes to keep tokens small.
    var storedLength: Int32 = 0
    /// The last three bytes of the lowercased word, the last one lowest.
    var tail: UInt32 = 0
    /// The first ``inlineCapacity`` bytes of the lowercased word.
    var prefix: (UInt64, UInt64) = (0, 0)

    /// How many bytes of the word a token keeps.
    static let inlineCapacity = 16

    /// The lowercased word (curly apostrophes made straight), cut to its first
    /// ``inlineCapacity`` bytes, or the punctuation mark; for tests and messages (the rules read
    /// ``hash``; ``Tokenizer/text(of:in:)`` gives the whole word).
    var text: String {
        guard isWord else { return String(UnicodeScalar(mark)) }
        return withUnsafeBytes(of: prefix) { raw in
            String(decoding: raw.prefix(min(length, Self.inlineCapacity)), as: UTF8.self)
        }
    }

    /// `true` when the lowercased word ends with `suffix` (at most three ASCII bytes).
    @inline(__always) func hasSuffix(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard isWord, n <= 3, length >= n else { return false }
        var packed: UInt32 = 0
        for k in 0..<n { packed = packed << 8 | UInt32(suffix.utf8Start[k]) }
        let mask: UInt32 = n == 3 ? 0xFF_FFFF : n == 2 ? 0xFFFF : n == 1 ? 0xFF : 0
        return tail & mask == packed
    }

    static func == (lhs: Token, rhs: Token) -> Bool {
        lhs.range == rhs.range && lhs.hash == rhs.hash && lhs.isWord == rhs.isWord && lhs.mark == rhs.mark
    }

    /// `true` for punctuation that ends a clause (`,` `;` `:` `-` `(`).
    var isClauseBreak: Bool { mark == 0x2C || mark == 0x3B || mark == 0x3A || mark == 0x2D || mark == 0x28 }
}

/// Space the tokenizer writes a sentence's tokens in before copying them out, kept for a
/// document's sentences (tokens are plain values: nothing to release).
final class TokenScratch {
    private var storage: UnsafeMutableBufferPointer<Token>

    init() {
        storage = .allocate(capacity: 0)
    }

    deinit {
        storage.deallocate()
    }

    /// Room for at least `count` tokens.
    func buffer(for count: Int) -> UnsafeMutableBufferPointer<Token> {
        if storage.count < count {
            storage.deallocate()
            storage = .allocate(capacity: max(count, 2 * storage.count, 256))
        }
        return storage
    }
}

/// Splits a byte range of UTF-8 text into word and punctuation tokens; no regex, no Character.
enum Tokenizer {
    /// The tokens of `bytes[range]`.
    /// - Parameter scratch: space to write them in first, reused across calls (one per document),
    ///   so the result is one array of the exact size with no growing on the way.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, scratch: TokenScratch? = nil) -> [Token] {
        let scratch = scratch ?? TokenScratch()
        let end = min(range.upperBound, bytes.count)
        // a token takes at least one byte
        let buffer = scratch.buffer(for: max(0, end - range.lowerBound))
        var count = 0
        var i = range.lowerBound
        while i < end {
            let b = bytes[i]
            if isWordByte(b) || (b >= 0x80 && !isPunctuationSequence(bytes, at: i, end: end)) {
                let start = i
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                var tail: UInt32 = 0
                var length = 0
                var prefix: (UInt64, UInt64) = (0, 0)
                @inline(__always) func put(_ c: UInt8) {
                    hash = (hash ^ UInt64(c)) &* 0x100_0000_01b3
                    tail = tail << 8 | UInt32(c)
                    let shift = UInt64(length & 7) &* 8
                    if length < 8 {
                        prefix.0 |= UInt64(c) << shift
                    } else if length < 16 {
                        prefix.1 |= UInt64(c) << shift
                    }
                    length += 1
                }
                while i < end {
                    let c = bytes[i]
                    if isWordByte(c) {
                        put(c &- 0x41 < 26 ? c | 0x20 : c)
                        i += 1
                    } else if c == 0x27 || c == 0x2D || c == 0x2E, i + 1 < end, isWordByte(bytes[i + 1]), length > 0 {
                        // inner apostrophe, hyphen or dot ("it's", "so-called", "e.g")
                        put(c)
                        i += 1
                    } else if c == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99,
                        i + 3 < end, isWordByte(bytes[i + 3]), length > 0
                    {
                        put(0x27)  // ’ inside a word
                        i += 3
                    } else if c >= 0x80, !isPunctuationSequence(bytes, at: i, end: end) {
                        put(c)
                        i += 1
                    } else {
                        break
                    }
                }
                let first = bytes[start]
                var token = Token(range: start..<i, hash: hash, isWord: true, isCapitalized: first >= 0x41 && first <= 0x5A)
                token.startsWithNumber = first >= 0x80 ? startsWithNumber(bytes, at: start, end: i) : first >= 0x30 && first <= 0x39
                token.length = length
                token.tail = tail
                token.prefix = prefix
                buffer.initializeElement(at: count, to: token)
                count += 1
                continue
            }
            if let (mark, length) = punctuation(bytes, at: i, end: end) {
                buffer.initializeElement(at: count, to: Token(range: i..<(i + length), isWord: false, isCapitalized: false, mark: mark))
                count += 1
                i += length
                continue
            }
            i += scalarLength(b)
        }
        // the scratch owns the buffer: kept alive until the tokens are copied out
        return withExtendedLifetime(scratch) { Array(UnsafeBufferPointer(rebasing: buffer[..<count])) }
    }

    /// The whole lowercased word of a word token (curly apostrophes made straight).
    static func text(of token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var word: [UInt8] = []
        word.reserveCapacity(token.range.count)
        var i = token.range.lowerBound
        while i < token.range.upperBound {
            let c = bytes[i]
            if c == 0xE2, i + 2 < token.range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                word.append(0x27)
                i += 3
            } else {
                word.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                i += 1
            }
        }
        return String(decoding: word, as: UTF8.self)
    }

    /// `true` when the first Unicode scalar at `i` is numeric (a word opening with a non-ASCII byte).
    static func startsWithNumber(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        let length = min(scalarLength(bytes[i]), end - i)
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]), as: UTF8.self).unicodeScalars.first
        return scalar?.properties.numericType != nil
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
        // ASCII letters (either case, folded by setting 0x20) and digits
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
    }

    /// Multi-byte punctuation (curly quotes, dashes, ellipsis, no-break space) that ends a word.
    static func isPunctuationSequence(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        let b = bytes[i]
        if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 || bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { return true }
        if b == 0xE2, i + 1 < end, bytes[i + 1] == 0x80 { return true }
        return false
    }

    /// The punctuation token at `i`, if any, and its byte length.
    static func punctuation(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (UInt8, Int)? {
        switch bytes[i] {
        case 0x2C: return (0x2C, 1)
        case 0x3B: return (0x3B, 1)
        case 0x3A: return (0x3A, 1)
        case 0x2E: return (0x2E, 1)
        case 0x21: return (0x21, 1)
        case 0x3F: return (0x3F, 1)
        case 0x28: return (0x28, 1)
        case 0x29: return (0x29, 1)
        case 0x22: return (0x22, 1)
        case 0x2D: return (0x2D, 1)
        case 0xE2:
            // en dash, em dash (E2 80 93/94)
            if i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { return (0x2D, 3) }
            // curly double quotes (E2 80 9C/9D)
            if i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D { return (0x22, 3) }
            return nil
        default: return nil
        }
    }
}
