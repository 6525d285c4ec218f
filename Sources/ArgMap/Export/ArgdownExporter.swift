/// Writes an ArgumentGraph in the Argdown format. (Unfinished: being written.)
public struct ArgdownExporter: Sendable {
    /// Creates an exporter.
    public init() {}

    /// The Argdown text of `graph`.
    public func export(_ graph: ArgumentGraph) -> String {
        "" // unfinished
    }
}
