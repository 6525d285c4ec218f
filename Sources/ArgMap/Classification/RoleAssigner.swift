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

/// The markers that decided a unit, without an array: at most two, or the opening markers of a
/// unit ("opponent-backing"), read from that unit when the node is built.
struct Deciding: Sendable, Equatable {
    var first: FoundMarker?
    var second: FoundMarker?
    /// The unit whose opening markers (stance aside) decided it; -1 for none.
    var openingsOf = -1

    init(_ first: FoundMarker? = nil, _ second: FoundMarker? = nil) {
        self.first = first
        self.second = second
    }

    init(openingsOf unit: Int) {
        openingsOf = unit
    }

    /// `true` for the markers "opponent-backing" takes from a unit.
    @inline(__always) static func isOpening(_ marker: FoundMarker) -> Bool {
        marker.isInitial && marker.sense != nil && marker.sense != .stance
    }

    /// The markers, in order.
    func markers(units: [Unit]) -> [FoundMarker] {
        if openingsOf >= 0 { return units[openingsOf].markers.filter(Self.isOpening) }
        var out: [FoundMarker] = []
        if let first { out.append(first) }
        if let second { out.append(second) }
        return out
    }

    /// The first marker.
    func leading(units: [Unit]) -> FoundMarker? {
        if openingsOf >= 0 { return units[openingsOf].markers.first(where: Self.isOpening) }
        return first
    }
}

