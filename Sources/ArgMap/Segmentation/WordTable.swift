/// An open-addressing hash table from words (UTF-8 bytes, ASCII case folded) to the sections they are in.
///
/// Built once from an ``AbbreviationList``; lookups hash the bytes in place, without making a `String`.
struct WordTable: Sendable {
    /// The sections a word belongs to.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8
        static let title = Kinds(rawValue: 1)
        static let numeric = Kinds(rawValue: 2)
        static let general = Kinds(rawValue: 4)
        static let starter = Kinds(rawValue: 8)
        static let opener = Kinds(rawValue: 16)
        static let ellipsisJoin = Kinds(rawValue: 32)
        static let terminal = Kinds(rawValue: 64)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(_ section: AbbreviationList.Section) {
            switch section {
            case .title: self = .title
            case .numeric: self = .numeric
            case .general: self = .general
            case .terminal: self = .terminal
            case .starters: self = .starter
            case .openers: self = .opener
            case .ellipsisJoin: self = .ellipsisJoin
            }
        }
    }

    private struct Entry: Sendable {
        var offset: Int32
        var length: UInt8
        var isCaseSensitive: Bool
        var kinds: Kinds
    }

    /// The words' bytes, as written (case kept), one after another.
    private let bytes: [UInt8]
    private let entries: [Entry]
    /// Entry index + 1 per slot; 0 marks an empty slot.
    private let slots: [UInt16]
    private let mask: Int

    /// The table of the bundled list, built on first use.
    static let builtIn = WordTable(AbbreviationList.builtIn)

    init(_ list: AbbreviationList) {
        var bytes: [UInt8] = []
        var entries: [Entry] = []
        // Merge duplicates (same spelling, same case rule) so each word has one entry with all its kinds.
        var index: [String: Int] = [:]
        for item in list.entries {
            let word = item.word
            let isCaseSensitive = word.utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
            let key = isCaseSensitive ? word : word.lowercased()
            if let existing = index[key] {
                entries[existing].kinds.formUnion(Kinds(item.section))
                continue
            }
            guard entries.count < Int(UInt16.max) - 1, word.utf8.count <= AbbreviationList.maximumEntryLength else {
                continue
            }
            index[key] = entries.count
            entries.append(
                Entry(
                    offset: Int32(bytes.count), length: UInt8(word.utf8.count), isCaseSensitive: isCaseSensitive,
                    kinds: Kinds(item.section)))
            bytes.append(contentsOf: word.utf8)
        }
        var capacity = 64
        while capacity < entries.count * 4 { capacity *= 2 }
        var slots = [UInt16](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (i, entry) in entries.enumerated() {
            let start = Int(entry.offset)
            var slot = bytes.withUnsafeBufferPointer { buffer in
                // Entries are at most 48 bytes and `start` is within `bytes`, so the pointer is valid.
                Self.hash(buffer.baseAddress.map { $0 + start }, count: Int(entry.length))
            } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt16(i + 1)
        }
        self.bytes = bytes
        self.entries = entries
        self.slots = slots
        self.mask = mask
    }

    @inline(__always)
    private static func fold(_ b: UInt8) -> UInt8 {
        b &- 0x41 < 26 ? b | 0x20 : b
    }

    @inline(__always)
    private static func hash(_ p: UnsafePointer<UInt8>?, count: Int) -> Int {
        guard let p else { return 0 }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in 0..<count {
            h = (h ^ UInt64(fold(p[i]))) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The sections of the word in `p[0..<count]`, empty when it is not listed.
    @inline(__always)
    func kinds(_ p: UnsafePointer<UInt8>, count: Int) -> Kinds {
        guard count > 0, count <= AbbreviationList.maximumEntryLength else { return [] }
        var slot = Self.hash(p, count: count) & mask
        var found: Kinds = []
        return bytes.withUnsafeBufferPointer { table in
            guard let base = table.baseAddress else { return [] }
            while true {
                let e = Int(slots[slot])
                if e == 0 { return found }
                let entry = entries[e - 1]
                if Int(entry.length) == count {
                    let q = base + Int(entry.offset)
                    var same = true
                    if entry.isCaseSensitive {
                        for i in 0..<count where q[i] != p[i] { same = false; break }
                    } else {
                        for i in 0..<count where q[i] != Self.fold(p[i]) { same = false; break }
                    }
                    if same { found.formUnion(entry.kinds) }
                }
                slot = (slot + 1) & mask
            }
        }
    }
}
