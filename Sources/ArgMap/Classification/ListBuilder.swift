/// A numbered argument list found in the text.
struct ArgumentList: Sendable, Equatable {
    /// Member unit indices, in order.
    var members: [Int]
    /// Each member's position.
    var positions: [Int]
    /// The unit a nested list elaborates, or `nil` for a top-level list.
    var parent: Int?
    /// The unit that announces a top-level list ("There are several key explanations."), if any.
    var announcer: Int?
    /// The paragraph of the last member.
    var lastParagraph: Int
    /// `true` for a list made of list items or numbered lines (it ends with the items).
    var isStructural = false
    /// `true` for a list of bullets or unnumbered items (an explicit number never continues it).
    var isBulleted = false
    /// How its ordinals are written ("ly" for Firstly/Secondly, "word" for First/Second, "number").
    var style = ""
    /// `true` when positions skip or do not start at 1.
    var isIncomplete: Bool { positions.first != 1 || zip(positions, positions.dropFirst()).contains { $1 != $0 + 1 } }
    /// The position the next member would take.
    var next: Int { (positions.last ?? 0) + 1 }
}

/// Finds numbered argument lists: explicit ordinals, "Finally/Lastly", "Furthermore/Moreover"
/// in sequence, "One reason ... Another", list numbers and ordinal headings; nested lists;
/// lists that run across paragraphs and crossheads.
enum ListBuilder {
    /// How many paragraphs a list may go without a new member before it is closed.
    static let paragraphReach = 6

    /// The lists (in order of their first member) and, for each unit, the innermost list member
    /// whose stretch of text the unit lies in (the member it elaborates), if any.
    static func lists(_ units: [Unit]) -> (lists: [ArgumentList], scope: [Int?]) {
        units.withUnsafeBufferPointer { lists(in: $0) }
    }

