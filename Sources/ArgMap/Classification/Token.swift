/// A word or a punctuation mark of a sentence, found by walking UTF-8 bytes. A plain value
/// of 32 bytes (no String, no reference), so token runs cost nothing to copy or release.
struct Token: Sendable, Equatable {
    /// UTF-8 offset of the token's first byte in the document text.
    let start: Int
    /// The hash of the lowercased word's bytes (curly apostrophes made straight; see
    /// ``WordHasher``), 0 for punctuation: what the rules compare words and look up the lexicon by.
    var hash: UInt64 = 0
    /// The token's byte count in the text (a word longer than 4 GiB is not a word).
    let byteCount: UInt32
    /// `length`, stored in four bytes to keep tokens small.
    var storedLength: UInt32 = 0
    /// The last four bytes of the lowercased word, the last one lowest.
    var tail: UInt32 = 0
    /// `true` for a word, `false` for punctuation.
    let isWord: Bool
    /// `true` when the word starts with an uppercase ASCII letter.
    let isCapitalized: Bool
    /// The punctuation mark as one ASCII byte (`-` for any dash, `"` for any double quote), 0 for a word.
    var mark: UInt8 = 0
    /// `true` when the word's first character is a number.
    var startsWithNumber = false

    init(range: Range<Int>, hash: UInt64 = 0, isWord: Bool, isCapitalized: Bool, mark: UInt8 = 0) {
        start = range.lowerBound
        byteCount = UInt32(truncatingIfNeeded: range.count)
        self.hash = hash
        self.isWord = isWord
        self.isCapitalized = isCapitalized
        self.mark = mark
    }

    /// UTF-8 byte offsets in the document text.
    var range: Range<Int> { start..<(start + Int(byteCount)) }

    /// The byte length of the lowercased word (0 for punctuation).
    var length: Int {
        get { Int(storedLength) }
        set { storedLength = UInt32(truncatingIfNeeded: newValue) }
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

/// The word hash tokens carry and word sets are built from: the lowercased bytes packed eight
/// at a time into a 64-bit word, each full word folded in with one multiply, then a final mix.
/// Words never hold a zero byte, so two words of eight bytes or fewer never share a hash; a
/// multiply per eight bytes (not per byte, as FNV-1a) keeps the tokenizer's loop short.
struct WordHasher {
    private var hash: UInt64 = 0x243F_6A88_85A3_08D3
    /// The last eight bytes added, the last one lowest.
    private(set) var recent: UInt64 = 0
    /// The number of bytes added.
    private(set) var count = 0

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Adds the next byte of the word.
    @inline(__always) mutating func add(_ byte: UInt8) {
        recent = recent << 8 | UInt64(byte)
        count += 1
        if count & 7 == 0 { hash = (hash ^ recent) &* Self.multiplier }
    }

    /// Adds `n` bytes at once (0 to 8), packed with the first one highest; only where the bytes
    /// added so far are a multiple of eight (the tokenizer's eight-byte steps).
    @inline(__always) mutating func add(packed: UInt64, count n: Int) {
        // two shifts of 4n bits: eight bytes shift the old ones all out, with no branch
        let half = UInt64(n &* 4)
        recent = (recent &<< half) &<< half | packed
        count += n
        if n == 8 { hash = (hash ^ recent) &* Self.multiplier }
    }

    /// The hash of the bytes added so far.
    @inline(__always) var value: UInt64 {
        var h = hash
        let pending = UInt64(count & 7)
        if pending != 0 { h = (h ^ (recent & ((1 &<< (pending &* 8)) &- 1))) &* Self.multiplier }
        h ^= h >> 32
        h = h &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 29)
    }
}

/// Storage for one document's values (tokens, word hashes, markers): written in place in chunks
/// that never move, so a run handed out stays valid, without a copy, until the arena is released.
/// Whoever holds a run must keep the arena alive (the mapper keeps it for one `map` call).
final class Arena<Element> {
    /// Every chunk allocated (the last one is `current`) and how many elements each holds; kept
    /// untyped so that filing a chunk needs no generic metadata.
    private var chunkStarts: [UnsafeMutableRawPointer] = []
    private var chunkCounts: [Int] = []
    private var current = UnsafeMutableBufferPointer<Element>(start: nil, count: 0)
    private var used = 0
    /// The capacity of the first chunk, which ``reset()`` keeps.
    private var firstCapacity = 0
    /// Elements per chunk.
    private let chunkSize: Int

