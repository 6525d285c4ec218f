/// An argumentative unit with the features the rules read: markers, stance, hedges, place.
struct Unit: Sendable {
    /// UTF-8 byte offsets of the first occurrence.
    let range: Range<Int>
    /// Index of the sentence it lies in.
    let sentence: Int
    /// Index of the paragraph (block) it lies in.
    let paragraph: Int
    /// Its tokens.
    let tokens: [Token]
    /// Its markers, found with the unit as the run (so "initial" means the unit's opening words).
    let markers: [FoundMarker]
    /// `true` for "X" of "Although X, Y".
    let isSubordinateClause: Bool
    /// `true` for "Y" of "Although X, Y".
    let followsSubordinateClause: Bool
    /// `true` when it is the first unit of its sentence.
    let opensSentence: Bool
    /// `true` when it is the first unit of its paragraph.
    var opensParagraph = false
    /// An enumeration given by a list number ("1.", "(a)") or a heading's ordinal word.
    var numbering: (marker: Marker, step: ListStep)?
    /// Every place the unit's statement appears.
    var occurrences: [Range<Int>]

    init(
        range: Range<Int>, sentence: Int, paragraph: Int, tokens: [Token], markers: [FoundMarker],
        isSubordinateClause: Bool, followsSubordinateClause: Bool, opensSentence: Bool
    ) {
        self.range = range
        self.sentence = sentence
        self.paragraph = paragraph
        self.tokens = tokens
        self.markers = markers
        self.isSubordinateClause = isSubordinateClause
        self.followsSubordinateClause = followsSubordinateClause
        self.opensSentence = opensSentence
        self.occurrences = [range]
    }

    /// The first opening marker with this sense.
    func lead(_ sense: DiscourseSense) -> FoundMarker? {
        markers.first { $0.isInitial && $0.sense == sense }
    }

    /// The first marker with this sense, anywhere.
    func any(_ sense: DiscourseSense) -> FoundMarker? {
        markers.first { $0.sense == sense }
    }

    /// A contrast: an opening contrast marker, or "however"/"nevertheless" anywhere in the unit.
    var contrast: FoundMarker? {
        markers.first { $0.sense == .contrast && ($0.isInitial || $0.entry.position == .anywhere) }
    }

    /// An opening concession that does not need a following contrast ("admittedly", "although").
    var strongConcession: FoundMarker? {
        markers.first { $0.isInitial && $0.sense == .concession && !$0.entry.isWeak && !$0.entry.isAttribution }
    }

    /// An opening concession that counts only before a contrast ("of course", "surely").
    var weakConcession: FoundMarker? {
        markers.first { $0.sense == .concession && $0.entry.isWeak && ($0.isInitial || $0.entry.position == .anywhere) }
    }

    /// A marker that gives the view to someone else ("critics argue", "some may find").
    var attribution: FoundMarker? { markers.first { $0.entry.isAttribution && $0.sense != nil } }

    /// A result marker: opening ("that's why", "so") or inside ("is therefore").
    var result: FoundMarker? {
        markers.first { $0.sense == .result && ($0.isInitial || $0.entry.position == .anywhere) }
    }

    /// The unit's stance markers (should, must, I believe).
    var stance: [FoundMarker] { markers.filter { $0.sense == .stance } }

    /// `true` when the author speaks in the first person singular about the view ("I think").
    var isFirstPersonStance: Bool { stance.contains { $0.entry.words.first == "i" || $0.entry.words.first == "in" } }

    /// `true` when a modal or adverb hedges it ("may", "might", "perhaps") or an emphatic
    /// "do" grants it ("patients do often report").
    var isHedged: Bool {
        for (k, token) in tokens.enumerated() where token.isWord {
            if Grammar.hedges.contains(token.text) && token.text != "can" { return true }
            if k > 0, token.text == "do" || token.text == "does" || token.text == "did",
                tokens[k - 1].isWord, k + 1 < tokens.count, tokens[k + 1].isWord,
                tokens[k + 1].text != "not", !Grammar.subjects.contains(tokens[k + 1].text),
                Grammar.subjects.contains(tokens[k - 1].text) || tokens[k - 1].text.hasSuffix("s")
            {
                return true
            }
        }
        return false
    }

    /// `true` when it ends with a question mark.
    var isQuestion: Bool { tokens.last?.text == "?" }

    /// The number of words.
    var wordCount: Int { tokens.reduce(0) { $0 + ($1.isWord ? 1 : 0) } }

    /// The lowercased words, for comparing statements.
    var words: [String] { tokens.compactMap { $0.isWord ? $0.text : nil } }
}
