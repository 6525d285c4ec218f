import Testing
@testable import ArgMap

/// The arena the mapper keeps a document's tokens in: runs are the tokenizer's tokens, and a run
/// stays intact while later runs fill the chunk and spill into new ones.
@Suite struct ArenaTests {
    @Test func runsHoldTheTokenizersTokensAndStayValid() {
        var text = "Short one. " + String(repeating: "A much longer sentence, with “quotes” and dashes — ", count: 200)
            + "x, y; z! Last."
        text.withUTF8 { bytes in
            let arena = Arena<Token>(chunkSize: 64)
            // small, larger than a chunk, small again, empty: each run checked after all are made
            let ranges = [0..<10, 0..<bytes.count, (bytes.count - 14)..<bytes.count, 5..<5, 11..<400]
            let runs = ranges.map { arena.tokens(bytes, in: $0) }
            for (range, run) in zip(ranges, runs) {
                #expect(Array(run) == Tokenizer.tokens(bytes, in: range))
            }
            #expect(runs[0].filter(\.isWord).count == 2)
            #expect(runs[1].count > 2000)
            #expect(runs[3].isEmpty)
        }
    }

    @Test func runsOfPlainValuesAreWhatWasWritten() {
        let arena = Arena<UInt64>(chunkSize: 4)
        var runs: [UnsafeBufferPointer<UInt64>] = []
        for n in 0..<20 {
            runs.append(arena.run(capacity: n) { start in
                for k in 0..<n { (start + k).initialize(to: UInt64(n * 100 + k)) }
                return n
            })
        }
        for (n, run) in runs.enumerated() {
            #expect(Array(run) == (0..<n).map { UInt64(n * 100 + $0) })
        }
        // a run may use less than it asked for
        let short = arena.run(capacity: 10) { start in start.initialize(to: 7); return 1 }
        #expect(Array(short) == [7])
    }
}
