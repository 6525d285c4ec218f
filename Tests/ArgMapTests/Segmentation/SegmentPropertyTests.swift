import Testing

@testable import ArgMap

/// Property tests: on random text and random Unicode, the ranges slice the input exactly, in order, without
/// overlap, trimmed, and together cover every non-whitespace scalar.
@Suite struct SegmentPropertyTests {
    /// SplitMix64: a small seeded generator, so a failure can be replayed from its seed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces that exercise the rules: abbreviations, marks, quotes, lists, whitespace of every kind.
    static let fragments: [String] = [
        "word", "The", "However", "U.S.", "Dr.", "e.g.", "No.", "5", "3.14", "$100.00", "J.", "R.", "a.m.",
        ".", "?", "!", "...", "…", ". . .", "?!", "\"", "'", "”", "’", "“", "(", ")", "[17]", "[...]", "—",
        " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u{A0}", "\u{2028}", "\u{3000}", "\u{2009}", "\u{85}",
        "•", "⁃", "- ", "1.", "2)", "a.", "http://example.com/a.b", "x@y.org", "é", "Ünter", "日本語。", "😀",
        "e\u{301}", "Ωmega", "İ", "ǅ", "\u{200B}", "‼", "⁉", "«", "»", "¿", "N°.",
    ]

    static func randomText(_ rng: inout SeededGenerator) -> String {
        var s = ""
        for _ in 0..<Int.random(in: 0...40, using: &rng) {
            if Int.random(in: 0..<8, using: &rng) == 0 {
                s.unicodeScalars.append(randomScalar(&rng))
            } else {
                s += fragments[Int.random(in: 0..<fragments.count, using: &rng)]
            }
        }
        return s
    }

    static func randomScalar(_ rng: inout SeededGenerator) -> Unicode.Scalar {
        while true {
            let planeRoll = Int.random(in: 0..<10, using: &rng)
            let upper: UInt32 = planeRoll < 4 ? 0x80 : planeRoll < 8 ? 0x1_0000 : 0x11_0000
            if let scalar = Unicode.Scalar(UInt32.random(in: 0..<upper, using: &rng)) { return scalar }
        }
    }

    /// Checks every invariant on one text; returns a description of the first violation.
    static func violation(in text: String, _ segmenter: SentenceSegmenter) -> String? {
        let bytes = Array(text.utf8)
        let ranges = segmenter.segment(text)
        var scalarStarts = Set<Int>()
        var covered = [Bool](repeating: false, count: bytes.count)
        var previousEnd = 0
        for range in ranges {
            guard range.lowerBound >= previousEnd, !range.isEmpty, range.upperBound <= bytes.count else {
                return "range \(range) out of order, empty or out of bounds"
            }
            previousEnd = range.upperBound
            for k in range { covered[k] = true }
        }
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = UTF8.width(scalar)
            scalarStarts.insert(offset)
            if !scalar.properties.isWhitespace, !covered[offset] {
                return "non-whitespace U+\(String(scalar.value, radix: 16)) at byte \(offset) in no sentence"
            }
            if covered[offset] != covered[offset + length - 1] { return "scalar at \(offset) split by a range" }
            offset += length
        }
        scalarStarts.insert(bytes.count)
        for range in ranges {
            guard scalarStarts.contains(range.lowerBound), scalarStarts.contains(range.upperBound) else {
                return "range \(range) not on scalar boundaries"
            }
            let slice = String(decoding: bytes[range], as: UTF8.self)
            guard let first = slice.unicodeScalars.first, let last = slice.unicodeScalars.last,
                !first.properties.isWhitespace, !last.properties.isWhitespace
            else { return "range \(range) not trimmed: \(slice.debugDescription)" }
        }
        if segmenter.segment(text) != ranges { return "not deterministic" }
        return nil
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomTextIsCoveredExactly(seed: UInt64) {
        var rng = SeededGenerator(state: seed)
        let segmenter = SentenceSegmenter()
        for round in 0..<400 {
            let text = Self.randomText(&rng)
            if let problem = Self.violation(in: text, segmenter) {
                Issue.record("seed \(seed) round \(round): \(problem) in \(text.debugDescription)")
                return
            }
        }
    }

    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func randomUnicodeIsCoveredExactly(seed: UInt64) {
        var rng = SeededGenerator(state: seed)
        let segmenter = SentenceSegmenter()
        for round in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 0...60, using: &rng) { text.unicodeScalars.append(Self.randomScalar(&rng)) }
            if let problem = Self.violation(in: text, segmenter) {
                Issue.record("seed \(seed) round \(round): \(problem) in \(text.debugDescription)")
                return
            }
        }
    }

    /// Arbitrary bytes (invalid UTF-8 included) never crash and give ordered, in-bounds ranges.
    @Test func arbitraryBytesGiveOrderedRanges() {
        var rng = SeededGenerator(state: 99)
        let segmenter = SentenceSegmenter()
        let interesting: [UInt8] = [0x2E, 0x3F, 0x21, 0x0A, 0x0D, 0x20, 0xE2, 0x80, 0xA6, 0xA2, 0xC2, 0xA0, 0x41, 0x61, 0x31, 0x5B, 0x5D]
        for _ in 0..<500 {
            let count = Int.random(in: 0...64, using: &rng)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &rng) ? interesting[Int.random(in: 0..<interesting.count, using: &rng)] : UInt8.random(in: 0...255, using: &rng)
            }
            let ranges = bytes.withUnsafeBufferPointer { segmenter.segment(bytes: $0) }
            var previousEnd = 0
            for range in ranges {
                #expect(range.lowerBound >= previousEnd && !range.isEmpty && range.upperBound <= bytes.count)
                previousEnd = range.upperBound
            }
        }
    }

    /// Degenerate inputs of 400 KB (one endless token, runs of marks, whitespace, list markers) take time
    /// linear in their size: a quadratic rule would take minutes here.
    @Test(arguments: ["a", ".", ". ", "?! ", "\n", " \n\n", "1. ", "a.", "http://x.y/", "U.S.", "x@y.", "[1]", "…", "• "])
    func degenerateInputStaysFast(unit: String) {
        let text = String(repeating: unit, count: 400_000 / unit.utf8.count)
        let clock = ContinuousClock()
        var ranges: [Range<Int>] = []
        let elapsed = clock.measure { ranges = SentenceSegmenter().segment(text) }
        #expect(elapsed < .seconds(20), "\(unit.debugDescription) x \(text.utf8.count / unit.utf8.count): \(elapsed)")
        #expect(ranges.allSatisfy { $0.upperBound <= text.utf8.count })
    }
}
