import ArgMap
import Foundation

/// Runs Graphviz `dot` to draw a DOT graph as SVG.
enum Graphviz {
    /// The message shown when `dot` is not on the `PATH`.
    static let missingMessage = "Graphviz `dot` not found: install graphviz"

    /// The path of the `dot` executable on the `PATH`, or `nil` when Graphviz is not installed.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = String(directory) + "/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// `true` when `dot` can be run.
    static var isAvailable: Bool { executable != nil }

    /// Maps with more statements than this are not drawn: `dot`'s layout time grows much faster than the
    /// graph (16,000 nodes take minutes), and such a drawing is unreadable anyway.
    static let maximumNodes = 2_000

    /// How long `dot` may run before it is stopped (seconds).
    static let timeout: TimeInterval = 120

    /// `true` when `graph` is small enough to draw.
    static func canDraw(_ graph: ArgumentGraph) -> Bool { graph.nodes.count <= maximumNodes }

    /// The SVG drawing of `graph`.
    /// - Throws: a reason when `dot` is missing, fails or runs out of time, or the map is too large to draw.
    static func svg(for graph: ArgumentGraph) throws(CLIError) -> String {
        guard canDraw(graph) else {
            throw CLIError(reason: "the map has \(graph.nodes.count) statements, more than Graphviz can draw in reasonable time (limit \(maximumNodes)); use --format dot")
        }
        return try svg(DOTExporter().export(graph))
    }

    /// The SVG drawing of `dotSource`, or an error after ``timeout`` seconds.
    /// - Throws: a reason when `dot` is missing, fails or runs out of time.
    static func svg(_ dotSource: String) throws(CLIError) -> String {
        guard let executable else { throw CLIError(reason: missingMessage) }
        let directory = FileManager.default.temporaryDirectory
        let stem = "argmap-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let input = directory.appendingPathComponent(stem + ".dot")
        let output = directory.appendingPathComponent(stem + ".svg")
        let log = directory.appendingPathComponent(stem + ".log")
        defer {
            for file in [input, output, log] { try? FileManager.default.removeItem(at: file) }
        }
        let process = Process()
        let exited = DispatchSemaphore(value: 0)
        do {
            try Data(dotSource.utf8).write(to: input)
            FileManager.default.createFile(atPath: log.path, contents: nil)
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["-Tsvg", "-o", output.path, input.path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: log)
            process.terminationHandler = { _ in exited.signal() }
            try process.run()
        } catch {
            throw CLIError(reason: "cannot run Graphviz `dot`: \((error as NSError).localizedDescription)")
        }
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
            throw CLIError(reason: "Graphviz `dot` did not finish within \(Int(timeout)) s; use --format dot")
        }
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output) else {
            let message = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw CLIError(reason: "Graphviz `dot` failed: \(firstLine)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
