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

    /// The SVG drawing of `dotSource`.
    /// - Throws: a reason when `dot` is missing or fails.
    static func svg(_ dotSource: String) throws(CLIError) -> String {
        guard let executable else { throw CLIError(reason: missingMessage) }
        let directory = FileManager.default.temporaryDirectory
        let stem = "argmap-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let input = directory.appendingPathComponent(stem + ".dot")
        let output = directory.appendingPathComponent(stem + ".svg")
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        let process = Process()
        let errors = Pipe()
        do {
            try Data(dotSource.utf8).write(to: input)
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["-Tsvg", "-o", output.path, input.path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
        } catch {
            throw CLIError(reason: "cannot run Graphviz `dot`: \((error as NSError).localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output) else {
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw CLIError(reason: "Graphviz `dot` failed: \(firstLine)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
