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
        var steps: [ListStep?] = units.map(step(of:))
        var lists: [ArgumentList] = []
        var stack: [Int] = []
        var snapshots: [[Int]] = []
        snapshots.reserveCapacity(units.count)
        for (i, unit) in units.enumerated() {
            // a list is closed after a stretch with no member, unless its next ordinal is still to come
            // (checked first: removing nothing would still copy the buffer the snapshots share)
            func isClosed(_ n: Int) -> Bool {
                unit.paragraph - lists[n].lastParagraph > paragraphReach
                    && !explicitAhead(lists[n].next, after: i - 1, units: units, steps: steps)
            }
            if stack.contains(where: isClosed) { stack.removeAll(where: isClosed) }
            if steps[i] == nil, unit.opensParagraph,
                unit.lead(.contrast) != nil || unit.lead(.result) != nil || unit.lead(.restatement) != nil
            {
                stack.removeAll()
            }
            if unit.opensParagraph, !unit.isListItem, stack.contains(where: { lists[$0].isStructural }) {
                stack.removeAll { lists[$0].isStructural }
            }
            snapshots.append(stack)
            guard let step = steps[i] else { continue }
            var joined = false
            switch step {
            case .position(1):
                // a numbered item list nests only under the item that announces it with a colon
                let announcedBy = i > 0 && units[i - 1].endsWithColon ? i - 1 : nil
                if let top = stack.last, let parent = lists[top].members.last,
                    !unit.isListItem || announcedBy == parent,
                    unit.paragraph - lists[top].lastParagraph <= 2, units[parent].sentence != unit.sentence
                {
                    lists.append(ArgumentList(members: [i], positions: [1], parent: parent, lastParagraph: unit.paragraph))
                } else {
                    if !unit.isListItem { stack.removeAll() }
                    lists.append(ArgumentList(members: [i], positions: [1], parent: nil, lastParagraph: unit.paragraph))
                }
                stack.append(lists.count - 1)
                joined = true
            case .position(let n):
                let style = Self.style(of: unit)
                let expecting = stack.indices.filter { lists[stack[$0]].next == n && !lists[stack[$0]].isBulleted }
                // two open lists expect this position (an outer and a nested one): the one written alike
                if expecting.count > 1, let k = expecting.last(where: { lists[stack[$0]].style == style }) {
                    stack.removeSubrange((k + 1)...)
                } else if let k = expecting.last {
                    stack.removeSubrange((k + 1)...)
                } else if let k = stack.lastIndex(where: { lists[$0].next < n && !lists[$0].isBulleted }) {
                    stack.removeSubrange((k + 1)...)
                } else {
                    stack.removeAll()
                    lists.append(ArgumentList(members: [], positions: [], parent: nil, lastParagraph: unit.paragraph))
                    stack.append(lists.count - 1)
                }
                if let top = stack.last {
                    lists[top].members.append(i)
                    lists[top].positions.append(n)
                    lists[top].lastParagraph = unit.paragraph
                    joined = true
                }
            case .next:
                if let top = stack.last {
                    lists[top].positions.append(lists[top].next)
                    lists[top].members.append(i)
                    lists[top].lastParagraph = unit.paragraph
                    joined = true
                }
            case .bullet:
                let previous = i - 1
                if previous >= 0, units[previous].endsWithColon {
                    // "in more than one way:" then items: a nested list under that item, or a new list
                    if let top = stack.last, lists[top].members.last == previous {
                        lists.append(ArgumentList(members: [i], positions: [1], parent: previous, lastParagraph: unit.paragraph))
                    } else {
                        stack.removeAll()
                        lists.append(ArgumentList(members: [i], positions: [1], parent: nil, lastParagraph: unit.paragraph))
                    }
                    lists[lists.count - 1].isStructural = true
                    lists[lists.count - 1].isBulleted = true
                    stack.append(lists.count - 1)
                } else if let top = stack.last, lists[top].isStructural {
                    // sub-items are short: a longer item after single-sentence sub-items is back in the outer list
                    if lists[top].parent != nil, stack.count >= 2, unit.itemSentences >= 2,
                        lists[top].members.allSatisfy({ units[$0].itemSentences == 1 })
                    {
                        stack.removeLast()
                    }
                    let outer = stack[stack.count - 1]
                    lists[outer].positions.append(lists[outer].next)
                    lists[outer].members.append(i)
                    lists[outer].lastParagraph = unit.paragraph
                } else {
                    stack.removeAll { lists[$0].isStructural }
                    lists.append(ArgumentList(members: [i], positions: [1], parent: nil, lastParagraph: unit.paragraph))
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
                    lists[top].lastParagraph = unit.paragraph
                    joined = true
                }
            }
            if !joined { steps[i] = nil }
            if joined, unit.isListItem, let top = stack.last { lists[top].isStructural = true }
            if joined, let top = stack.last, lists[top].style.isEmpty { lists[top].style = Self.style(of: unit) }
        }
        // a lone "First" is no list
        var keep = lists.map { $0.members.count > 1 || $0.positions.first != 1 }
        for (n, list) in lists.enumerated() where list.members.count == 1 && list.positions.first == 1 {
            keep[n] = false
            for member in list.members { steps[member] = nil }
        }
        var renumber: [Int?] = Array(repeating: nil, count: lists.count)
        var kept: [ArgumentList] = []
        for (n, list) in lists.enumerated() where keep[n] {
            renumber[n] = kept.count
            var list = list
            if list.parent == nil { list.announcer = announcer(of: list, units: units) }
            kept.append(list)
        }
        // each unit's innermost enclosing member
        var scope: [Int?] = Array(repeating: nil, count: units.count)
        for i in units.indices {
            for listIndex in snapshots[i].reversed() {
                guard let n = renumber[listIndex] else { continue }
                if let last = kept[n].members.last(where: { $0 < i }) {
                    scope[i] = last
                    break
                }
            }
        }
        return (kept, scope)
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
        unit.markers.first { $0.isInitial && $0.entry.listStep != nil && $0.sense != nil }
    }

    /// `true` when an explicit ordinal `position` follows within reach (so "Furthermore" is not it).
    static func explicitAhead(_ position: Int, after i: Int, units: [Unit], steps: [ListStep?]) -> Bool {
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
    static func announcer(of list: ArgumentList, units: [Unit]) -> Int? {
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
