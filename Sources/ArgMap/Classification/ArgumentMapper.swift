/// Turns a document and its sentences into an argument map with transparent rules over a
/// discourse-marker lexicon: argumentative units, numbered lists, the thesis, counterpoints,
/// rebuttals, reasons, and the edges between them. Every node and edge names its rule.
public struct ArgumentMapper: Sendable {
    /// The lexicon the rules read.
    public let lexicon: Lexicon

    /// Creates a mapper.
    /// - Parameter lexicon: the marker lexicon; the built-in one by default (see ``Lexicon/init(contentsOfFile:)``
    ///   to add or override entries).
    public init(lexicon: Lexicon = .builtIn) {
        self.lexicon = lexicon
    }

    /// Maps the sentences of a document.
    /// - Parameters:
    ///   - document: the ingested document (its blocks tell headings from paragraphs).
    ///   - text: `document.text`.
    ///   - sentences: its sentences.
    /// - Returns: nodes in text order, edges sorted by (from, to, relation), and the thesis id.
    public func map(document: Document, text: String, sentences: [Sentence]) -> (nodes: [ArgumentNode], edges: [ArgumentEdge], thesis: String?) {
        var text = text
        return text.withUTF8 { bytes in map(document: document, bytes: bytes, sentences: sentences) }
    }

    func map(
        document: Document, bytes: UnsafeBufferPointer<UInt8>, sentences: [Sentence]
    ) -> (nodes: [ArgumentNode], edges: [ArgumentEdge], thesis: String?) {
        // the units' tokens, words and markers live in the store, for this call only
        UnitStore.borrow { store in map(document: document, bytes: bytes, sentences: sentences, store: store) }
    }

    func map(
        document: Document, bytes: UnsafeBufferPointer<UInt8>, sentences: [Sentence], store: UnitStore
    ) -> (nodes: [ArgumentNode], edges: [ArgumentEdge], thesis: String?) {
        var (units, repeats) = self.units(document: document, bytes: bytes, sentences: sentences, store: store)
        defer {
            // the unit array's room goes back to the store for the next document
            units.removeAll(keepingCapacity: true)
            store.spareUnits = units
        }
        guard !units.isEmpty else { return ([], [], nil) }
        let (lists, scope) = ListBuilder.lists(units)
        var isMember = Array(repeating: false, count: units.count)
        for list in lists { for m in list.members where m < units.count { isMember[m] = true } }
        let thesis = ThesisSelector.select(units: units, title: document.title, isMember: isMember)
        let decisions = RoleAssigner.assign(units: units, thesis: thesis?.index, lists: lists, scope: scope, text: bytes)

        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        // list membership by unit: the list's number and the member's position (-1: none)
        var memberOf = [Int32](repeating: -1, count: units.count)
        var positionIn = [Int32](repeating: 0, count: units.count)
        for (n, list) in lists.enumerated() {
            for (k, m) in list.members.enumerated() {
                memberOf[m] = Int32(truncatingIfNeeded: n)
                positionIn[m] = Int32(truncatingIfNeeded: list.positions[k])
            }
        }
        let listIDs = lists.indices.map { "l\($0 + 1)" }
        // the places of repeated statements by unit, in unit order (read with a cursor, no look-ups)
        let repeated = repeats.isEmpty ? [] : repeats.sorted { $0.key < $1.key }
        var nextRepeat = 0
        var nodes: [ArgumentNode] = []
        nodes.reserveCapacity(units.count)
        units.withUnsafeBufferPointer { units in
            for i in units.indices {
                let d = decisions[i]
                let isThesis = i == thesis?.index
                // the deciding markers (for the thesis its stance and conclusion markers too), each
                // place once (the first marker at a place kept), then in text order
                var markers: [Marker] = []
                var places: Set<Range<Int>> = []  // filled once a node has many markers (a run-on sentence)
                func take(_ found: FoundMarker) {
                    guard let sense = found.sense else { return }
                    if markers.count < 16 {
                        guard !markers.contains(where: { $0.range == found.range }) else { return }
                    } else {
                        if places.isEmpty { places = Set(markers.map(\.range)) }
                        guard places.insert(found.range).inserted else { return }
                    }
                    markers.append(Marker(text: string(found.range), range: found.range, sense: sense))
                }
                d.deciding.forEachMarker(in: units, take)
                if isThesis {
                    for marker in units[i].markers where marker.sense == .stance { take(marker) }
                    if let result = units[i].result { take(result) }
                }
                var ordinal: Ordinal?
                if memberOf[i] >= 0 {
                    let list = lists[Int(memberOf[i])]
                    ordinal = Ordinal(
                        list: listIDs[Int(memberOf[i])], position: Int(positionIn[i]), parent: list.parent.map(Self.nodeID),
                        isIncomplete: list.isIncomplete)
                    if let numbering = units[i].numbering, !numbering.range.isEmpty,
                        places.isEmpty ? !markers.contains(where: { $0.range == numbering.range }) : !places.contains(numbering.range)
                    {
                        markers.append(Marker(text: string(numbering.range), range: numbering.range, sense: .enumeration))
                    }
                }
                if markers.count > 1 { markers.sort { $0.range.lowerBound < $1.range.lowerBound } }
                var occurrences: [Range<Int>]?
                if nextRepeat < repeated.count, repeated[nextRepeat].key == i {
                    occurrences = repeated[nextRepeat].value
                    nextRepeat += 1
                }
                nodes.append(ArgumentNode(
                    id: Self.nodeID(i), kind: isThesis ? .thesis : d.kind, range: units[i].range,
                    sentence: sentences[units[i].sentence].id, markers: markers, ordinal: ordinal,
                    occurrences: occurrences,
                    confidence: isThesis ? (thesis?.confidence ?? 0.5) : d.confidence,
                    rule: isThesis ? (thesis?.rule ?? "thesis") : d.rule.rawValue))
            }
        }
        // one edge at most from each unit, made in unit order: sorted by (from, to, relation) as made
        var edges: [ArgumentEdge] = []
        edges.reserveCapacity(decisions.count)
        for (i, d) in decisions.enumerated() {
            guard let target = d.target, target != i, i != thesis?.index else { continue }
            edges.append(ArgumentEdge(
                from: Self.nodeID(i), to: Self.nodeID(target), relation: d.relation,
                marker: d.edgeMarkerIsNumbering ? units[i].numbering.map { string($0.range) } : d.edgeMarker.map(string),
                confidence: d.edgeConfidence, rule: d.edgeRule.rawValue))
        }
        return (nodes, edges, thesis.map { Self.nodeID($0.index) })
    }

