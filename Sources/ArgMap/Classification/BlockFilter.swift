/// Decides which blocks hold no statements: headings (crossheads, titles), page furniture
/// that slipped through ingest ("Enable Read mode", "100% Font Size"), disclaimers, and the
/// author's bio at the end.
enum BlockFilter {
    /// For each block, whether it gives no nodes.
    static func skipped(document: Document) -> [Bool] {
        let blocks = document.blocks
        var skipped = Array(repeating: false, count: blocks.count)
        var shortLines: [String] = []  // lowercased only when a bio candidate needs them
        if let byline = document.byline { shortLines.append(byline) }
        for (b, block) in blocks.enumerated() {
            if block.kind == .heading || isFurniture(block.text) {
                skipped[b] = true
                if block.text.utf8.count < 200 { shortLines.append(block.text) }
            } else if startsWithDisclaimer(block.text) {
                skipped[b] = true
            }
        }
        var loweredLines: Set<String>?
        for b in max(0, blocks.count - 4)..<blocks.count where !skipped[b] {
            guard blocks[b].text.utf8.first.map({ $0 >= 0x41 && $0 <= 0x5A }) == true, let name = bioName(blocks[b].text) else { continue }
            let lowered = name.lowercased()
            let lines = loweredLines ?? Set(shortLines.map { $0.lowercased() })
            loweredLines = lines
            if lines.contains(where: { $0.contains(lowered) })
                || !Set(Tokenizer.words(of: blocks[b].text)).isDisjoint(with: bioWords)
            {
                skipped[b] = true
            }
        }
        return skipped
    }

    /// Words of an author's bio ("co-founder", "columnist", "follow her on Twitter").
    static let bioWords: Set<String> = [
        "co-founder", "founder", "columnist", "journalist", "professor", "lecturer", "researcher", "editor",
        "correspondent", "author", "fellow", "twitter", "alumni", "alumnus", "graduate", "phd", "candidate",
    ]

    /// `true` when the text opens with "Disclaimer" in any case.
    static func startsWithDisclaimer(_ text: String) -> Bool {
        let prefix: StaticString = "disclaimer"
        let count = prefix.utf8CodeUnitCount
        var k = 0
        for b in text.utf8.prefix(count) {
            guard b | 0x20 == prefix.utf8Start[k] else { return false }
            k += 1
        }
        return k == count
    }

    /// `true` for a short line without sentence punctuation (furniture, a subtitle, a stray label).
    static func isFurniture(_ text: String) -> Bool {
        if text.utf8.count > 160 { return false }  // twelve words never take this many bytes in furniture
        // sentence punctuation at the end (. ! ? : " ' ) ” ’) settles it before the words are counted
        let utf8 = text.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
        if end > utf8.startIndex {
            let last = utf8[utf8.index(before: end)]
            switch last {
            case 0x2E, 0x21, 0x3F, 0x3A, 0x22, 0x27, 0x29: return false
            case 0x9D, 0x99:  // ” and ’ are E2 80 9D and E2 80 99
                if utf8.distance(from: utf8.startIndex, to: end) >= 3 {
                    let first = utf8.index(end, offsetBy: -3)
                    if utf8[first] == 0xE2, utf8[utf8.index(after: first)] == 0x80 { return false }
                }
            default: break
            }
        }
        return Tokenizer.wordCount(of: text) < 12
    }

    /// The name opening a bio ("Maria Dubovikova is a co-founder of ..."), if the block starts like one.
    static func bioName(_ text: String) -> String? {
        guard hasVerbOfBio(text) else { return nil }
        // the first words only: split the bytes at spaces, the rest of the paragraph untouched
        let parts = text.utf8.split(separator: 0x20, maxSplits: 6).map { Substring($0) }
        var k = 0
        while k < parts.count, k < 4, let first = parts[k].unicodeScalars.first, first.properties.isUppercase { k += 1 }
        guard k >= 2, k + 1 < parts.count, parts[k] == "is" || parts[k] == "was" else { return nil }
        guard ["a", "an", "the"].contains(parts[k + 1]) else { return nil }
        return parts[0..<k].joined(separator: " ")
    }
}

