/// The decision for one unit: its kind, the rule behind it, and its outgoing relation.
/// A plain value (no String, no array), so copying one costs no reference counting.
struct Decision: Sendable, Equatable {
    var kind: NodeKind = .reason
    var rule = Rule.defaultSupport
    var confidence = 0.5
    /// The markers that decided it.
    var deciding = Deciding()
    var target: Int?
    var relation: Relation = .supports
    var edgeRule = Rule.defaultSupport
    /// The edge's marker: its range in the text.
    var edgeMarker: Range<Int>?
    /// `true` when the edge's marker is the unit's list number (``Unit/numbering``) instead.
    var edgeMarkerIsNumbering = false
    var edgeConfidence = 0.4
    /// `true` for the opponent's side (counterpoints and what backs them).
    var isOpponent = false
}

/// Assigns roles and relations to units, in text order, by transparent rules:
///
/// - counterpoints: an opening concession ("admittedly", "although X,"), a view given to others
///   ("critics argue", "some may find"), a weak concession or a hedged statement right before
///   a contrast ("Of course X. But Y"), what backs a counterpoint before the contrast comes;
/// - rebuttals: a contrast after a counterpoint attacks the counterpoint that opened the
///   opponent's run; the main clause after "Although X," attacks X;
/// - a contrast after the author's own reasons inside a paragraph is an objection
///   (a counterpoint); one that opens a paragraph is the author's claim against what precedes;
/// - list members support the claim announcing the list, nested members the member they elaborate;
/// - "because/since/for" and examples support the statement before them; a conclusion
///   ("therefore", "so") is supported by the statement before it;
/// - anything else supports the claim it stands under: the list member it follows, the
///   paragraph's topic sentence, or the thesis.
/// The name of a rule behind a decision (a one-byte value: decisions copy without reference counting).
enum Rule: String, Sendable {
    /// `true` for the edges a conclusion may take over as its premise's.
    var isPlainSupport: Bool {
        switch self {
        case .defaultSupport, .additionSupport, .topicSupport, .memberElaboration: return true
        default: return false
        }
    }

    case additionReason = "addition-reason"
    case additionSupport = "addition-support"
    case attributionCounterpoint = "attribution-counterpoint"
    case causeClause = "cause-clause"
    case causeReason = "cause-reason"
    case concessionClause = "concession-clause"
    case concessionClauseRebuttal = "concession-clause-rebuttal"
    case concessionCounterpoint = "concession-counterpoint"
    case contrastClaim = "contrast-claim"
    case contrastCounterpoint = "contrast-counterpoint"
    case contrastObjection = "contrast-objection"
    case contrastRebuttal = "contrast-rebuttal"
    case defaultSupport = "default-support"
    case enumerationMember = "enumeration-member"
    case exampleSupport = "example-support"
    case hedgedCounterpoint = "hedged-counterpoint"
    case implicitCounterpoint = "implicit-counterpoint"
    case listAnnouncement = "list-announcement"
    case memberElaboration = "member-elaboration"
    case nestedListMember = "nested-list-member"
    case opponentBacking = "opponent-backing"
    case parallelCounterpoint = "parallel-counterpoint"
    case resultConclusion = "result-conclusion"
    case resultPremise = "result-premise"
    case topicSupport = "topic-support"
}

/// A marker by its place: the index of its unit and its index among the unit's markers.
struct MarkerRef: Sendable, Equatable {
    let unit: Int32
    let index: Int32

    init(unit: Int, index: Int) {
        self.unit = Int32(truncatingIfNeeded: unit)
        self.index = Int32(truncatingIfNeeded: index)
    }

    /// The marker.
    @inline(__always) func marker(in units: UnsafeBufferPointer<Unit>) -> FoundMarker {
        units[Int(unit)].markers[Int(index)]
    }
}

/// The markers that decided a unit, without an array and without copies of the markers: at most
/// two, by place, or the opening markers of a unit ("opponent-backing"), read from the units when
/// the node is built.
struct Deciding: Sendable, Equatable {
    var first: MarkerRef?
    var second: MarkerRef?
    /// The unit whose opening markers (stance aside) decided it; -1 for none.
    var openingsOf: Int32 = -1

