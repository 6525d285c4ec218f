import Foundation
import Synchronization

/// Where in a sentence a discourse marker must stand to count.
public enum MarkerPosition: String, Sendable, CaseIterable {
    /// The first words of a sentence (possibly after "and", "but" or another opening marker).
    case sentenceInitial = "initial"
    /// The start of a sentence or of a clause (after a comma, semicolon, colon or dash).
    case clauseInitial = "clause"
    /// Anywhere.
    case anywhere = "any"
}

/// How an enumeration marker places its statement in a numbered list.
public enum ListStep: Sendable, Equatable, Hashable {
    /// An explicit position ("Secondly" is 2).
    case position(Int)
    /// The next position of the open list ("Finally", "Another reason").
    case next
    /// The next position only when no explicit next ordinal follows ("Furthermore", "Moreover").
    case soft
    /// A bullet or an unnumbered list item: the next item of the current list, or a new list.
    case bullet
}

/// One entry of the discourse-marker lexicon.
public struct LexiconEntry: Sendable, Equatable {
    /// The marker as listed: lowercase words separated by single spaces.
    public let marker: String
    /// The marker's words, as matched against lowercased tokens.
    public let words: [String]
    /// The senses the marker can have, the default reading first; empty for a connective
    /// with no argumentative sense (kept so its words are not read as a shorter marker).
    public let senses: [DiscourseSense]
    /// Where the marker must stand.
    public let position: MarkerPosition
    /// `true` when the marker may open a new argumentative unit after a comma or semicolon.
    public let splits: Bool
    /// `true` when, opening a sentence, it starts a subordinate clause that ends at a comma.
    public let isSubordinator: Bool
    /// `true` for a concession that counts only when a contrast follows.
    public let isWeak: Bool
    /// `true` when the marker attributes a view to someone else ("critics argue").
    public let isAttribution: Bool
    /// The list step of an enumeration marker.
    public let listStep: ListStep?
    /// `true` for a stance marker that is the author's opinion verb ("I think"), not a modal.
    public let isOpinion: Bool
    /// `true` for a stance marker that evaluates ("is unfair", "desirable").
    public let isEvaluative: Bool
    /// The context rule that decides the reading ("since", "as", "while", "so", "first", "for"), if any.
    public let context: String?
    /// A note for people.
    public let note: String

    /// Creates an entry.
    public init(
        marker: String, senses: [DiscourseSense], position: MarkerPosition, splits: Bool = false,
        isSubordinator: Bool = false, isWeak: Bool = false, isAttribution: Bool = false,
        listStep: ListStep? = nil, isOpinion: Bool = false, isEvaluative: Bool = false, context: String? = nil,
        note: String = ""
    ) {
        self.marker = marker
        self.words = Lexicon.words(of: marker)
        self.senses = senses
        self.position = position
        self.splits = splits
        self.isSubordinator = isSubordinator
        self.isWeak = isWeak
        self.isAttribution = isAttribution
        self.listStep = listStep
        self.isOpinion = isOpinion
        self.isEvaluative = isEvaluative
        self.context = context
        self.note = note
    }

    /// The default sense, or `nil` for a connective with no argumentative sense.
    public var sense: DiscourseSense? { senses.first }
}

/// The discourse-marker lexicon: marker → senses, position and flags, read from a
/// tab-separated data file (`Resources/discourse-markers.tsv`, format described there).
///
/// The built-in lexicon is loaded once per process (``builtIn``); a user file is merged over
/// it with ``init(contentsOfFile:)``, its entries replacing built-in ones with the same marker.
public struct Lexicon: Sendable {
    /// The entries, in file order (later files' entries replace earlier ones in place).
    public let entries: [LexiconEntry]
    /// Entry indices by first word, longest entries first.
    let index: [String: [Int]]
    /// The flat tables the marker matcher reads (first words, their candidates, the word hashes).
    let matcher: MatcherTable