    /// Node ids "n1", "n2"... made once for the usual sizes, so a document only copies them.
    static let commonNodeIDs: [String] = (1...4096).map { "n\($0)" }

    /// The id of the node made from unit `index`.
    static func nodeID(_ index: Int) -> String {
        index < commonNodeIDs.count ? commonNodeIDs[index] : "n\(index + 1)"
    }

    /// Adds a repeated statement's place to the unit first holding it. The texts must agree byte
    /// for byte, but for sentence punctuation at the end ("players" and "players."): every place
    /// is then cut to the shared text, so each occurrence slices to the node's text.
    /// - Parameter occurrences: the unit's places so far (`nil`: only its own range).
    /// - Returns: `false` when the texts differ otherwise (then they stay two nodes).
    static func mergeOccurrence(
        _ range: Range<Int>, into unit: inout Unit, occurrences: inout [Range<Int>]?, bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let common = min(range.count, unit.range.count)
        for k in 0..<common where bytes[range.lowerBound + k] != bytes[unit.range.lowerBound + k] { return false }
        for r in [range, unit.range] {
            for k in (r.lowerBound + common)..<r.upperBound {
                let b = bytes[k]
                guard b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3B || b == 0x2C || b == 0x3A else { return false }
            }
        }
        unit.range = unit.range.lowerBound..<(unit.range.lowerBound + common)
        occurrences = ((occurrences ?? [unit.range]) + [range]).map { $0.lowerBound..<($0.lowerBound + common) }
        return true
    }

    /// A power of two above twice the number of units a text of `sentences` sentences can have.
    static func slotCount(for sentences: Int) -> Int {
        var count = 16
        while count < sentences * 8 { count *= 2 }
        return count
    }

