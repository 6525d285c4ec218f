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
    /// The entries as shared references, for the matcher (one retain per found marker, not one per field).
    let refs: [EntryRef]
    /// Hash slots of the first words (0 = empty), their candidate lists, and the lists.
    let slotHashes: [UInt64]
    let slotLists: [Int32]
    let candidateLists: [[Int]]

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
        self.refs = ordered.map(EntryRef.init)
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
        // open addressing on the first words' hashes: one probe per token, no String hashing
        var capacity = 64
        while capacity < index.count * 4 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var lists = [Int32](repeating: -1, count: capacity)
        var candidateLists: [[Int]] = []
        for key in index.keys.sorted() {
            let hash = Tokenizer.wordHash(key.utf8) | 1  // never 0: 0 marks an empty slot
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = hash
            lists[slot] = Int32(candidateLists.count)
            candidateLists.append(index[key] ?? [])
        }
        self.slotHashes = slots
        self.slotLists = lists
        self.candidateLists = candidateLists
    }

    /// The candidate entries for a word token (longest first), if any: one hash probe; the
    /// candidates' words are compared in full by the matcher.
    @inline(__always) func candidates(for token: Token) -> [Int]? {
        let hash = token.hash | 1
        let mask = slotHashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slotHashes[slot]
            if stored == 0 { return nil }
            if stored == hash { return candidateLists[Int(slotLists[slot])] }
            slot = (slot + 1) & mask
        }
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

/// A lexicon entry held by reference, for the matcher: the words it matches, its context
/// rule, and the flags found markers carry.
final class EntryRef: Sendable, Equatable {
    let words: [String]
    /// The word hashes of `words`, as tokens carry them.
    let hashes: [UInt64]
    /// The context rule that decides the reading, if any.
    let context: String?
    /// The entry's fields as one plain value, as found markers carry it.
    let flags: EntryFlags

    init(_ entry: LexiconEntry) {
        words = entry.words
        hashes = entry.words.map { Tokenizer.wordHash($0.utf8) }
        context = entry.context
        flags = EntryFlags(
            sense: entry.senses.first, position: entry.position, splits: entry.splits,
            isSubordinator: entry.isSubordinator, isWeak: entry.isWeak, isAttribution: entry.isAttribution,
            listStep: entry.listStep, isOpinion: entry.isOpinion, isEvaluative: entry.isEvaluative,
            isBut: entry.marker == "but", isNotOnly: entry.marker == "not only", endsWithLy: entry.marker.hasSuffix("ly"),
            markerID: MarkerNames.id(of: entry.marker))
    }

    /// The default sense.
    var sense: DiscourseSense? { flags.sense }
    /// Where the marker must stand.
    var position: MarkerPosition { flags.position }

    static func == (lhs: EntryRef, rhs: EntryRef) -> Bool { lhs === rhs }
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
