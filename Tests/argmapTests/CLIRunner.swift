import Foundation
import Testing

/// Runs the built `argmap` binary and captures what it prints.
struct CLIRunner {
    /// What a run printed and its exit status.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `argmap` executable built next to the test bundle (or under `.build/debug`).
    static let executable: URL? = {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            var dir = URL(fileURLWithPath: first).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("argmap"))
                dir.deleteLastPathComponent()
            }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/argmap"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
    }()

    /// Runs `argmap` with `arguments`, feeding `stdin` (or the file at `stdinPath`), in `directory`,
    /// with `environment` overrides.
    static func run(
        _ arguments: [String], stdin: Data = Data(), stdinPath: String? = nil, in directory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> Result {
        let executable = try #require(executable, "the argmap binary is built by `swift build` / `swift test`")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        if let stdinPath {
            process.standardInput = try #require(FileHandle(forReadingAtPath: stdinPath))
        } else {
            process.standardInput = input
        }
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes while the process runs, so neither fills up and blocks it.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) {
            input.fileHandleForWriting.write(stdin)
            try? input.fileHandleForWriting.close()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }
}

/// A temporary directory removed when the value is dropped... by the test itself (`remove()`).
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `relative`, creating folders.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL {
        try write(relative, Data(text.utf8))
    }

    /// Writes `data` to `relative`, creating folders.
    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    /// The text of `relative`.
    func read(_ relative: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Every file under the directory, relative, sorted.
    func files() -> [String] {
        let all = (FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String]) ?? []
        return all.filter { rel in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent(rel).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Small articles written for these tests.
enum Articles {
    static let essay = """
        Cities should build more housing near transit.

        First of all, rents have doubled in a decade. Secondly, long commutes waste time and fuel. \
        Thirdly, denser neighbourhoods keep local shops alive.

        Surely, some residents fear change. But the new buildings can be designed to fit the street.
        """

    static let page = """
        <!doctype html><html><head><title>Tax the carbon, not the work</title></head><body>
        <nav><a href="/">Home</a></nav>
        <article><h1>Tax the carbon, not the work</h1>
        <p>A carbon tax is the cheapest way to cut emissions. Because it prices pollution, firms find the cheapest cuts first.</p>
        <p>Admittedly, prices at the pump would rise. However, the revenue can be returned to households as a dividend.</p>
        </article><footer>Copyright</footer></body></html>
        """
}