    /// ``lists(_:)`` over the units in place (no unit is copied).
    private static func lists(in units: UnsafeBufferPointer<Unit>) -> (lists: [ArgumentList], scope: [Int?]) {
        var steps = [ListStep?](repeating: nil, count: units.count)
        for i in units.indices { steps[i] = step(of: units[i]) }
        var lists: [ArgumentList] = []
        var stack: [Int] = []
        // the open lists before each unit joins one: unit i's are snapshots[snapshotEnds[i - 1]..<snapshotEnds[i]]
        var snapshots: [Int32] = []
        var snapshotEnds = [Int32](repeating: 0, count: units.count)
        for i in units.indices {
            let paragraph = units[i].paragraph
            // a list is closed after a stretch with no member, unless its next ordinal is still to come
            if !stack.isEmpty {
                var open = 0
                for k in stack.indices {
                    let n = stack[k]
                    let closed = paragraph - lists[n].lastParagraph > paragraphReach
                        && !explicitAhead(lists[n].next, after: i - 1, units: units, steps: steps)
                    if !closed {
                        if open != k { stack[open] = n }
                        open += 1
                    }
                }
                if open < stack.count { stack.removeLast(stack.count - open) }
            }
            if steps[i] == nil, units[i].opensParagraph, opensWithTurn(units[i].markers) {
                stack.removeAll()
            }
            if units[i].opensParagraph, !units[i].isListItem, stack.contains(where: { lists[$0].isStructural }) {
                stack.removeAll { lists[$0].isStructural }
            }
            for n in stack { snapshots.append(Int32(truncatingIfNeeded: n)) }
            snapshotEnds[i] = Int32(truncatingIfNeeded: snapshots.count)
            guard let step = steps[i] else { continue }
            let isListItem = units[i].isListItem
            var joined = false
            switch step {
            case .position(1):
                // a numbered item list nests only under the item that announces it with a colon
                let announcedBy = i > 0 && units[i - 1].endsWithColon ? i - 1 : nil
                if let top = stack.last, let parent = lists[top].members.last,
                    !isListItem || announcedBy == parent,
                    paragraph - lists[top].lastParagraph <= 2, units[parent].sentence != units[i].sentence
                {
                    lists.append(ArgumentList(members: [i], positions: [1], parent: parent, lastParagraph: paragraph))
                } else {
                    if !isListItem { stack.removeAll() }
                    lists.append(ArgumentList(members: [i], positions: [1], parent: nil, lastParagraph: paragraph))
                }
                stack.append(lists.count - 1)
                joined = true
            case .position(let n):
                // the open lists that expect this position (not bullets): the innermost one; when
                // an outer and a nested one both do, the innermost written alike
                var expecting = 0, lastExpecting = -1
                for k in stack.indices where lists[stack[k]].next == n && !lists[stack[k]].isBulleted {
                    expecting += 1
                    lastExpecting = k
                }
                var alike = -1
                if expecting > 1 {
                    let style = Self.style(of: units[i])
                    for k in stack.indices.reversed()
                    where lists[stack[k]].next == n && !lists[stack[k]].isBulleted && lists[stack[k]].style == style {
                        alike = k
                        break
                    }
                }
                if alike >= 0 {
                    stack.removeSubrange((alike + 1)...)
                } else if lastExpecting >= 0 {
                    stack.removeSubrange((lastExpecting + 1)...)
                } else if let k = stack.lastIndex(where: { lists[$0].next < n && !lists[$0].isBulleted }) {
                    stack.removeSubrange((k + 1)...)
                } else {
                    stack.removeAll()
                    lists.append(ArgumentList(members: [], positions: [], parent: nil, lastParagraph: paragraph))
                    stack.append(lists.count - 1)
                }
                if let top = stack.last {
                    lists[top].members.append(i)
                    lists[top].positions.append(n)
                    lists[top].lastParagraph = paragraph
                    joined = true
                }
            case .next:
                if let top = stack.last {
                    lists[top].positions.append(lists[top].next)
                    lists[top].members.append(i)
                    lists[top].lastParagraph = paragraph
                    joined = true
                }
            case .bullet:
                let previous = i - 1
                if previous >= 0, units[previous].endsWithColon {
                    // "in more than one way:" then items: a nested list under that item, or a new list
                    if let top = stack.last, lists[top].members.last == previous {
                        lists.append(ArgumentList(members: [i], positions: [1], parent: previous, lastParagraph: paragraph))
                    } else {
                        stack.removeAll()
                        lists.append(ArgumentList(members: [i], positions: [1], parent: nil, lastParagraph: paragraph))
                    }
                    lists[lists.count - 1].isStructural = true
                    lists[lists.count - 1].isBulleted = true
                    stack.append(lists.count - 1)
                } else if let top = stack.last, lists[top].isStructural {
                    // sub-items are short: a longer item after single-sentence sub-items is back in the outer list
                    if lists[top].parent != nil, stack.count >= 2, units[i].itemSentences >= 2,
                        lists[top].members.allSatisfy({ units[$0].itemSentences == 1 })
                    {
                        stack.removeLast()
                    }
                    let outer = stack[stack.count - 1]
                    lists[outer].positions.append(lists[outer].next)
                    lists[outer].members.append(i)
                    lists[outer].lastParagraph = paragraph
                } else {
                    stack.removeAll { lists[$0].isStructural }
                    lists.append(ArgumentList(members: [i], positions: [1], parent: nil, lastParagraph: paragraph))
                    lists[lists.count - 1].isStructural = true
                    lists[lists.count - 1].isBulleted = true
                    stack.append(lists.count - 1)
                }
                joined = true
            case .soft:
                if let top = stack.last,
                    !explicitAhead(lists[top].next, after: i, units: units, steps: steps)
                {
                    lists[top].positions.append(lists[top].next)
                    lists[top].members.append(i)
                    lists[top].lastParagraph = paragraph
                    joined = true
                }
            }
            if !joined { steps[i] = nil }
            if joined, isListItem, let top = stack.last { lists[top].isStructural = true }
            if joined, let top = stack.last, lists[top].style.isEmpty { lists[top].style = Self.style(of: units[i]) }
        }
        // a lone "First" is no list; the others renumbered in order (-1: dropped)
        var renumber = [Int](repeating: -1, count: lists.count)
        var kept: [ArgumentList] = []
        kept.reserveCapacity(lists.count)
        for n in lists.indices where lists[n].members.count > 1 || lists[n].positions.first != 1 {
            renumber[n] = kept.count
            var list = lists[n]
            if list.parent == nil { list.announcer = announcer(of: list, units: units) }
            kept.append(list)
        }
        // each unit's innermost enclosing member
        var scope = [Int?](repeating: nil, count: units.count)
        if !kept.isEmpty {
            var start = 0
            for i in units.indices {
                let end = Int(snapshotEnds[i])
                for s in (start..<end).reversed() {
                    let n = renumber[Int(snapshots[s])]
                    guard n >= 0 else { continue }
                    if let last = kept[n].members.last(where: { $0 < i }) {
                        scope[i] = last
                        break
                    }
                }
                start = end
            }
        }
        return (kept, scope)
    }

