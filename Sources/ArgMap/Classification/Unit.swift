import Synchronization

/// An argumentative unit with the features the rules read: markers, stance, hedges, place.
/// A plain value (its tokens, words and markers are runs in the mapper's ``UnitStore``), so unit
/// arrays are read and copied with no reference counting; valid while the mapper's `map` call runs.
struct Unit {
    /// UTF-8 byte offsets of the first occurrence.
    var range: Range<Int>
    /// Index of the sentence it lies in.
    let sentence: Int
    /// Index of the paragraph (block) it lies in.
    let paragraph: Int
    /// Its tokens.
    let tokens: UnsafeBufferPointer<Token>
    /// Its markers, found with the unit as the run (so "initial" means the unit's opening words).
    let markers: UnsafeBufferPointer<FoundMarker>
    /// `true` for "X" of "Although X, Y".
    let isSubordinateClause: Bool
    /// `true` for "Y" of "Although X, Y".
    let followsSubordinateClause: Bool
    /// `true` when it is the first unit of its sentence.
    let opensSentence: Bool
    /// `true` when it is the first unit of its paragraph.
    var opensParagraph = false
    /// An enumeration given by a list number ("1.", "(a)") or a heading's ordinal word: the
    /// number's place in the text (empty for a bullet-less list item) and its step.
    var numbering: (range: Range<Int>, step: ListStep)?
    /// `true` when it opens a list item (a list-item block, a "1." or a bullet).
    var isListItem = false
    /// The number of sentences of the list item it opens.
    var itemSentences = 1

    init(
        range: Range<Int>, sentence: Int, paragraph: Int, tokens: UnsafeBufferPointer<Token>,
        markers: UnsafeBufferPointer<FoundMarker>,
        isSubordinateClause: Bool, followsSubordinateClause: Bool, opensSentence: Bool, store: UnitStore
    ) {
        self.range = range
        self.sentence = sentence
        self.paragraph = paragraph
        self.tokens = tokens
        self.isSubordinateClause = isSubordinateClause
        self.followsSubordinateClause = followsSubordinateClause
        self.opensSentence = opensSentence
        var key: UInt64 = 0xcbf2_9ce4_8422_2325
        self.wordHashes = store.words.run(capacity: tokens.count) { start in
            // every token's hash is written, a word's kept (no branch on the kind of token)
            var count = 0
            for token in tokens {
                (start + count).initialize(to: token.hash)
                let word: UInt64 = token.isWord ? 1 : 0
                let keep = 0 &- word  // all ones for a word
                key = ((key ^ token.hash) &* 0x100_0000_01b3) & keep | key & ~keep
                count &+= Int(word)
            }
            return count
        }
        self.statementKey = Int(truncatingIfNeeded: key)
        self.markers = markers
        // the features the rules read, in one pass (the first marker of each kind, by index; -1 for none)
        var contrast: Int16 = -1, strong: Int16 = -1, weak: Int16 = -1, attribution: Int16 = -1, result: Int16 = -1
        var hasStance = false, deontic = false, other = false, firstPerson = false
        for (k, marker) in markers.enumerated() {
            let index = Int16(truncatingIfNeeded: k)
            let sense = marker.sense, entry = marker.entry
            let opensOrAnywhere = marker.isInitial || entry.position == .anywhere
            if contrast < 0, sense == .contrast, opensOrAnywhere { contrast = index }
            if strong < 0, marker.isInitial, sense == .concession, !entry.isWeak, !entry.isAttribution { strong = index }
            if weak < 0, sense == .concession, entry.isWeak, opensOrAnywhere { weak = index }
            if attribution < 0, entry.isAttribution, sense != nil { attribution = index }
            if result < 0, sense == .result, opensOrAnywhere { result = index }
            if sense == .stance {
                hasStance = true
                if entry.isOpinion { firstPerson = true }
                if !entry.isOpinion && !entry.isEvaluative { deontic = true } else { other = true }
            }
        }
        contrastIndex = contrast
        strongConcessionIndex = strong
        weakConcessionIndex = weak
        attributionIndex = attribution
        resultIndex = result
        isFirstPersonStance = firstPerson
        stanceScore = hasStance ? (deontic ? 2 : 1.5) + (deontic && other ? 0.5 : 0) : 0
    }

    /// The marker at an index kept by `init`, if any.
    @inline(__always) private func marker(at index: Int16) -> FoundMarker? {
        index >= 0 ? markers[Int(index)] : nil
    }

    private let contrastIndex: Int16
    private let strongConcessionIndex: Int16
    private let weakConcessionIndex: Int16
    private let attributionIndex: Int16
    private let resultIndex: Int16

    /// A contrast: an opening contrast marker, or "however"/"nevertheless" anywhere in the unit.
    var contrast: FoundMarker? { marker(at: contrastIndex) }

    /// An opening concession that does not need a following contrast ("admittedly", "although").
    var strongConcession: FoundMarker? { marker(at: strongConcessionIndex) }

    /// An opening concession that counts only before a contrast ("of course", "surely").
    var weakConcession: FoundMarker? { marker(at: weakConcessionIndex) }

    /// A marker that gives the view to someone else ("critics argue", "some may find").
    var attribution: FoundMarker? { marker(at: attributionIndex) }

    /// A result marker: opening ("that's why", "so") or inside ("is therefore").
    var result: FoundMarker? { marker(at: resultIndex) }

    /// `true` when the author gives an opinion in the first person ("I think", "in my view").
    let isFirstPersonStance: Bool