    /// Creates a lexicon from entries; a later entry with the same marker replaces an earlier one.
    public init(entries: [LexiconEntry]) {
        var ordered: [LexiconEntry] = []
        var position: [String: Int] = [:]
        for entry in entries where !entry.words.isEmpty {
            if let at = position[entry.marker] {
                ordered[at] = entry
            } else {
                position[entry.marker] = ordered.count
                ordered.append(entry)
            }
        }
        self.entries = ordered
        var index: [String: [Int]] = [:]
        for (i, entry) in ordered.enumerated() {
            index[entry.words[0], default: []].append(i)
        }
        for key in index.keys {
            index[key]?.sort { lhs, rhs in
                let a = ordered[lhs].words.count, b = ordered[rhs].words.count
                return a != b ? a > b : lhs < rhs
            }
        }
        self.index = index
        self.matcher = MatcherTable(
            entries: ordered, index: index, wordClasses: Grammar.matcherClasses, contextClasses: Grammar.contextClasses)
    }

    /// Parses lexicon text in the TSV format of `discourse-markers.tsv`.
    /// - Parameters:
    ///   - tsv: the file's text.
    ///   - file: the name to report in errors.
    /// - Throws: ``ArgMapError/badDataFile(file:line:reason:)`` naming the first bad line.
    public init(tsv: String, file: String) throws(ArgMapError) {
        self.init(entries: try Self.parse(tsv, file: file))
    }

    /// Reads a user lexicon file and merges it over the built-in lexicon.
    /// - Parameter path: the TSV file (same columns as the built-in one).
    /// - Throws: ``ArgMapError/unreadable(file:reason:)`` or ``ArgMapError/badDataFile(file:line:reason:)``.
    public init(contentsOfFile path: String) throws(ArgMapError) {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .unreadable(file: path, reason: "cannot read the lexicon file")
        }
        let extra = try Self.parse(text, file: path)
        self.init(entries: Self.builtIn.entries + extra)
    }

    /// The lexicon that ships with ArgMap (`Resources/discourse-markers.tsv`, compiled into the library),
    /// parsed once. The tests check that the shipped file parses; an empty lexicon is only a last resort.
    public static let builtIn: Lexicon = {
        let text = String(decoding: PackageResources.discourse_markers_tsv, as: UTF8.self)
        return (try? Lexicon(tsv: text, file: "discourse-markers.tsv")) ?? Lexicon(entries: [])
    }()

    /// The entry for a marker, if any.
    public func entry(for marker: String) -> LexiconEntry? {
        let words = Self.words(of: marker)
        guard let first = words.first, let candidates = index[first] else { return nil }
        return candidates.lazy.map { entries[$0] }.first { $0.words == words }
    }

    /// Lowercased words of a marker, with curly apostrophes made straight.
    static func words(of marker: String) -> [String] {
        straightApostrophes(marker.lowercased())
            .split(separator: " ").map { word in
                var w = Substring(word)
                while w.count > 1, w.hasSuffix(".") { w = w.dropLast() }
                return String(w)
            }
    }

    /// The text with every curly apostrophe (U+2019) made straight, on the UTF-8 bytes.
    static func straightApostrophes(_ text: String) -> String {
        var bytes = Array(text.utf8)
        guard bytes.count >= 3 else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        var changed = false
        while i < bytes.count {
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                out.append(0x27)
                i += 3
                changed = true
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        if !changed { return text }
        bytes = out
        return String(decoding: bytes, as: UTF8.self)
    }

    static func parse(_ text: String, file: String) throws(ArgMapError) -> [LexiconEntry] {
        var result: [LexiconEntry] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 3 else {
                throw .badDataFile(file: file, line: lineNumber, reason: "expected at least 3 tab-separated columns (marker, senses, position)")
            }
            let marker = columns[0].trimmedOfSpaces
            guard !marker.isEmpty else { throw .badDataFile(file: file, line: lineNumber, reason: "empty marker") }
            var senses: [DiscourseSense] = []
            let senseColumn = columns[1].trimmedOfSpaces
            if senseColumn != "-" {
                for name in senseColumn.split(separator: ",") {
                    guard let sense = DiscourseSense(rawValue: name.trimmedOfSpaces) else {
                        throw .badDataFile(file: file, line: lineNumber, reason: "unknown sense '\(name)'")
                    }
                    senses.append(sense)
                }
            }
            guard let position = MarkerPosition(rawValue: columns[2].trimmedOfSpaces) else {
                throw .badDataFile(file: file, line: lineNumber, reason: "position must be initial, clause or any")
            }
            var splits = false, sub = false, weak = false, attrib = false, opinion = false, eval = false
            var step: ListStep?
            var context: String?
            if columns.count > 3 {
                for flag in columns[3].split(separator: ",").map({ $0.trimmedOfSpaces }) where flag != "-" && !flag.isEmpty {
                    switch flag {
                    case "split": splits = true
                    case "sub": sub = true
                    case "weak": weak = true
                    case "attrib": attrib = true
                    case "opinion": opinion = true
                    case "eval": eval = true
                    case "ord=next": step = .next
                    case "ord=soft": step = .soft
                    default:
                        if flag.hasPrefix("ord="), let n = Int(flag.dropFirst(4)), n > 0 {
                            step = .position(n)
                        } else if flag.hasPrefix("ctx="), flag.count > 4 {
                            context = String(flag.dropFirst(4))
                        } else {
                            throw .badDataFile(file: file, line: lineNumber, reason: "unknown flag '\(flag)'")
                        }
                    }
                }
            }
            let note = columns.count > 4 ? columns[4] : ""
            result.append(LexiconEntry(
                marker: Self.words(of: marker).joined(separator: " "), senses: senses, position: position,
                splits: splits, isSubordinator: sub, isWeak: weak, isAttribution: attrib, listStep: step,
                isOpinion: opinion, isEvaluative: eval, context: context, note: note))
        }
        return result
    }
}