    init(_ first: MarkerRef? = nil, _ second: MarkerRef? = nil) {
        self.first = first
        self.second = second
    }

    init(openingsOf unit: Int) {
        openingsOf = Int32(truncatingIfNeeded: unit)
    }

    /// `true` for the markers "opponent-backing" takes from a unit.
    @inline(__always) static func isOpening(_ marker: FoundMarker) -> Bool {
        marker.isInitial && marker.sense != nil && marker.sense != .stance
    }

    /// Calls `body` with each marker, in order (no array made).
    @inline(__always) func forEachMarker(in units: UnsafeBufferPointer<Unit>, _ body: (FoundMarker) -> Void) {
        if openingsOf >= 0 {
            for marker in units[Int(openingsOf)].markers where Self.isOpening(marker) { body(marker) }
            return
        }
        if let first { body(first.marker(in: units)) }
        if let second { body(second.marker(in: units)) }
    }

    /// The first marker.
    func leading(in units: UnsafeBufferPointer<Unit>) -> FoundMarker? {
        if openingsOf >= 0 { return units[Int(openingsOf)].markers.first(where: Self.isOpening) }
        return first?.marker(in: units)
    }
}

/// The senses of a unit's opening markers, as bits (one for each sense ``Unit/lead(_:)`` finds),
/// read in one pass over its markers: the rules then test a bit instead of scanning the markers again.
struct Leads {
    let bits: UInt16

    @inline(__always) init(_ markers: UnsafeBufferPointer<FoundMarker>) {
        var bits: UInt16 = 0
        for k in markers.indices where markers[k].isInitial {
            if let sense = markers[k].sense { bits |= Self.bit(sense) }
        }
        self.bits = bits
    }

    @inline(__always) static func bit(_ sense: DiscourseSense) -> UInt16 {
        switch sense {
        case .enumeration: return 1
        case .concession: return 1 << 1
        case .contrast: return 1 << 2
        case .cause: return 1 << 3
        case .result: return 1 << 4
        case .addition: return 1 << 5
        case .example: return 1 << 6
        case .restatement: return 1 << 7
        case .condition: return 1 << 8
        case .stance: return 1 << 9
        }
    }

    /// `true` when `lead(sense)` is not `nil`.
    @inline(__always) func has(_ sense: DiscourseSense) -> Bool { bits & Self.bit(sense) != 0 }

    /// The index in `markers` of the first opening marker with this sense (what ``Unit/lead(_:)``
    /// returns), or -1.
    static func index(of sense: DiscourseSense, in markers: UnsafeBufferPointer<FoundMarker>) -> Int {
        for k in markers.indices where markers[k].isInitial && markers[k].sense == sense { return k }
        return -1
    }
}

enum RoleAssigner {
    static func assign(
        units: [Unit], thesis: Int?, lists: [ArgumentList], scope: [Int?], text bytes: UnsafeBufferPointer<UInt8>
    ) -> [Decision] {
        var decisions = [Decision](repeating: Decision(), count: units.count)
        units.withUnsafeBufferPointer { units in
            decisions.withUnsafeMutableBufferPointer { decisions in
                assign(units, thesis: thesis, lists: lists, scope: scope, into: decisions)
            }
        }
        return decisions
    }