    /// `true` when an opening marker turns the argument: a contrast, a conclusion or a restatement
    /// (``Unit/lead(_:)`` finds one of these senses).
    @inline(__always) static func opensWithTurn(_ markers: UnsafeBufferPointer<FoundMarker>) -> Bool {
        for k in markers.indices where markers[k].isInitial {
            if let sense = markers[k].sense, sense == .contrast || sense == .result || sense == .restatement { return true }
        }
        return false
    }

    /// The enumeration step a unit opens with, from a list number or an opening marker.
    static func step(of unit: Unit) -> ListStep? {
        if let numbering = unit.numbering { return numbering.step }
        return listMarker(of: unit)?.entry.listStep
    }

    /// How a member's ordinal is written: "number" ("1."), "ly" ("Secondly"), or "word" ("Second").
    static func style(of unit: Unit) -> String {
        if let numbering = unit.numbering, !numbering.range.isEmpty { return "number" }
        guard let marker = listMarker(of: unit) else { return "" }
        return marker.entry.endsWithLy ? "ly" : "word"
    }

    /// The opening marker that places a unit in a list, if any.
    static func listMarker(of unit: Unit) -> FoundMarker? {
        let k = listMarkerIndex(in: unit.markers)
        return k >= 0 ? unit.markers[k] : nil
    }

    /// The index of ``listMarker(of:)`` among a unit's markers, or -1.
    static func listMarkerIndex(in markers: UnsafeBufferPointer<FoundMarker>) -> Int {
        for k in markers.indices where markers[k].isInitial && markers[k].entry.listStep != nil && markers[k].sense != nil {
            return k
        }
        return -1
    }

    /// `true` when an explicit ordinal `position` follows within reach (so "Furthermore" is not it).
    static func explicitAhead(_ position: Int, after i: Int, units: UnsafeBufferPointer<Unit>, steps: [ListStep?]) -> Bool {
        var j = i + 1
        let from = i >= 0 ? units[i].paragraph : 0
        while j < units.count, units[j].paragraph - from <= paragraphReach * 3 {
            if steps[j] == .position(position) { return true }
            if steps[j] == .position(1) { return false }  // a new list starts first
            j += 1
        }
        return false
    }

    /// The unit announcing a list: a recent "There are several reasons"/colon sentence, else nil.
    static func announcer(of list: ArgumentList, units: UnsafeBufferPointer<Unit>) -> Int? {
        guard let first = list.members.first else { return nil }
        var j = first - 1
        while j >= 0, first - j <= 4, units[first].paragraph - units[j].paragraph <= 2 {  // a crosshead may sit between
            let words = units[j].wordHashes
            let announces = words.contains { Grammar.listQuantities.contains(hash: $0) } && words.contains { Grammar.listNouns.contains(hash: $0) }
            if announces || units[j].tokens.last?.mark == 0x3A { return j }
            j -= 1
        }
        return nil
    }
}