/// What the rules read of a lexicon entry, as a plain value (no reference, no String).
struct EntryFlags: Sendable, Equatable {
    /// The default sense.
    let sense: DiscourseSense?
    let position: MarkerPosition
    let splits: Bool
    let isSubordinator: Bool
    let isWeak: Bool
    let isAttribution: Bool
    let listStep: ListStep?
    let isOpinion: Bool
    let isEvaluative: Bool
    /// The marker is "but".
    let isBut: Bool
    /// The marker is "not only".
    let isNotOnly: Bool
    /// The marker ends with "ly" ("secondly").
    let endsWithLy: Bool
    /// The marker's number in ``MarkerNames``.
    let markerID: Int32

    /// The marker as listed (for tests and messages; the rules read the flags).
    var marker: String { MarkerNames.name(of: markerID) }

    /// The flags of a lexicon entry.
    init(_ entry: LexiconEntry) {
        sense = entry.senses.first
        position = entry.position
        splits = entry.splits
        isSubordinator = entry.isSubordinator
        isWeak = entry.isWeak
        isAttribution = entry.isAttribution
        listStep = entry.listStep
        isOpinion = entry.isOpinion
        isEvaluative = entry.isEvaluative
        isBut = entry.marker == "but"
        isNotOnly = entry.marker == "not only"
        endsWithLy = entry.marker.hasSuffix("ly")
        markerID = MarkerNames.id(of: entry.marker)
    }
}

/// The marker texts of every lexicon built in the process, each numbered once, so that a found
/// marker can name its entry without holding a String or a reference.
enum MarkerNames {
    private static let table = Mutex<(ids: [String: Int32], names: [String])>((ids: [:], names: []))

    /// The number of a marker text (a new one the first time it is seen).
    static func id(of marker: String) -> Int32 {
        table.withLock { table in
            if let id = table.ids[marker] { return id }
            let id = Int32(table.names.count)
            table.ids[marker] = id
            table.names.append(marker)
            return id
        }
    }

    /// The marker text with this number ("" for an unknown number).
    static func name(of id: Int32) -> String {
        table.withLock { table in id >= 0 && Int(id) < table.names.count ? table.names[Int(id)] : "" }
    }
}

/// The context rule that decides an ambiguous marker's reading (the lexicon's `ctx=` flag).
enum ContextRule: UInt8, Sendable {
    /// No rule (or a rule this version does not know): the default sense stands.
    case none
    /// "since": not when it reads as time.
    case since
    /// "as": causal only opening a clause with a subject.
    case asClause
    /// "while": not before an "-ing" form.
    case whileClause
    /// "so": not as an intensifier.
    case soClause
    /// "for": causal only opening a clause.
    case forClause
    /// "first" and its kin: an enumeration only as the sentence's first word.
    case first
    /// A "first" rule on a marker whose first word is "the" ("the first reason").
    case theFirst

