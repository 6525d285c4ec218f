/// Writes an ArgumentGraph in the AIF format. (Unfinished: being written.)
public struct AIFExporter: Sendable {
    /// Creates an exporter.
    public init() {}

    /// The AIF text of `graph`.
    public func export(_ graph: ArgumentGraph) -> String {
        "" // unfinished
    }
}
