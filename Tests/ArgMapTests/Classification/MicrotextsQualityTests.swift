import Foundation
import Testing
@testable import ArgMap

/// Quality on the microtexts dev set (Peldszus & Stede, CC BY-NC-SA 4.0, read at run time from
/// `../shared/datasets/microtexts-dev`, never copied): every text through `PlainTextIngester`,
/// `Pipeline` and `GraphJSONExporter`, scored by the dataset's own `microtext_eval.py` with the
/// issue-6 floors. Skipped when the dataset or python3 is absent.
@Suite struct MicrotextsQualityTests {
    static let dataset = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/datasets/microtexts-dev").standardized

    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static var available: Bool {
        python != nil && FileManager.default.fileExists(atPath: dataset.appendingPathComponent("microtext_eval.py").path)
    }

    /// The issue-6 floors, by scorer key.
    static let floors: [(String, Double)] = [
        ("cc_acc", 0.82), ("role_f1", 0.86), ("function_f1", 0.83), ("attach_f1", 0.60),
        ("attach_labelled_f1", 0.55), ("seg_f1", 0.90),
    ]

    @Test(.enabled(if: available, "microtexts-dev or python3 not found"))
    func mapsMeetTheFloorsOnTheDevTexts() throws {
        let python = try #require(Self.python)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.dataset.path)
            .filter { $0.hasSuffix(".txt") && $0.hasPrefix("micro_") }.sorted()
        #expect(files.count >= 50)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-microtexts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        for file in files {
            let text = try String(contentsOf: Self.dataset.appendingPathComponent(file), encoding: .utf8)
            let document = try PlainTextIngester().ingest(text, source: file)
            #expect(!document.blocks.contains { $0.kind == .heading }, "\(file): a microtext read as a heading")
            let graph = Pipeline().graph(for: document)
            let id = String(file.dropLast(4))
            try GraphJSONExporter().export(graph).write(to: out.appendingPathComponent("\(id).json"), atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        var arguments = [Self.dataset.appendingPathComponent("microtext_eval.py").path, out.path, "--ids-from-gold", "--json"]
        for (key, floor) in Self.floors { arguments += ["--min-\(key)", String(floor)] }
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        let last = try #require(output.split(separator: "\n").last)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        for (key, floor) in Self.floors {
            let value = try #require(summary[key] as? Double, "no \(key) in the summary")
            #expect(value >= floor, "\(key) \(value) is under the floor \(floor)")
        }
        #expect(process.terminationStatus == 0, "microtext_eval.py: \(output)")
    }
}