    /// The rule named in the lexicon, for a marker with these words.
    init(_ name: String?, words: [String]) {
        switch name {
        case "since": self = .since
        case "as": self = .asClause
        case "while": self = .whileClause
        case "so": self = .soClause
        case "for": self = .forClause
        case "first": self = words.first == "the" ? .theFirst : .first
        default: self = .none
        }
    }
}

/// A slot of the matcher's first-word table: a word hash, the candidates of the entries that word
/// opens, and the grammar classes of the words with that hash `| 1` (as ``WordSet`` compares them).
struct MatcherSlot: Sendable {
    /// The hash of the slot's first word (of the entries' first word, when it opens entries);
    /// slots are found by this hash `| 1`. An empty slot has no candidates and no classes (every word
    /// in a table has one or the other).
    var hash: UInt64 = 0
    /// The index of the first candidate in ``MatcherTable/candidates``.
    var start: UInt32 = 0
    /// The number of candidates (0 for a word that opens no entry; a first word opens at most 65,535 entries).
    var count: UInt16 = 0
    /// The ``WordClass`` bits.
    var classes: UInt16 = 0

    /// `true` for a slot that holds no word.
    var isEmpty: Bool { count | classes == 0 }
}

/// What the matcher compares of a lexicon entry (16 bytes): its second word, where all its word
/// hashes are, and its context rule. Its flags are in ``MatcherTable/flags`` at the same index,
/// read only once it matched.
struct MatcherCandidate: Sendable {
    /// The hash of the second word (0 for a one-word entry).
    let second: UInt64
    /// The index of the entry's first word hash in ``MatcherTable/hashes``.
    let wordStart: UInt32
    /// The number of words.
    let wordCount: UInt16
    /// The context rule that decides the reading.
    let context: ContextRule
}

/// What the candidates of one first word need, for the matcher to skip those that cannot match.
struct CandidateGroup: Sendable {
    /// A 64-bit filter of the candidates' second words (bit ``MatcherTable/filterBit(of:)`` of each hash).
    let secondWords: UInt64
    /// The index in ``MatcherTable/candidates`` of the first one-word candidate (the group's end if none).
    let singles: UInt32
}

/// The marker matcher's tables, built once per lexicon and only read after: an open-addressing
/// first-word table (which also records the word classes the matcher reads on every word:
/// openers and coordinators), the candidates of each first word stored together (longest entry
/// first, then entry order), their flags in the same order, all their word hashes in one run, and
/// a second small table of the word classes only the context rules read. Plain values in six
/// allocations: matching a token touches no reference-counted object and no String.
final class MatcherTable: @unchecked Sendable {
    // @unchecked: the buffers are written only in `init` and freed in `deinit`; readers never write.
    /// The first-word slots (a power of two, at most an eighth full, so that a probe rarely goes on: measured faster than a quarter or a sixteenth).
    let slots: UnsafeMutableBufferPointer<MatcherSlot>
    /// `slots.count - 1`.
    let mask: Int
    /// The slots of the context rules' word classes (no candidates; at most half full).
    let contextSlots: UnsafeMutableBufferPointer<MatcherSlot>
    /// `contextSlots.count - 1`.
    let contextMask: Int
    /// The candidates, grouped by first word.
    let candidates: UnsafeMutableBufferPointer<MatcherCandidate>
    /// The candidates' flags (index as in ``candidates``).
    let flags: UnsafeMutableBufferPointer<EntryFlags>
    /// At the index of each first word's first candidate: what its candidates need, so that a
    /// word that follows none of them is seen without a scan.
    let groups: UnsafeMutableBufferPointer<CandidateGroup>
    /// The candidates' word hashes, as tokens carry them.
    let hashes: UnsafeMutableBufferPointer<UInt64>