    /// Creates an arena that allocates `chunkSize` elements at a time (more for a larger run).
    init(chunkSize: Int) {
        self.chunkSize = max(1, chunkSize)
    }

    deinit {
        release(keepingFirst: false)
    }

    /// Deinitializes every element handed out and frees the chunks, the first one aside if asked.
    private func release(keepingFirst: Bool) {
        if !chunkCounts.isEmpty { chunkCounts[chunkCounts.count - 1] = used }
        for (n, (start, count)) in zip(chunkStarts, chunkCounts).enumerated() {
            let chunk = start.assumingMemoryBound(to: Element.self)
            chunk.deinitialize(count: count)
            if n > 0 || !keepingFirst { chunk.deallocate() }
        }
    }

    /// Ends every run handed out so far: the first chunk is kept for the next runs (unless a huge
    /// run made it larger than four ordinary chunks), the others are released.
    func reset() {
        let keepsFirst = firstCapacity <= 4 * chunkSize
        release(keepingFirst: keepsFirst)
        guard keepsFirst, let first = chunkStarts.first else {
            chunkStarts = []
            chunkCounts = []
            current = UnsafeMutableBufferPointer(start: nil, count: 0)
            used = 0
            return
        }
        current = UnsafeMutableBufferPointer(start: first.assumingMemoryBound(to: Element.self), count: firstCapacity)
        chunkStarts.removeSubrange(1...)
        chunkCounts = [0]
        used = 0
    }

    /// A new run of at most `capacity` elements: `fill` initializes them from the pointer it is
    /// given and returns how many it initialized.
    func run(capacity: Int, _ fill: (UnsafeMutablePointer<Element>) -> Int) -> UnsafeBufferPointer<Element> {
        if current.count - used < capacity {
            if !chunkCounts.isEmpty { chunkCounts[chunkCounts.count - 1] = used }
            current = .allocate(capacity: max(capacity, chunkSize))
            used = 0
            if chunkStarts.isEmpty { firstCapacity = current.count }
            if let base = current.baseAddress {
                chunkStarts.append(UnsafeMutableRawPointer(base))
                chunkCounts.append(0)
            }
        }
        guard capacity > 0, let base = current.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        let start = base + used
        let count = fill(start)
        used += count
        return UnsafeBufferPointer(start: start, count: count)
    }
}

extension Arena where Element == Token {
    /// The tokens of `bytes[range]`, valid while the arena lives.
    func tokens(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> UnsafeBufferPointer<Token> {
        // a token takes at least one byte
        run(capacity: min(range.upperBound, bytes.count) - range.lowerBound) { start in
            var count = 0
            Tokenizer.scan(bytes, in: range) { token in
                (start + count).initialize(to: token)
                count += 1
            }
            return count
        }
    }
}

/// Splits a byte range of UTF-8 text into word and punctuation tokens; no regex, no Character.
enum Tokenizer {
    /// The tokens of `bytes[range]`, as an array (for titles and tests; the mapper writes them
    /// to an ``Arena``).
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        scan(bytes, in: range) { tokens.append($0) }
        return tokens
    }

