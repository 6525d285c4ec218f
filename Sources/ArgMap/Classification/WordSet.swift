/// A fixed set of lowercase words, probed by the word hash (``WordHasher``) of their bytes (the hash a
/// ``Token`` carries), so a look-up costs one hash probe and no String hashing or comparison.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// Open-addressing slots of the words' hashes (`| 1`, so 0 marks an empty slot).
    private let slots: [UInt64]
    /// The number of distinct words.
    let count: Int

    init(arrayLiteral words: String...) {
        self.init(hashes: words.map { Tokenizer.wordHash($0.utf8) })
    }

    /// A set of the words with these word hashes (as ``Token/hash`` and ``Unit/wordHashes`` give them).
    init(hashes: [UInt64]) {
        // at most one word in eight slots: a probe nearly always ends at its first slot
        var capacity = 16
        while capacity < hashes.count * 8 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var count = 0
        for word in hashes {
            let hash = word | 1
            var slot = Self.home(of: hash, mask: capacity - 1)
            while slots[slot] != 0 && slots[slot] != hash { slot = (slot + 1) & (capacity - 1) }
            if slots[slot] == 0 { count += 1 }
            slots[slot] = hash
        }
        self.slots = slots
        self.count = count
    }

    /// `true` when the set holds no word.
    var isEmpty: Bool { count == 0 }

    /// `true` when the set holds the word with this word hash.
    @inline(__always) func contains(hash: UInt64) -> Bool {
        let hash = hash | 1
        let mask = slots.count - 1
        var slot = Self.home(of: hash, mask: mask)
        while true {
            let stored = slots[slot]
            // one branch while the probe goes on: the answer itself is computed
            let found = stored == hash
            if found || stored == 0 { return found }
            slot = (slot + 1) & mask
        }
    }

    /// The first slot a key (a word hash `| 1`) is looked for in: its bits above the lowest, which
    /// every key has set. The matcher's first-word table probes the same way.
    @inline(__always) static func home(of hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash >> 1) & mask
    }

    /// `true` when the set holds the word.
    func contains(_ word: String) -> Bool { contains(hash: Tokenizer.wordHash(word.utf8)) }

    /// `true` when the token is a word the set holds.
    @inline(__always) func contains(_ token: Token) -> Bool { token.isWord && contains(hash: token.hash) }
}
