import Foundation
import Synchronization
import Testing
@testable import argmap

/// The parallel engine of `batch` and `stream`: input order, bounded memory, errors.
@Suite struct OrderedWorkersTests {
    private struct Stop: Error {}

    @Test(arguments: [1, 2, 5])
    func deliversInInputOrderWithinTheWindow(jobs: Int) throws {
        let workers = OrderedWorkers(jobs: jobs, window: 6)
        let inFlight = Mutex((now: 0, most: 0))
        var source = (0..<200).makeIterator()
        var delivered: [Int] = []
        try workers.run(
            next: { () -> Int? in
                guard let n = source.next() else { return nil }
                inFlight.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                return n
            },
            work: { n in
                if n % 7 == 0 { Thread.sleep(forTimeInterval: 0.002) }  // uneven work
                return n * n
            },
            deliver: { value in
                inFlight.withLock { $0.now -= 1 }
                delivered.append(value)
            })
        #expect(delivered == (0..<200).map { $0 * $0 })
        #expect(inFlight.withLock { $0.most } <= 6)
    }

    @Test func anErrorFromDeliverStopsTheRun() {
        var source = (0..<1000).makeIterator()
        var delivered = 0
        #expect(throws: Stop.self) {
            try OrderedWorkers(jobs: 3).run(
                next: { source.next() },
                work: { $0 },
                deliver: { n in
                    if n == 10 { throw Stop() }
                    delivered += 1
                })
        }
        #expect(delivered == 10)
    }

    @Test func emptySourceDeliversNothing() throws {
        var calls = 0
        try OrderedWorkers(jobs: 2).run(next: { () -> Int? in nil }, work: { $0 }, deliver: { _ in calls += 1 })
        #expect(calls == 0)
    }
}