    /// Calls `emit` with each token of `bytes[range]`, in order.
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, emit: (Token) -> Void) {
        let end = min(range.upperBound, bytes.count)
        var i = range.lowerBound
        while i < end {
            let b = bytes[i]
            if b == 0x20 {  // the commonest byte between tokens
                i += 1
                continue
            }
            if isWordByte(b) || (b >= 0x80 && !isPunctuationSequence(bytes, at: i, end: end)) {
                let start = i
                var hasher = WordHasher()
                // ASCII letters and digits eight bytes at a time; the rest byte by byte, below
                var endsAtSpace = false  // the word is whole, and a space follows it
                if let base = bytes.baseAddress {
                    // the eight bytes may run past the range (not past the text): the count stops at its end
                    while i &+ 8 <= bytes.count {
                        let block = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        let (prefix, lowered) = asciiWordPrefix(block)
                        let n = min(prefix, end &- i)
                        if n > 0 { hasher.add(packed: lowered.byteSwapped >> UInt64(64 &- 8 &* n), count: n) }
                        i += n
                        if n < 8 {
                            endsAtSpace = n == prefix && (block &>> UInt64(8 &* n)) & 0xFF == 0x20
                            break
                        }
                    }
                }
                while !endsAtSpace, i < end {
                    let c = bytes[i]
                    if isWordByte(c) {
                        hasher.add(c &- 0x41 < 26 ? c | 0x20 : c)
                        i += 1
                    } else if c == 0x27 || c == 0x2D || c == 0x2E, i + 1 < end, isWordByte(bytes[i + 1]), hasher.count > 0 {
                        // inner apostrophe, hyphen or dot ("it's", "so-called", "e.g")
                        hasher.add(c)
                        i += 1
                    } else if c == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99,
                        i + 3 < end, isWordByte(bytes[i + 3]), hasher.count > 0
                    {
                        hasher.add(0x27)  // ’ inside a word
                        i += 3
                    } else if c >= 0x80, !isPunctuationSequence(bytes, at: i, end: end) {
                        hasher.add(c)
                        i += 1
                    } else {
                        break
                    }
                }
                let first = bytes[start]
                var token = Token(range: start..<i, hash: hasher.value, isWord: true, isCapitalized: first &- 0x41 < 26)
                token.startsWithNumber = first >= 0x80 ? startsWithNumber(bytes, at: start, end: i) : first &- 0x30 < 10
                token.length = hasher.count
                token.tail = UInt32(truncatingIfNeeded: hasher.recent)
                emit(token)
                if endsAtSpace { i += 1 }  // the space: no token
                continue
            }
            if let (mark, length) = punctuation(bytes, at: i, end: end) {
                emit(Token(range: i..<(i + length), isWord: false, isCapitalized: false, mark: mark))
                i += length
                continue
            }
            i += scalarLength(b)
        }
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

    /// The word hash (see ``WordHasher``) of a lowercased word's bytes, as ``Token/hash`` gives it.
    static func wordHash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hasher = WordHasher()
        for byte in bytes { hasher.add(byte) }
        return hasher.value
    }

    /// The byte length of the UTF-8 sequence a lead byte starts (1 for stray bytes).
    @inline(__always) static func scalarLength(_ b: UInt8) -> Int {
        b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
    }

    /// How many of the eight bytes of `block` (in memory order, little-endian) are ASCII letters
    /// or digits before the first other byte, and the block with its ASCII letters lowercased.
    @inline(__always) static func asciiWordPrefix(_ block: UInt64) -> (Int, UInt64) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = ones &* 0x80
        let ascii = block & ~high & (ones &* 0x7F)  // 7-bit values: no carry leaves a byte below
        let folded = ascii | (ones &* 0x20)
        let letters = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x80 - 0x7B))
        let digits = (ascii &+ ones &* (0x80 - 0x30)) & ~(ascii &+ ones &* (0x80 - 0x3A))
        let nonASCII = block & high
        let letterBits = letters & high & ~nonASCII
        let word = (letterBits | digits) & high & ~nonASCII
        let n = (~word & high).trailingZeroBitCount >> 3
        return (n, block | letterBits >> 2)
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
