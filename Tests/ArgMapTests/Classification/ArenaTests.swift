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

    @Test func resetKeepsTheFirstChunkForNewRuns() {
        let arena = Arena<UInt64>(chunkSize: 4)
        let first = arena.run(capacity: 3) { start in
            for k in 0..<3 { (start + k).initialize(to: UInt64(k)) }
            return 3
        }
        _ = arena.run(capacity: 10) { start in start.initialize(to: 9); return 1 }  // a second chunk
        arena.reset()
        let again = arena.run(capacity: 4) { start in
            for k in 0..<4 { (start + k).initialize(to: UInt64(40 + k)) }
            return 4
        }
        #expect(again.baseAddress == first.baseAddress)  // the first chunk, reused from its start
        #expect(Array(again) == [40, 41, 42, 43])
        let spill = arena.run(capacity: 2) { start in start.initialize(to: 7); (start + 1).initialize(to: 8); return 2 }
        #expect(Array(spill) == [7, 8])
        #expect(Array(again) == [40, 41, 42, 43])
    }

    @Test func resetReleasesAHugeFirstChunk() {
        let arena = Arena<UInt64>(chunkSize: 4)
        let huge = arena.run(capacity: 100) { start in
            for k in 0..<100 { (start + k).initialize(to: UInt64(k)) }
            return 100
        }
        #expect(huge.count == 100 && huge.last == 99)
        arena.reset()  // a first chunk of 100 (over 4 x 4) is not kept
        let next = arena.run(capacity: 2) { start in start.initialize(to: 5); (start + 1).initialize(to: 6); return 2 }
        #expect(Array(next) == [5, 6])
        let more = arena.run(capacity: 3) { start in for k in 0..<3 { (start + k).initialize(to: 9) }; return 3 }
        #expect(Array(more) == [9, 9, 9] && Array(next) == [5, 6])
    }

    @Test func storesAreReusedAndMapsStayTheSame() {
        // mapping the same text twice (the second time with a reused store) gives the same map
        let text = "Of course, the fee is high, but once people pay it, the streets will be clean. "
            + "Firstly, buses run on time. Secondly, the air is cleaner; thirdly, shops gain."
        let document = Document(source: "t", blocks: [TextBlock(kind: .paragraph, text: text)])
        let pipeline = Pipeline()
        let first = pipeline.graph(for: document)
        let second = pipeline.graph(for: document)
        #expect(first == second)
        #expect(first.nodes.count >= 5)
    }
}
