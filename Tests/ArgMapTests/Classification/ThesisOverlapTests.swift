import Testing
@testable import ArgMap

/// The closing-paragraph word table the thesis rules use agrees with the plain definition of overlap
/// (a statement's words found in another's, over the fewer of the two), and restatement picks the thesis.
@Suite struct ThesisOverlapTests {
    /// The share of `a`'s words (counted as often as `a` has them) found in `b`, over the smaller count.
    static func reference(_ a: [UInt64], _ b: [UInt64]) -> Double {
        let set = WordSet(hashes: b)
        guard !a.isEmpty, !set.isEmpty else { return 0 }
        let shared = a.reduce(0) { n, hash in set.contains(hash: hash) ? n + 1 : n }
        return Double(shared) / Double(min(a.count, set.count))
    }

    /// A deterministic stream of word hashes drawn from a small vocabulary (so words repeat).
    struct Words {
        var state: UInt64
        mutating func next(vocabulary: UInt64) -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Tokenizer.wordHash("w\((state >> 33) % vocabulary)".utf8)
        }
    }

    @Test(arguments: [1, 5, 64, 65, 130])
    func tableAgreesWithTheDefinition(statements: Int) {
        var words = Words(state: UInt64(statements))
        var closing: [[UInt64]] = []
        for j in 0..<statements { closing.append((0..<(j % 7)).map { _ in words.next(vocabulary: 40) }) }
        let table = ClosingWords(words: closing.flatMap { $0 }, starts: closing.reduce(into: [0]) { $0.append(($0.last ?? 0) + $1.count) })
        #expect(table.statements == statements)
        for trial in 0..<40 {
            let candidate = (0..<(3 + trial % 9)).map { _ in words.next(vocabulary: 40) }
            var shared = [Int](repeating: 0, count: statements)
            for word in candidate { table.count(word, into: &shared) }
            let expected = closing.contains { Self.reference(candidate, $0) >= 0.35 }
            #expect(table.overlaps(shared, words: candidate.count) == expected, "trial \(trial)")
        }
    }

    @Test func anEmptyTableSharesNothing() {
        let table = ClosingWords(words: [], starts: [0])
        var shared: [Int] = []
        table.count(Tokenizer.wordHash("transport".utf8), into: &shared)
        #expect(table.statements == 0)
        #expect(!table.overlaps(shared, words: 3))
    }

    @Test func anOpeningClaimRestatedByTheClosingConclusionIsTheThesis() throws {
        let mapped = Mapped([
            "Cities should close central streets to private cars on weekends.",
            "Traffic fumes harm children who walk to school. Noise keeps residents awake.",
            "Shops worry about losing customers. Yet footfall rose where streets were closed.",
            "Therefore the city must close central streets to private cars.",
        ])
        let thesis = try #require(mapped.thesis)
        #expect(mapped.text(thesis).hasPrefix("Cities should close central streets"))
        #expect(thesis.rule == "thesis-restated")
    }
}