    /// Builds the tables.
    /// - Parameters:
    ///   - entries: the lexicon's entries.
    ///   - index: entry indices by first word, longest first.
    ///   - wordClasses: the word classes read on every word (kept in the first-word table).
    ///   - contextClasses: the word classes only the context rules read (kept in a table of their own).
    init(entries: [LexiconEntry], index: [String: [Int]], wordClasses: [(WordClass, [String])], contextClasses: [(WordClass, [String])]) {
        var main = SlotBuilder()
        for word in index.keys.sorted() {
            // two first words whose hashes differ only in the low bit: the first (in sorted order) wins
            main.add(Tokenizer.wordHash(word.utf8), entries: index[word] ?? [])
        }
        for (wordClass, words) in wordClasses {
            for word in words { main.add(Tokenizer.wordHash(word.utf8), classes: wordClass) }
        }
        var context = SlotBuilder()
        for (wordClass, words) in contextClasses {
            for word in words { context.add(Tokenizer.wordHash(word.utf8), classes: wordClass) }
        }
        var flat: [MatcherCandidate] = []
        var flatFlags: [EntryFlags] = []
        var groupInfo: [CandidateGroup] = []
        var words: [UInt64] = []
        (slots, mask) = main.slots(spread: 8) { list in
            let start = flat.count
            var filter: UInt64 = 0
            for i in list {
                let entry = entries[i]
                let wordHashes = entry.words.map { Tokenizer.wordHash($0.utf8) }
                flat.append(MatcherCandidate(
                    second: wordHashes.count > 1 ? wordHashes[1] : 0, wordStart: UInt32(truncatingIfNeeded: words.count),
                    wordCount: UInt16(truncatingIfNeeded: wordHashes.count), context: ContextRule(entry.context, words: entry.words)))
                flatFlags.append(EntryFlags(entry))
                groupInfo.append(CandidateGroup(secondWords: 0, singles: 0))
                words.append(contentsOf: wordHashes)
                if wordHashes.count > 1 { filter |= Self.filterBit(of: wordHashes[1]) }
            }
            if start < groupInfo.count {
                // the one-word entries come last (longest first)
                let singles = flat[start...].firstIndex { $0.wordCount == 1 } ?? flat.count
                groupInfo[start] = CandidateGroup(secondWords: filter, singles: UInt32(truncatingIfNeeded: singles))
            }
            return (start, flat.count - start)
        }
        (contextSlots, contextMask) = context.slots(spread: 2) { _ in (0, 0) }
        candidates = .allocate(capacity: flat.count)
        _ = candidates.initialize(from: flat)
        flags = .allocate(capacity: flatFlags.count)
        _ = flags.initialize(from: flatFlags)
        groups = .allocate(capacity: groupInfo.count)
        _ = groups.initialize(from: groupInfo)
        hashes = .allocate(capacity: words.count)
        _ = hashes.initialize(from: words)
    }

    deinit {
        slots.deallocate()
        contextSlots.deallocate()
        candidates.deallocate()
        flags.deallocate()
        groups.deallocate()
        hashes.deallocate()
    }

    /// The bit of a word hash in a ``CandidateGroup/secondWords`` filter (from its top six bits).
    @inline(__always) static func filterBit(of hash: UInt64) -> UInt64 {
        1 &<< (hash &>> 58)
    }

    /// The slot of a word hash in `slots`; an empty slot (no candidates, no classes) when there is none.
    @inline(__always) static func slot(for wordHash: UInt64, in slots: UnsafeMutableBufferPointer<MatcherSlot>, mask: Int) -> MatcherSlot {
        let key = wordHash | 1
        var at = WordSet.home(of: key, mask: mask)
        while true {
            let slot = slots[at]
            // an empty slot is returned as it is: it has no candidates and no classes
            if slot.hash | 1 == key || slot.isEmpty { return slot }
            at = (at &+ 1) & mask
        }
    }

    /// The first-word slot of a word hash; an empty slot when the table has none.
    @inline(__always) func slot(for wordHash: UInt64) -> MatcherSlot {
        Self.slot(for: wordHash, in: slots, mask: mask)
    }

    /// The opener and coordinator classes of a token (none for punctuation).
    @inline(__always) func classes(of token: Token) -> WordClass {
        token.isWord ? WordClass(rawValue: slot(for: token.hash).classes) : []
    }

    /// The classes the context rules read of a token (none for punctuation).
    @inline(__always) func contextClasses(of token: Token) -> WordClass {
        token.isWord ? WordClass(rawValue: Self.slot(for: token.hash, in: contextSlots, mask: contextMask).classes) : []
    }

