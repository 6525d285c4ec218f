import Dispatch
import Synchronization

/// Runs work on up to `jobs` threads over bounded windows of items and hands the results back in input order.
///
/// At most `window` items and their results are held at once, so memory stays bounded however many items
/// the source yields.
struct OrderedWorkers: Sendable {
    /// The number of worker threads.
    let jobs: Int
    /// The number of items taken from the source at a time.
    let window: Int

    /// Creates workers; the window defaults to eight items per job.
    init(jobs: Int, window: Int? = nil) {
        self.jobs = max(1, jobs)
        self.window = max(1, window ?? self.jobs * 8)
    }

    /// Takes items from `next` until it returns `nil`, runs `work` on each in parallel, calls `finished` on the worker
    /// thread as each one ends, and `deliver` on the calling thread with every result, in input order.
    func run<Item: Sendable, Output: Sendable>(
        next: () throws -> Item?,
        work: @Sendable (Item) -> Output,
        finished: @Sendable (Output) -> Void = { _ in },
        deliver: (Output) throws -> Void
    ) throws {
        while true {
            var items: [Item] = []
            items.reserveCapacity(window)
            while items.count < window, let item = try next() { items.append(item) }
            if items.isEmpty { return }
            let batch = items
            let results = Mutex<[Output?]>(Array(repeating: nil, count: batch.count))
            let counter = Atomic<Int>(0)
            DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { _ in
                while true {
                    let index = counter.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < batch.count else { return }
                    let output = work(batch[index])
                    finished(output)
                    results.withLock { $0[index] = output }
                }
            }
            let outputs = results.withLock { all in
                defer { all = [] }
                return all
            }
            for case let output? in outputs { try deliver(output) }
        }
    }
}
