import Foundation

/// Runs work on `jobs` threads and hands the results back in input order, holding at most `window` items
/// (waiting, running or done but not yet delivered) at once, so memory stays bounded however many items the
/// source yields, and one slow item does not hold the other threads back.
struct OrderedWorkers: Sendable {
    /// The number of worker threads.
    let jobs: Int
    /// The largest number of items in flight.
    let window: Int

    /// Creates workers; the window defaults to eight items per job.
    init(jobs: Int, window: Int? = nil) {
        self.jobs = max(1, jobs)
        self.window = max(self.jobs, window ?? self.jobs * 8)
    }

    /// Takes items from `next` (on the calling thread) until it returns `nil`, runs `work` on each on the worker
    /// threads, calls `finished` on the worker thread as each one ends, and `deliver` on the calling thread with
    /// every result, in input order. An error from `next` or `deliver` stops the run after the running items end.
    func run<Item: Sendable, Output: Sendable>(
        next: () throws -> Item?,
        work: @escaping @Sendable (Item) -> Output,
        finished: @escaping @Sendable (Output) -> Void = { _ in },
        deliver: (Output) throws -> Void
    ) throws {
        let state = SharedState<Item, Output>()
        let group = DispatchGroup()
        for _ in 0..<jobs {
            group.enter()
            let thread = Thread {
                while let (index, item) = state.take() {
                    let output = work(item)
                    finished(output)
                    state.put(output, at: index)
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer {
            state.close()
            group.wait()
        }
        var assigned = 0, delivered = 0, sourceDone = false
        while !sourceDone || delivered < assigned {
            while !sourceDone, assigned - delivered < window {
                if let item = try next() {
                    state.add(item, at: assigned)
                    assigned += 1
                } else {
                    sourceDone = true
                    state.close()
                }
            }
            if delivered < assigned {
                try deliver(state.result(at: delivered))
                delivered += 1
            }
        }
    }
}

/// The queue of waiting items and the results not yet delivered, guarded by one condition.
private final class SharedState<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [(Int, Item)?] = []
    private var head = 0
    private var results: [Int: Output] = [:]
    private var isClosed = false

    /// Queues an item for the workers.
    func add(_ item: Item, at index: Int) {
        condition.lock()
        queue.append((index, item))
        condition.broadcast()
        condition.unlock()
    }

    /// No more items will be added: workers end once the queue is empty.
    func close() {
        condition.lock()
        isClosed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next waiting item, waiting for one; `nil` when the queue is closed and empty.
    func take() -> (Int, Item)? {
        condition.lock()
        defer { condition.unlock() }
        while head == queue.count, !isClosed { condition.wait() }
        guard head < queue.count, let entry = queue[head] else { return nil }
        queue[head] = nil  // a taken item is released at once
        head += 1
        if head == queue.count {
            queue.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 256 {
            queue.removeFirst(head)
            head = 0
        }
        return entry
    }

    /// Stores a finished item's output.
    func put(_ output: Output, at index: Int) {
        condition.lock()
        results[index] = output
        condition.broadcast()
        condition.unlock()
    }

    /// The output of item `index`, waiting until it is done; it is then forgotten.
    func result(at index: Int) -> Output {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let output = results.removeValue(forKey: index) { return output }
            condition.wait()
        }
    }
}