    /// Puts unit `u` in the first free slot of its probe run.
    static func insert(_ u: Int, key: Int, into slots: inout [Int32]) {
        let mask = slots.count - 1
        var slot = key & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: u + 1)
    }

    /// The argumentative units of the body: sentences of non-heading, non-furniture blocks,
    /// split where a marker joins two claims; a repeated statement becomes one unit with
    /// several occurrences.
    /// - Parameter store: where the units' tokens, words and markers are kept; it must outlive the units.
    /// - Returns: the units, and the places of each repeated statement by unit index.
    func units(
        document: Document, bytes: UnsafeBufferPointer<UInt8>, sentences: [Sentence], store: UnitStore
    ) -> (units: [Unit], repeats: [Int: [Range<Int>]]) {
        let blocks = document.blocks
        let skipped = BlockFilter.skipped(document: document)
        var units = store.spareUnits
        store.spareUnits = []
        units.reserveCapacity(sentences.count + sentences.count / 2)
        var repeats: [Int: [Range<Int>]] = [:]
        // units of four words or more by the hash of their words (open addressing: unit index + 1, 0 empty);
        // units with the same words lie along one probe run in the order they came
        var statementSlots = [Int32](repeating: 0, count: Self.slotCount(for: sentences.count))
        var slotMask = statementSlots.count - 1
        var slotted = 0
        var pending: (range: Range<Int>, step: ListStep)?
        var headingOrdinals: [Int: (Marker, ListStep)] = [:]
        let blockRanges = document.blockRanges
        for b in blocks.indices where blocks[b].kind == .heading && b < blockRanges.count {
            if let numbering = Numbering.heading(bytes, range: blockRanges[b], lexicon: lexicon) { headingOrdinals[b] = numbering }
        }
        var lastParagraph = -1
        for s in sentences.indices {
            let paragraph = sentences[s].paragraph
            if paragraph != lastParagraph, !headingOrdinals.isEmpty {
                // a heading with an ordinal ("Second: the cost") numbers the text after it
                var h = paragraph - 1
                while h > lastParagraph, h >= 0 {
                    if let (marker, step) = headingOrdinals[h] { pending = (marker.range, step); break }
                    h -= 1
                }
            }
            guard paragraph < blocks.count, !skipped[paragraph] else { continue }
            var range = sentences[s].range
            let opensBlock = s == 0 || sentences[s - 1].paragraph != paragraph
            var listItem = opensBlock && blocks[paragraph].kind == .listItem
            if listItem, pending == nil {
                pending = (range.lowerBound..<range.lowerBound, .bullet)
            }
            if let (numbering, contentStart) = Numbering.item(bytes, range: range) {
                pending = (numbering.marker.range, numbering.step)
                listItem = true
                range = contentStart..<range.upperBound
                if range.isEmpty { continue }
            }
            let tokens = store.tokens.tokens(bytes, in: range)
            guard tokens.contains(where: \.isWord) else { continue }
            let markers = MarkerMatcher.markers(in: tokens, lexicon: lexicon, into: store.markers)
            let cut = UnitSplitter.splitIfCut(sentence: range, tokens: tokens, markers: markers, bytes: bytes)
            let spanCount = cut?.count ?? 1
            var tokenStart = 0
            for k in 0..<spanCount {
                let span = cut?[k] ?? UnitSpan(range: range, isSubordinateClause: false, followsSubordinateClause: false)
                // a whole sentence keeps its tokens and markers; a clause takes its slice and is read anew
                let unitTokens: UnsafeBufferPointer<Token>
                let unitMarkers: UnsafeBufferPointer<FoundMarker>
                if spanCount == 1 {
                    unitTokens = tokens
                    unitMarkers = markers
                } else {
                    while tokenStart < tokens.count, tokens[tokenStart].range.lowerBound < span.range.lowerBound { tokenStart += 1 }
                    var tokenEnd = tokenStart
                    while tokenEnd < tokens.count, tokens[tokenEnd].range.upperBound <= span.range.upperBound { tokenEnd += 1 }
                    unitTokens = UnsafeBufferPointer(rebasing: tokens[tokenStart..<tokenEnd])
                    unitMarkers = MarkerMatcher.markers(in: unitTokens, lexicon: lexicon, into: store.markers)
                    tokenStart = tokenEnd
                }
                guard unitTokens.contains(where: \.isWord) else { continue }
                var unit = Unit(
                    range: span.range, sentence: s, paragraph: paragraph, tokens: unitTokens,
                    markers: unitMarkers,
                    isSubordinateClause: span.isSubordinateClause,
                    followsSubordinateClause: span.followsSubordinateClause, opensSentence: k == 0, store: store)
                let words = unit.wordHashes
                let key = unit.statementKey
                if words.count >= 4 {
                    var slot = key & slotMask
                    var first: Int?
                    while statementSlots[slot] != 0 {
                        let u = Int(statementSlots[slot]) - 1
                        if units[u].statementKey == key, units[u].wordHashes.elementsEqual(words) { first = u; break }
                        slot = (slot + 1) & slotMask
                    }
                    if let first, Self.mergeOccurrence(span.range, into: &units[first], occurrences: &repeats[first], bytes: bytes) {
                        continue
                    }
                }
                if k == 0, let numbering = pending {
                    unit.numbering = numbering
                    pending = nil
                    if listItem {
                        unit.isListItem = true
                        var count = 1
                        while s + count < sentences.count, sentences[s + count].paragraph == paragraph,
                            Numbering.item(bytes, range: sentences[s + count].range) == nil
                        {
                            count += 1
                        }
                        unit.itemSentences = count
                    }
                }
                unit.opensParagraph = paragraph != lastParagraph
                lastParagraph = paragraph
                if words.count >= 4 {
                    if (slotted + 1) * 2 > statementSlots.count {
                        // grow, re-adding in unit order (keeps each probe run in the order units came)
                        statementSlots = [Int32](repeating: 0, count: statementSlots.count * 2)
                        slotMask = statementSlots.count - 1
                        for (u, other) in units.enumerated() where other.wordCount >= 4 {
                            Self.insert(u, key: other.statementKey, into: &statementSlots)
                        }
                    }
                    Self.insert(units.count, key: key, into: &statementSlots)
                    slotted += 1
                }
                units.append(unit)
            }
        }
        return (units, repeats)
    }
}
