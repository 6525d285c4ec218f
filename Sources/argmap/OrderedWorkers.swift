import Foundation

/// Runs work on `jobs` threads and hands the results back in input order, holding at most `window` items
/// (waiting, running or done but not yet delivered) at once, so memory stays bounded however many items the
/// source yields, and one slow item does not hold the other threads back.
///
/// The source is read on a thread of its own, so a result is delivered as soon as it and those before it are
/// done, even while the source waits for more input (a process that writes one record to `argmap stream` and
/// waits for its answer gets it).
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

    /// Takes items from `next` (on a reader thread) until it returns `nil`, runs `work` on each on the worker
    /// threads, calls `finished` on the worker thread as each one ends, and `deliver` on the calling thread with
    /// every result, in input order. An error from `next` is thrown once the items read before it are
    /// delivered; an error from `deliver` stops the run at once.
    ///
    /// `next` is only ever called from the reader thread, one call at a time, and not after `run` returns.
    func run<Item: Sendable, Output: Sendable>(
        next: @escaping () throws -> Item?,
        work: @escaping @Sendable (Item) -> Output,
        finished: @escaping @Sendable (Output) -> Void = { _ in },
        deliver: (Output) throws -> Void
    ) throws {
        let state = SharedState<Item, Output>(window: window)
        let workers = DispatchGroup()
        for _ in 0..<jobs {
            workers.enter()
            let thread = Thread {
                while let (index, item) = state.take() {
                    let output = work(item)
                    finished(output)
                    state.put(output, at: index)
                }
                workers.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        let source = SourceBox(next)
        let reader = Thread {
            do {
                while state.waitForRoom(), let item = try source.next() { state.add(item) }
                state.finishSource(error: nil)
            } catch {
                state.finishSource(error: error)
            }
        }
        reader.start()
        defer {
            state.stop()
            workers.wait()
        }
        var delivered = 0
        while let output = state.result(at: delivered) {
            try deliver(output)
            delivered += 1
            state.markDelivered(delivered)
        }
        if let error = state.sourceError { throw error }
    }
}

/// Carries the source closure to the reader thread, the only thread that calls it.
private final class SourceBox<Item>: @unchecked Sendable {
    let next: () throws -> Item?
    init(_ next: @escaping () throws -> Item?) { self.next = next }
}

/// The queue of waiting items and the results not yet delivered, guarded by one condition.
private final class SharedState<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    private var queue: [(Int, Item)?] = []
    private var head = 0
    private var results: [Int: Output] = [:]
    private var assigned = 0
    private var delivered = 0
    private var isSourceDone = false
    private var isStopped = false
    private(set) var sourceError: (any Error)?

    init(window: Int) { self.window = window }

    /// Waits until fewer than `window` items are in flight; `false` once the run is stopped.
    func waitForRoom() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !isStopped, assigned - delivered >= window { condition.wait() }
        return !isStopped
    }

    /// Queues an item for the workers.
    func add(_ item: Item) {
        condition.lock()
        queue.append((assigned, item))
        assigned += 1
        condition.broadcast()
        condition.unlock()
    }

    /// The source has ended (with an error, or `nil`): workers end once the queue is empty.
    func finishSource(error: (any Error)?) {
        condition.lock()
        isSourceDone = true
        sourceError = error
        condition.broadcast()
        condition.unlock()
    }

    /// The run is over: the reader stops asking for room and the workers end once the queue is empty.
    func stop() {
        condition.lock()
        isStopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// `count` results have been delivered.
    func markDelivered(_ count: Int) {
        condition.lock()
        delivered = count
        condition.broadcast()
        condition.unlock()
    }

    /// The next waiting item, waiting for one; `nil` when no more will come and the queue is empty.
    func take() -> (Int, Item)? {
        condition.lock()
        defer { condition.unlock() }
        while head == queue.count, !isSourceDone, !isStopped { condition.wait() }
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

    /// The output of item `index`, waiting until it is done (it is then forgotten); `nil` when the source has
    /// ended and every item it gave was delivered.
    func result(at index: Int) -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let output = results.removeValue(forKey: index) { return output }
            if isSourceDone, index >= assigned { return nil }
            condition.wait()
        }
    }
}
