import Benchmark

let benchmarks: @Sendable () -> Void = {
    // Filled in by its owner.
}