    /// How strongly the unit states the author's position: a deontic modal (should, must) 2,
    /// an opinion verb or an evaluation 1.5, both kinds +0.5; 0 without stance.
    let stanceScore: Double

    /// The first opening marker with this sense.
    func lead(_ sense: DiscourseSense) -> FoundMarker? {
        let k = Leads.index(of: sense, in: markers)
        return k >= 0 ? markers[k] : nil
    }

    /// An opening marker with this sense that is the unit's first word (after "and"/"but").
    func opening(_ sense: DiscourseSense) -> FoundMarker? {
        guard let marker = lead(sense) else { return nil }
        for k in 0..<marker.tokens.lowerBound where tokens[k].isWord && !Grammar.openers.contains(tokens[k]) {
            return nil
        }
        return marker
    }

    /// `true` when the unit reports what others think ("Some dog owners assume that ...",
    /// "Many people see ..."): a quantified subject, then a verb of thinking or saying.
    var reportsOthersView: Bool {
        let words = wordHashes
        guard let first = words.first, Grammar.othersSubjects.contains(hash: first) else { return false }
        return words.prefix(7).dropFirst().contains { Grammar.viewVerbs.contains(hash: $0) }
    }

    /// `true` when the unit opens with someone else's view in the third person ("Shopkeepers fear
    /// that ...", "Landlords' groups say ..."): a verb of thinking or saying among the first four
    /// words, no first or second person before it. A counterpoint only when a contrast follows.
    var reportsThirdPartyView: Bool {
        let words = wordHashes.prefix(5)
        guard let verb = words.firstIndex(where: { Grammar.viewVerbs.contains(hash: $0) || Grammar.viewVerbForms.contains(hash: $0) }),
            verb > 0, verb <= 3
        else { return false }
        return !words[..<verb].contains { Grammar.firstAndSecondPerson.contains(hash: $0) }
    }

    /// `true` when a modal or adverb hedges it ("may", "might", "perhaps") or an emphatic
    /// "do" grants it ("patients do often report").
    var isHedged: Bool {
        if isFirstPersonStance { return false }
        for (k, token) in tokens.enumerated() where token.isWord {
            if Grammar.hedges.contains(token) { return true }
            if k > 0, Grammar.emphaticDo.contains(token),
                tokens[k - 1].isWord, k + 1 < tokens.count, tokens[k + 1].isWord,
                tokens[k + 1].hash != Grammar.notHash, !Grammar.subjects.contains(tokens[k + 1]),
                Grammar.subjects.contains(tokens[k - 1]) || tokens[k - 1].hasSuffix("s")
            {
                return true
            }
        }
        return false
    }

    /// `true` when the unit quotes someone or reports speech ("the council said", “...”).
    var isQuotedOrReported: Bool {
        if wordHashes.contains(where: { Grammar.reportingVerbs.contains(hash: $0) }) { return true }
        return tokens.contains { !$0.isWord && $0.mark == 0x22 }
    }

    /// `true` when it ends with a colon (it announces what follows).
    var endsWithColon: Bool { tokens.last?.mark == 0x3A }

    /// `true` when it ends with a question mark.
    var isQuestion: Bool { tokens.last?.mark == 0x3F }

    /// The number of words.
    var wordCount: Int { wordHashes.count }

    /// The word hashes (see ``WordHasher``) of the lowercased words, for comparing statements and
    /// word classes (computed once, held in the mapper's ``UnitStore``).
    let wordHashes: UnsafeBufferPointer<UInt64>
    /// A hash of the words, for spotting a repeated statement.
    let statementKey: Int
}

/// Where a document's units keep their tokens, word hashes and markers while the mapper's `map` call
/// runs: arenas, so that units hold plain pointers (no array to allocate, retain or release).
///
/// Stores are reused from one document to the next (``borrow(_:)``), so mapping a corpus does not
/// allocate, fault in and give back the same memory for every document.
final class UnitStore: @unchecked Sendable {
    // @unchecked: a store is used by one `map` call at a time; it changes hands only through
    // the pool's lock.

    /// The units' tokens (64 KiB chunks: below malloc's mmap threshold).
    let tokens = Arena<Token>(chunkSize: 2048)
    /// The units' word hashes.
    let words = Arena<UInt64>(chunkSize: 4096)
    /// The markers of the units' sentences and clauses.
    let markers = Arena<FoundMarker>(chunkSize: 1024)
    /// An empty unit array with room, kept from the last document (at most ``spareLimit`` units).
    var spareUnits: [Unit] {
        get { spare }
        set { spare = newValue.capacity <= Self.spareLimit ? newValue : [] }
    }
    private var spare: [Unit] = []
    /// The most units whose room a store keeps between documents.
    static let spareLimit = 4096

    /// Stores not in use, at most ``poolLimit``.
    private static let pool = Mutex<[UnitStore]>([])
    /// The most stores kept for reuse (one per thread mapping at once is enough).
    static let poolLimit = 16

    /// Calls `body` with a store no one else uses, and takes the store back afterwards; what
    /// `body` returns must not hold runs of the store.
    static func borrow<Result>(_ body: (UnitStore) -> Result) -> Result {
        let store = pool.withLock { $0.popLast() } ?? UnitStore()
        defer {
            store.tokens.reset()
            store.words.reset()
            store.markers.reset()
            pool.withLock { stores in
                if stores.count < poolLimit { stores.append(store) }
            }
        }
        return body(store)
    }
}