    /// ``assign(units:thesis:lists:scope:text:)`` over the units and decisions in place (no unit or
    /// decision is copied).
    private static func assign(
        _ units: UnsafeBufferPointer<Unit>, thesis: Int?, lists: [ArgumentList], scope: [Int?],
        into decisions: UnsafeMutableBufferPointer<Decision>
    ) {
        // each member's list, -1 for none
        var membership = [Int32](repeating: -1, count: units.count)
        for n in lists.indices {
            for m in lists[n].members { membership[m] = Int32(truncatingIfNeeded: n) }
        }
        let multiParagraph = units.contains { $0.paragraph != units[0].paragraph }
        /// The place of a marker of unit `j` (its first equal one: the same value).
        func ref(_ j: Int, _ marker: FoundMarker) -> MarkerRef? {
            let markers = units[j].markers
            for k in markers.indices where markers[k] == marker { return MarkerRef(unit: j, index: k) }
            return nil
        }
        /// The place of ``Unit/lead(_:)`` of unit `j`.
        func ref(_ j: Int, lead sense: DiscourseSense) -> MarkerRef? {
            let k = Leads.index(of: sense, in: units[j].markers)
            return k >= 0 ? MarkerRef(unit: j, index: k) : nil
        }
        func nextContrast(_ i: Int) -> Int {
            // the next contrast within two units, through plain statements of the same paragraph
            var j = i + 1
            while j < units.count, j <= i + 2, units[j].paragraph == units[i].paragraph || (j == i + 1 && units[j].opensParagraph) {
                if units[j].contrast != nil { return j }
                if j == thesis { return -1 }
                j += 1
            }
            return -1
        }
        func isPlain(_ p: Int) -> Bool {
            !units[p].markers.contains { marker in
                guard let sense = marker.sense, marker.isInitial else { return false }
                return sense != .stance && sense != .restatement && sense != .concession
            }
        }
        func concede(_ p: Int, _ rule: Rule, _ markers: Deciding, _ confidence: Double) {
            decisions[p].isOpponent = true
            decisions[p].rule = rule
            decisions[p].deciding = markers
            decisions[p].confidence = confidence
        }

        // 1. sides: who speaks, the author (proponent) or the opponent
        for i in units.indices {
            let p = i - 1
            let sameSentenceBefore = p >= 0 && units[p].sentence == units[i].sentence && !units[i].followsSubordinateClause
            let leads = Leads(units[i].markers)
            if i == thesis || membership[i] >= 0 {
                // "Of course X, but [thesis]": X is conceded
                if leads.has(.contrast), sameSentenceBefore, !decisions[p].isOpponent, membership[p] < 0,
                    let c = ref(i, lead: .contrast), !c.marker(in: units).entry.isSubordinator, units[p].result == nil
                {
                    concede(p, .contrastCounterpoint, Deciding(c), 0.7)
                }
                continue
            }
            // the next contrast (unit index, -1 for none), found once when a rule asks
            var ahead = -2
            func contrastAhead() -> Int {
                if ahead == -2 { ahead = nextContrast(i) }
                return ahead
            }
            let previousIsOpponent = p >= 0 && decisions[p].isOpponent && units[p].paragraph == units[i].paragraph
            let contrast = units[i].contrast
            if units[i].isSubordinateClause, let m = units[i].strongConcession {
                decisions[i].isOpponent = true; decisions[i].rule = .concessionClause
                decisions[i].deciding = Deciding(ref(i, m)); decisions[i].confidence = 0.85
            } else if let m = units[i].strongConcession, contrast == nil {
                decisions[i].isOpponent = true; decisions[i].rule = .concessionCounterpoint
                decisions[i].deciding = Deciding(ref(i, m)); decisions[i].confidence = 0.85
            } else if !leads.has(.contrast), let m = units[i].attribution {
                decisions[i].isOpponent = true; decisions[i].rule = .attributionCounterpoint
                decisions[i].deciding = Deciding(ref(i, m)); decisions[i].confidence = 0.8
            } else if !leads.has(.contrast), units[i].reportsOthersView {
                decisions[i].isOpponent = true; decisions[i].rule = .attributionCounterpoint; decisions[i].confidence = 0.7
            } else if !leads.has(.contrast), contrastAhead() >= 0, units[i].reportsThirdPartyView,
                let c = units[ahead].contrast
            {
                decisions[i].isOpponent = true; decisions[i].rule = .attributionCounterpoint
                decisions[i].deciding = Deciding(ref(ahead, c)); decisions[i].confidence = 0.6
            } else if let m = units[i].weakConcession, contrastAhead() >= 0, let c = units[ahead].contrast {
                decisions[i].isOpponent = true; decisions[i].rule = .concessionCounterpoint
                decisions[i].deciding = Deciding(ref(i, m), ref(ahead, c)); decisions[i].confidence = 0.75
            } else if contrast.map({ $0.entry.isSubordinator && p >= 0 && units[p].sentence == units[i].sentence }) ?? true,
                !units[i].followsSubordinateClause, previousIsOpponent, !units[i].isFirstPersonStance, units[i].result == nil
            {
                // what backs a counterpoint, including its own "while ..." clause
                decisions[i].isOpponent = true; decisions[i].rule = .opponentBacking; decisions[i].confidence = 0.55
                decisions[i].deciding = Deciding(openingsOf: i)
            } else if contrast == nil, i + 1 != thesis, contrastAhead() >= 0, units[i].isHedged {
                decisions[i].isOpponent = true; decisions[i].rule = .hedgedCounterpoint; decisions[i].confidence = 0.6
            } else if let c = contrast, p >= 0, !decisions[p].isOpponent, !units[i].followsSubordinateClause,
                !leads.has(.cause) || units[i].opening(.cause) == nil
            {
                let samePlace = units[p].paragraph == units[i].paragraph
                let opens = c.isInitial || c.followsBreak
                let answersCounterpoint = p >= 1 && decisions[p - 1].isOpponent && units[p - 1].paragraph == units[i].paragraph
                if answersCounterpoint {
                    // "Critics say X. I doubt it. However, Y": Y answers the counterpoint (a rebuttal, below)
                } else if sameSentenceBefore, p != thesis, membership[p] < 0, opens, !c.entry.isSubordinator,
                    units[p].result == nil
                {
                    // "X, but Y": X is the conceded side
                    concede(p, .contrastCounterpoint, Deciding(ref(i, c)), 0.65)
                } else if !opens || (p == thesis && samePlace) {
                    // "X however is Y" after the author's points, or a contrast right after the thesis: an objection
                    decisions[i].isOpponent = true; decisions[i].rule = .contrastObjection
                    decisions[i].deciding = Deciding(ref(i, c)); decisions[i].confidence = 0.5
                } else if samePlace, p != thesis, membership[p] < 0, isPlain(p),
                    p == 0 || p - 1 == thesis || units[p].opensParagraph || units[p].isHedged
                {
                    concede(p, .implicitCounterpoint, Deciding(ref(i, c)), 0.55)
                } else if samePlace, !multiParagraph || !units[i].opensParagraph {
                    decisions[i].isOpponent = true; decisions[i].rule = .contrastObjection
                    decisions[i].deciding = Deciding(ref(i, c)); decisions[i].confidence = 0.5
                }
            }
        }

        // 2. relations
        // paragraph -> its first proponent unit (-1 for none)
        var topic = [Int](repeating: -1, count: (units.last?.paragraph ?? 0) + 1)
        for i in units.indices where topic[units[i].paragraph] < 0 && !decisions[i].isOpponent {
            topic[units[i].paragraph] = i
        }
        func claim(above i: Int) -> Int? {
            Self.claim(above: i, units: units, thesis: thesis, scope: scope, topic: topic, multiParagraph: multiParagraph, decisions: decisions)
        }
        var runHead: Int?  // the counterpoint that opened the current opponent run
        var lastOpponent = -10
        for i in units.indices {
            if i == thesis {
                decisions[i].kind = .thesis
                runHead = nil
                continue
            }
            if decisions[i].isOpponent {
                decisions[i].kind = .counterpoint
                let rule = decisions[i].rule
                if rule == .opponentBacking, !units[i].opensSentence, let first = units[i].wordHashes.first,
                    Grammar.andOr.contains(hash: first), i > 0, decisions[i - 1].relation == .attacks, let target = decisions[i - 1].target
                {
                    // "Some may find X, or regard Y": a second counterpoint beside the first
                    decisions[i].rule = .parallelCounterpoint
                    decisions[i].target = target; decisions[i].relation = .attacks
                    decisions[i].edgeRule = .parallelCounterpoint; decisions[i].edgeConfidence = 0.5
                } else if rule == .opponentBacking
                    || (rule == .implicitCounterpoint && runHead != nil && i > 0 && decisions[i - 1].isOpponent && units[i].opensSentence == false)
                {
                    decisions[i].target = i - 1; decisions[i].relation = .supports
                    decisions[i].edgeRule = .opponentBacking; decisions[i].edgeConfidence = 0.5
                    decisions[i].edgeMarker = decisions[i].deciding.leading(in: units)?.range
                } else {
                    decisions[i].target = claim(above: i)
                    decisions[i].relation = .attacks; decisions[i].edgeRule = rule
                    decisions[i].edgeConfidence = decisions[i].confidence - 0.1
                    decisions[i].edgeMarker = decisions[i].deciding.leading(in: units)?.range
                    runHead = i
                }
                lastOpponent = i
                continue
            }
            let previousOpponent = i > 0 && decisions[i - 1].isOpponent
            if let head = runHead, let c = units[i].contrast, i - lastOpponent <= 2,
                units[lastOpponent].paragraph == units[i].paragraph,
                !(c.entry.isSubordinator && units[lastOpponent].sentence == units[i].sentence)
            {
                decisions[i].kind = .rebuttal; decisions[i].rule = .contrastRebuttal
                decisions[i].deciding = Deciding(ref(i, c)); decisions[i].confidence = 0.8
                decisions[i].target = head; decisions[i].relation = .attacks; decisions[i].edgeRule = .contrastRebuttal
                decisions[i].edgeMarker = c.range; decisions[i].edgeConfidence = 0.75
                runHead = nil
                continue
            }
            if previousOpponent, units[i].followsSubordinateClause, units[i - 1].isSubordinateClause {
                decisions[i].kind = .rebuttal; decisions[i].rule = .concessionClauseRebuttal; decisions[i].confidence = 0.8
                decisions[i].deciding = decisions[i - 1].deciding
                decisions[i].target = i - 1; decisions[i].relation = .attacks; decisions[i].edgeRule = .concessionClauseRebuttal
                decisions[i].edgeMarker = decisions[i - 1].deciding.leading(in: units)?.range; decisions[i].edgeConfidence = 0.75
                runHead = nil
                continue
            }
            if i - lastOpponent > 2 { runHead = nil }
            if membership[i] >= 0 {
                let n = Int(membership[i])
                let parent = lists[n].parent, announcer = lists[n].announcer
                let k = ListBuilder.listMarkerIndex(in: units[i].markers)
                decisions[i].rule = .enumerationMember; decisions[i].confidence = 0.9
                decisions[i].deciding = Deciding(k >= 0 ? MarkerRef(unit: i, index: k) : nil)
                decisions[i].target = parent ?? announcer ?? (thesis == i ? nil : thesis)
                decisions[i].edgeRule = parent != nil ? .nestedListMember : (announcer != nil ? .listAnnouncement : .enumerationMember)
                if k >= 0 {
                    decisions[i].edgeMarker = units[i].markers[k].range
                } else if units[i].numbering != nil {
                    decisions[i].edgeMarkerIsNumbering = true
                }
                decisions[i].edgeConfidence = 0.85
                continue
            }
            if let c = units[i].contrast, i > 0, units[i].opensParagraph, multiParagraph {
                decisions[i].kind = .claim; decisions[i].rule = .contrastClaim
                decisions[i].deciding = Deciding(ref(i, c)); decisions[i].confidence = 0.6
                decisions[i].target = i - 1; decisions[i].relation = .attacks; decisions[i].edgeRule = .contrastClaim
                decisions[i].edgeMarker = c.range; decisions[i].edgeConfidence = 0.5
                continue
            }
            let leads = Leads(units[i].markers)
            if units[i].isSubordinateClause, leads.has(.cause), i + 1 < units.count, units[i + 1].followsSubordinateClause,
                let m = ref(i, lead: .cause)
            {
                // "Since X, Y": X supports Y
                decisions[i].rule = .causeReason; decisions[i].deciding = Deciding(m); decisions[i].confidence = 0.8
                decisions[i].target = i + 1; decisions[i].edgeRule = .causeClause
                decisions[i].edgeMarker = m.marker(in: units).range; decisions[i].edgeConfidence = 0.75
                continue
            }
            if leads.has(.cause) || leads.has(.example), i > 0,
                let m = leads.has(.cause) ? ref(i, lead: .cause) : ref(i, lead: .example)
            {
                let marker = m.marker(in: units)
                let rule: Rule = marker.sense == .example ? .exampleSupport : .causeReason
                decisions[i].rule = rule; decisions[i].deciding = Deciding(m); decisions[i].confidence = 0.8
                decisions[i].target = i - 1; decisions[i].edgeRule = rule
                decisions[i].edgeMarker = marker.range; decisions[i].edgeConfidence = 0.7
                continue
            }
            if let m = units[i].result, i > 0 {
                // a conclusion: supported by the statement before it, itself supporting the claim above
                let p = i - 1
                if p != thesis, !decisions[p].isOpponent, membership[p] < 0, decisions[p].target != i,
                    decisions[p].edgeRule.isPlainSupport,
                    units[p].paragraph == units[i].paragraph
                {
                    decisions[p].target = i
                    decisions[p].relation = .supports
                    decisions[p].edgeRule = .resultPremise
                    decisions[p].edgeMarker = m.range
                    decisions[p].edgeConfidence = 0.6
                }
                decisions[i].rule = .resultConclusion; decisions[i].deciding = Deciding(ref(i, m)); decisions[i].confidence = 0.7
                decisions[i].target = claim(above: i)
                decisions[i].edgeRule = .resultConclusion; decisions[i].edgeConfidence = 0.5
                continue
            }
            if leads.has(.addition) || leads.has(.enumeration),
                let m = leads.has(.addition) ? ref(i, lead: .addition) : ref(i, lead: .enumeration)
            {
                decisions[i].rule = .additionReason; decisions[i].deciding = Deciding(m); decisions[i].confidence = 0.65
                decisions[i].edgeMarker = m.marker(in: units).range
                decisions[i].edgeRule = .additionSupport
            } else if let c = units[i].contrast {
                decisions[i].rule = .contrastClaim; decisions[i].deciding = Deciding(ref(i, c)); decisions[i].confidence = 0.5
                decisions[i].edgeMarker = c.range
            }
            let target = claim(above: i)
            decisions[i].target = target
            if decisions[i].edgeRule == .defaultSupport, let s = scope[i], target == s { decisions[i].edgeRule = .memberElaboration }
            if decisions[i].edgeRule == .defaultSupport, multiParagraph, topic[units[i].paragraph] >= 0, target == topic[units[i].paragraph] {
                decisions[i].edgeRule = .topicSupport
            }
            decisions[i].edgeConfidence = 0.45
        }

        // 3. kinds of the author's statements: argued-for statements are claims
        var supported = [Bool](repeating: false, count: units.count)
        for i in decisions.indices { if let t = decisions[i].target, decisions[i].relation == .supports { supported[t] = true } }
        for i in units.indices where decisions[i].kind == .reason && !decisions[i].isOpponent {
            if supported[i] || decisions[i].target == nil { decisions[i].kind = .claim }
        }
    }

    /// The claim a statement stands under: the list member whose stretch it is in, the topic
    /// sentence of its paragraph (texts of several paragraphs), or the thesis.
    /// - Parameter topic: each paragraph's first proponent unit, -1 for none.
    private static func claim(
        above i: Int, units: UnsafeBufferPointer<Unit>, thesis: Int?, scope: [Int?], topic: [Int], multiParagraph: Bool,
        decisions: UnsafeMutableBufferPointer<Decision>
    ) -> Int? {
        if let member = scope[i], member != i { return member }
        let t = topic[units[i].paragraph]
        if multiParagraph, t >= 0, t < i, t != thesis, !decisions[t].isOpponent {
            return t
        }
        if let thesis, thesis != i { return thesis }
        if let thesis, thesis == i { return nil }
        // no thesis: the paragraph's first statement, if it is another one
        if t >= 0, t < i { return t }
        return nil
    }
}