extension BlockFilter {
    /// `true` when the third, fourth or fifth space-separated word is "is" or "was": what
    /// ``bioName(_:)`` needs, checked on the bytes before anything is split or copied.
    static func hasVerbOfBio(_ text: String) -> Bool {
        var word = 0  // index of the current word
        var start = -1  // byte offset where the current word started, -1 between words
        var offset = 0
        var found = false
        func check(_ start: Int, _ end: Int, _ utf8: String.UTF8View) {
            guard word >= 2, word <= 4 else { return }
            let length = end - start
            guard length == 2 || length == 3 else { return }
            let from = utf8.index(utf8.startIndex, offsetBy: start)
            let bytes = utf8[from...].prefix(length)
            if bytes.elementsEqual("is".utf8) || bytes.elementsEqual("was".utf8) { found = true }
        }
        let utf8 = text.utf8
        for b in utf8 {
            if b == 0x20 {
                if start >= 0 {
                    check(start, offset, utf8)
                    word += 1
                    start = -1
                    if found || word > 4 { return found }
                }
            } else if start < 0 {
                start = offset
            }
            offset += 1
        }
        if start >= 0 { check(start, offset, utf8) }
        return found
    }
}

/// List numbers at the start of a sentence ("1.", "2)", "(a)") and ordinal headings ("Second: cost").
enum Numbering {
    /// The list number opening a byte range, and where the content after it starts.
    static func item(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> ((marker: Marker, step: ListStep), Int)? {
        var i = range.lowerBound
        let end = range.upperBound
        guard i < end else { return nil }
        if let length = bullet(bytes, at: i, end: end) {
            var content = i + length
            while content < end, bytes[content] == 0x20 { content += 1 }
            let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]), as: UTF8.self)
            return ((Marker(text: label, range: i..<(i + length), sense: .enumeration), .bullet), content)
        }
        var value = 0
        var opened = false
        if bytes[i] == 0x28 { opened = true; i += 1 }
        let start = i
        while i < end, i - start < 2, bytes[i] >= 0x30, bytes[i] <= 0x39 { value = value * 10 + Int(bytes[i] - 0x30); i += 1 }
        if i == start, i < end, bytes[i] >= 0x61, bytes[i] <= 0x68, i + 1 < end, bytes[i + 1] == 0x29 {
            value = Int(bytes[i] - 0x60); i += 1
        }
        guard value > 0, i < end else { return nil }
        if opened {
            guard bytes[i] == 0x29 else { return nil }
        } else {
            guard bytes[i] == 0x2E || bytes[i] == 0x29 else { return nil }
        }
        i += 1
        guard i == end || bytes[i] == 0x20 else { return nil }
        let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<i]), as: UTF8.self)
        var content = i
        while content < end, bytes[content] == 0x20 { content += 1 }
        return ((Marker(text: label, range: range.lowerBound..<i, sense: .enumeration), .position(value)), content)
    }

    /// The byte length of a bullet ("•", "◦", "▪", "·", "-", "*") followed by a space at `i`, if any.
    static func bullet(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        let length: Int
        switch bytes[i] {
        case 0x2D, 0x2A: length = 1
        case 0xC2 where i + 1 < end && bytes[i + 1] == 0xB7: length = 2
        case 0xE2 where i + 2 < end:
            let pair = (bytes[i + 1], bytes[i + 2])
            guard pair == (0x80, 0xA2) || pair == (0x97, 0xA6) || pair == (0x96, 0xAA) || pair == (0x97, 0x8B)
                || pair == (0x80, 0x93)
            else { return nil }
            length = 3
        default: return nil
        }
        guard i + length < end, bytes[i + length] == 0x20 else { return nil }
        return length
    }

    /// The ordinal a heading opens with ("Second: the cost", "3. Safety"), if any.
    static func heading(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, lexicon: Lexicon) -> (Marker, ListStep)? {
        if let (numbering, _) = item(bytes, range: range) { return numbering }
        let tokens = Tokenizer.tokens(bytes, in: range)
        guard let first = tokens.first, first.isWord else { return nil }
        let table = lexicon.matcher
        let match = withExtendedLifetime(table) {
            tokens.withUnsafeBufferPointer { run in
                table.firstMatch(of: table.slot(for: first.hash), in: run, at: 0) { candidate in
                    if case .position = table.flags[candidate].listStep { true } else { false }
                }
            }
        }
        if match >= 0, case let candidate = table.candidates[match], let step = table.flags[match].listStep {
            let markerRange = first.range.lowerBound..<tokens[Int(candidate.wordCount) - 1].range.upperBound
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[markerRange]), as: UTF8.self)
            return (Marker(text: text, range: markerRange, sense: .enumeration), step)
        }
        return nil
    }
}