    /// The index in ``candidates`` of the first candidate of `slot` (longest first) that `accept`
    /// takes and whose words stand at token `i`, or -1. `slot` must be the slot of token `i`'s word.
    @inline(__always) func firstMatch(
        of slot: MatcherSlot, in tokens: UnsafeBufferPointer<Token>, at i: Int,
        where accept: (Int) -> Bool = { _ in true }
    ) -> Int {
        // every candidate of the slot has the slot's word first: compared once, exactly
        guard slot.count > 0, tokens[i].hash == slot.hash else { return -1 }
        let hasNext = i &+ 1 < tokens.count && tokens[i &+ 1].isWord
        let next = hasNext ? tokens[i &+ 1].hash : 0
        let start = Int(slot.start)
        let end = start &+ Int(slot.count)
        var c = start
        let group = groups[start]
        if !hasNext || group.secondWords & Self.filterBit(of: next) == 0 {
            // no entry's second word follows: only the one-word entries, which come last, can match
            c = Int(group.singles)
        }
        while c < end {
            let candidate = candidates[c]
            if candidate.wordCount == 1 || (hasNext && candidate.second == next && rest(of: candidate, tokens, at: i)) {
                if accept(c) { return c }
            }
            c &+= 1
        }
        return -1
    }

    /// `true` when the words of `candidate` after its second stand after token `i + 1`.
    @inline(__always) private func rest(of candidate: MatcherCandidate, _ tokens: UnsafeBufferPointer<Token>, at i: Int) -> Bool {
        let count = Int(candidate.wordCount)
        guard count > 2 else { return true }
        guard i &+ count <= tokens.count else { return false }
        let start = Int(candidate.wordStart)
        var k = 2
        while k < count {
            let token = tokens[i &+ k]
            guard token.isWord, token.hash == hashes[start &+ k] else { return false }
            k &+= 1
        }
        return true
    }

    /// The candidates of a first word with their flags, longest first (a copy, for tests).
    func entries(forWord word: String) -> [(candidate: MatcherCandidate, flags: EntryFlags)] {
        let slot = slot(for: Tokenizer.wordHash(word.utf8))
        let start = Int(slot.start)
        return (start..<(start + Int(slot.count))).map { (candidates[$0], flags[$0]) }
    }

}

/// Collects the words of a slot table (each hash `| 1` once, in the order first added), then lays the slots out.
private struct SlotBuilder {
    /// Each word's hash `| 1`, in the order first added.
    private var keys: [UInt64] = []
    /// The exact hash of the first word added with each key.
    private var exact: [UInt64: UInt64] = [:]
    private var lists: [UInt64: [Int]] = [:]
    private var classes: [UInt64: UInt16] = [:]

    /// Adds a word that opens these entries (ignored when a word with the same key already opens some).
    mutating func add(_ hash: UInt64, entries: [Int]) {
        guard lists[hash | 1] == nil else { return }
        if exact[hash | 1] == nil { keys.append(hash | 1); exact[hash | 1] = hash }
        lists[hash | 1] = entries
    }

    /// Adds a word of a class.
    mutating func add(_ hash: UInt64, classes wordClass: WordClass) {
        if exact[hash | 1] == nil { keys.append(hash | 1); exact[hash | 1] = hash }
        classes[hash | 1, default: 0] |= wordClass.rawValue
    }

    /// The slots, at least `spread` times as many as the words, and their mask; `place` stores a
    /// word's entries and returns where they start and how many there are.
    func slots(spread: Int, place: ([Int]) -> (start: Int, count: Int)) -> (UnsafeMutableBufferPointer<MatcherSlot>, Int) {
        var capacity = 16
        while capacity < keys.count * spread { capacity *= 2 }
        let slots = UnsafeMutableBufferPointer<MatcherSlot>.allocate(capacity: capacity)
        slots.initialize(repeating: MatcherSlot())
        let mask = capacity - 1
        for key in keys {
            let (start, count) = place(lists[key] ?? [])
            let slot = MatcherSlot(
                hash: exact[key] ?? key, start: UInt32(truncatingIfNeeded: start), count: UInt16(truncatingIfNeeded: count),
                classes: classes[key] ?? 0)
            var at = WordSet.home(of: key, mask: mask)
            while !slots[at].isEmpty { at = (at &+ 1) & mask }
            slots[at] = slot
        }
        return (slots, mask)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (Unicode category Zs and U+0009,
    /// as `CharacterSet.whitespaces`), without Foundation.
    var trimmedOfSpaces: String {
        let scalars = unicodeScalars
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == "\t" || s.properties.generalCategory == .spaceSeparator }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