enum RoleAssigner {
    static func assign(
        units: [Unit], thesis: Int?, lists: [ArgumentList], scope: [Int?], text bytes: UnsafeBufferPointer<UInt8>
    ) -> [Decision] {
        var decisions = Array(repeating: Decision(), count: units.count)
        var membership: [(list: Int, position: Int)?] = Array(repeating: nil, count: units.count)
        for (n, list) in lists.enumerated() {
            for (k, m) in list.members.enumerated() { membership[m] = (n, list.positions[k]) }
        }
        let multiParagraph = units.contains { $0.paragraph != units[0].paragraph }
        func text(_ marker: FoundMarker) -> Range<Int> { marker.range }
        func contrastAhead(_ i: Int) -> FoundMarker? {
            // the next contrast within two units, through plain statements of the same paragraph
            var j = i + 1
            while j < units.count, j <= i + 2, units[j].paragraph == units[i].paragraph || (j == i + 1 && units[j].opensParagraph) {
                if let c = units[j].contrast { return c }
                if j == thesis { return nil }
                j += 1
            }
            return nil
        }
        func isPlain(_ unit: Unit) -> Bool {
            !unit.markers.contains { marker in
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
            let unit = units[i]
            let p = i - 1
            let sameSentenceBefore = p >= 0 && units[p].sentence == unit.sentence && !unit.followsSubordinateClause
            if i == thesis || membership[i] != nil {
                // "Of course X, but [thesis]": X is conceded
                if let c = unit.lead(.contrast), sameSentenceBefore, !decisions[p].isOpponent, membership[p] == nil,
                    !c.entry.isSubordinator, units[p].result == nil
                {
                    concede(p, .contrastCounterpoint, Deciding(c), 0.7)
                }
                continue
            }
            var d = decisions[i]
            let previousIsOpponent = p >= 0 && decisions[p].isOpponent && units[p].paragraph == unit.paragraph
            if unit.isSubordinateClause, let m = unit.strongConcession {
                d.isOpponent = true; d.rule = .concessionClause; d.deciding = Deciding(m); d.confidence = 0.85
            } else if let m = unit.strongConcession, unit.contrast == nil {
                d.isOpponent = true; d.rule = .concessionCounterpoint; d.deciding = Deciding(m); d.confidence = 0.85
            } else if unit.lead(.contrast) == nil, let m = unit.attribution {
                d.isOpponent = true; d.rule = .attributionCounterpoint; d.deciding = Deciding(m); d.confidence = 0.8
            } else if unit.lead(.contrast) == nil, unit.reportsOthersView {
                d.isOpponent = true; d.rule = .attributionCounterpoint; d.confidence = 0.7
            } else if unit.lead(.contrast) == nil, let c = contrastAhead(i), unit.reportsThirdPartyView {
                d.isOpponent = true; d.rule = .attributionCounterpoint; d.deciding = Deciding(c); d.confidence = 0.6
            } else if let m = unit.weakConcession, let c = contrastAhead(i) {
                d.isOpponent = true; d.rule = .concessionCounterpoint; d.deciding = Deciding(m, c); d.confidence = 0.75
            } else if unit.contrast.map({ $0.entry.isSubordinator && p >= 0 && units[p].sentence == unit.sentence }) ?? true,
                !unit.followsSubordinateClause, previousIsOpponent, !unit.isFirstPersonStance, unit.result == nil
            {
                // what backs a counterpoint, including its own "while ..." clause
                d.isOpponent = true; d.rule = .opponentBacking; d.confidence = 0.55
                d.deciding = Deciding(openingsOf: i)
            } else if unit.contrast == nil, i + 1 != thesis, contrastAhead(i) != nil, unit.isHedged {
                d.isOpponent = true; d.rule = .hedgedCounterpoint; d.confidence = 0.6
            } else if let c = unit.contrast, p >= 0, !decisions[p].isOpponent, !unit.followsSubordinateClause,
                unit.opening(.cause) == nil
            {
                let previous = units[p]
                let samePlace = previous.paragraph == unit.paragraph
                let opens = c.isInitial || c.followsBreak
                let answersCounterpoint = p >= 1 && decisions[p - 1].isOpponent && units[p - 1].paragraph == unit.paragraph
                if answersCounterpoint {
                    // "Critics say X. I doubt it. However, Y": Y answers the counterpoint (a rebuttal, below)
                } else if sameSentenceBefore, p != thesis, membership[p] == nil, opens, !c.entry.isSubordinator,
                    previous.result == nil
                {
                    // "X, but Y": X is the conceded side
                    concede(p, .contrastCounterpoint, Deciding(c), 0.65)
                } else if !opens || (p == thesis && samePlace) {
                    // "X however is Y" after the author's points, or a contrast right after the thesis: an objection
                    d.isOpponent = true; d.rule = .contrastObjection; d.deciding = Deciding(c); d.confidence = 0.5
                } else if samePlace, p != thesis, membership[p] == nil, isPlain(previous),
                    p == 0 || p - 1 == thesis || previous.isHedged || previous.opensParagraph
                {
                    concede(p, .implicitCounterpoint, Deciding(c), 0.55)
                } else if samePlace, !multiParagraph || !unit.opensParagraph {
                    d.isOpponent = true; d.rule = .contrastObjection; d.deciding = Deciding(c); d.confidence = 0.5
                }
            }
            decisions[i] = d
        }

        // 2. relations
        // paragraph -> its first proponent unit
        var topic: [Int?] = Array(repeating: nil, count: (units.last?.paragraph ?? 0) + 1)
        for (i, unit) in units.enumerated() where topic[unit.paragraph] == nil && !decisions[i].isOpponent {
            topic[unit.paragraph] = i
        }
        var runHead: Int?  // the counterpoint that opened the current opponent run
        var lastOpponent = -10
        for i in units.indices {
            let unit = units[i]
            var d = decisions[i]
            defer { decisions[i] = d }
            if i == thesis {
                d.kind = .thesis
                runHead = nil
                continue
            }
            if d.isOpponent {
                d.kind = .counterpoint
                if d.rule == .opponentBacking, !unit.opensSentence, let first = unit.wordHashes.first,
                    Grammar.andOr.contains(hash: first), i > 0, decisions[i - 1].relation == .attacks, let target = decisions[i - 1].target
                {
                    // "Some may find X, or regard Y": a second counterpoint beside the first
                    d.rule = .parallelCounterpoint
                    d.target = target; d.relation = .attacks; d.edgeRule = .parallelCounterpoint; d.edgeConfidence = 0.5
                } else if d.rule == .opponentBacking || (d.rule == .implicitCounterpoint && runHead != nil && i > 0 && decisions[i - 1].isOpponent && units[i].opensSentence == false) {
                    d.target = i - 1; d.relation = .supports; d.edgeRule = .opponentBacking; d.edgeConfidence = 0.5
                    d.edgeMarker = d.deciding.leading(units: units).map(text)
                } else {
                    d.target = claim(above: i, units: units, thesis: thesis, scope: scope, topic: topic, multiParagraph: multiParagraph, decisions: decisions)
                    d.relation = .attacks; d.edgeRule = d.rule; d.edgeConfidence = d.confidence - 0.1
                    d.edgeMarker = d.deciding.leading(units: units).map(text)
                    runHead = i
                }
                lastOpponent = i
                continue
            }
            let previousOpponent = i > 0 && decisions[i - 1].isOpponent
            if let head = runHead, let c = unit.contrast, i - lastOpponent <= 2,
                units[lastOpponent].paragraph == unit.paragraph,
                !(c.entry.isSubordinator && units[lastOpponent].sentence == unit.sentence)
            {
                d.kind = .rebuttal; d.rule = .contrastRebuttal; d.deciding = Deciding(c); d.confidence = 0.8
                d.target = head; d.relation = .attacks; d.edgeRule = .contrastRebuttal; d.edgeMarker = text(c); d.edgeConfidence = 0.75
                runHead = nil
                continue
            }
            if previousOpponent, unit.followsSubordinateClause, units[i - 1].isSubordinateClause {
                d.kind = .rebuttal; d.rule = .concessionClauseRebuttal; d.confidence = 0.8
                d.deciding = decisions[i - 1].deciding
                d.target = i - 1; d.relation = .attacks; d.edgeRule = .concessionClauseRebuttal
                d.edgeMarker = decisions[i - 1].deciding.leading(units: units).map(text); d.edgeConfidence = 0.75
                runHead = nil
                continue
            }
            if i - lastOpponent > 2 { runHead = nil }
            if let (n, _) = membership[i] {
                let list = lists[n]
                d.rule = .enumerationMember; d.confidence = 0.9
                d.deciding = Deciding(ListBuilder.listMarker(of: unit))
                d.target = list.parent ?? list.announcer ?? (thesis == i ? nil : thesis)
                d.edgeRule = list.parent != nil ? .nestedListMember : (list.announcer != nil ? .listAnnouncement : .enumerationMember)
                if let m = d.deciding.first {
                    d.edgeMarker = m.range
                } else if unit.numbering != nil {
                    d.edgeMarkerIsNumbering = true
                }
                d.edgeConfidence = 0.85
                continue
            }
            if let c = unit.contrast, i > 0, unit.opensParagraph, multiParagraph {
                d.kind = .claim; d.rule = .contrastClaim; d.deciding = Deciding(c); d.confidence = 0.6
                d.target = i - 1; d.relation = .attacks; d.edgeRule = .contrastClaim; d.edgeMarker = text(c); d.edgeConfidence = 0.5
                continue
            }
            if unit.isSubordinateClause, let m = unit.lead(.cause), i + 1 < units.count, units[i + 1].followsSubordinateClause {
                // "Since X, Y": X supports Y
                d.rule = .causeReason; d.deciding = Deciding(m); d.confidence = 0.8
                d.target = i + 1; d.edgeRule = .causeClause; d.edgeMarker = text(m); d.edgeConfidence = 0.75
                continue
            }
            if let m = unit.lead(.cause) ?? unit.lead(.example), i > 0 {
                let example = m.sense == .example
                d.rule = example ? .exampleSupport : .causeReason; d.deciding = Deciding(m); d.confidence = 0.8
                d.target = i - 1; d.edgeRule = d.rule; d.edgeMarker = text(m); d.edgeConfidence = 0.7
                continue
            }
            if let m = unit.result, i > 0 {
                // a conclusion: supported by the statement before it, itself supporting the claim above
                let p = i - 1
                if p != thesis, !decisions[p].isOpponent, membership[p] == nil, decisions[p].target != i,
                    decisions[p].edgeRule.isPlainSupport,
                    units[p].paragraph == unit.paragraph
                {
                    decisions[p].target = i
                    decisions[p].relation = .supports
                    decisions[p].edgeRule = .resultPremise
                    decisions[p].edgeMarker = text(m)
                    decisions[p].edgeConfidence = 0.6
                }
                d.rule = .resultConclusion; d.deciding = Deciding(m); d.confidence = 0.7
                d.target = claim(above: i, units: units, thesis: thesis, scope: scope, topic: topic, multiParagraph: multiParagraph, decisions: decisions)
                d.edgeRule = .resultConclusion; d.edgeConfidence = 0.5
                continue
            }
            if let m = unit.lead(.addition) ?? unit.lead(.enumeration) {
                d.rule = .additionReason; d.deciding = Deciding(m); d.confidence = 0.65
                d.edgeMarker = text(m)
                d.edgeRule = .additionSupport
            } else if let c = unit.contrast {
                d.rule = .contrastClaim; d.deciding = Deciding(c); d.confidence = 0.5
                d.edgeMarker = text(c)
            }
            d.target = claim(above: i, units: units, thesis: thesis, scope: scope, topic: topic, multiParagraph: multiParagraph, decisions: decisions)
            if d.edgeRule == .defaultSupport, let s = scope[i], d.target == s { d.edgeRule = .memberElaboration }
            if d.edgeRule == .defaultSupport, multiParagraph, let t = topic[unit.paragraph], d.target == t { d.edgeRule = .topicSupport }
            d.edgeConfidence = 0.45
        }

        // 3. kinds of the author's statements: argued-for statements are claims
        var supported = Array(repeating: false, count: units.count)
        for d in decisions { if let t = d.target, d.relation == .supports { supported[t] = true } }
        for i in units.indices where decisions[i].kind == .reason && !decisions[i].isOpponent {
            if supported[i] || decisions[i].target == nil { decisions[i].kind = .claim }
        }
        return decisions
    }

    /// The claim a statement stands under: the list member whose stretch it is in, the topic
    /// sentence of its paragraph (texts of several paragraphs), or the thesis.
    static func claim(
        above i: Int, units: [Unit], thesis: Int?, scope: [Int?], topic: [Int?], multiParagraph: Bool,
        decisions: [Decision]
    ) -> Int? {
        if let member = scope[i], member != i { return member }
        if multiParagraph, let t = topic[units[i].paragraph], t < i, t != thesis, !decisions[t].isOpponent {
            return t
        }
        if let thesis, thesis != i { return thesis }
        if let thesis, thesis == i { return nil }
        // no thesis: the paragraph's first statement, if it is another one
        if let t = topic[units[i].paragraph], t < i { return t }
        return nil
    }
}
