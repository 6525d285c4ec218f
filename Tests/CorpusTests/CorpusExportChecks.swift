import ArgMap
import Foundation
import Testing

/// The Corpus outputs are valid for their consumers: Graph JSON against the JSON Schema shipped in
/// `Schema/`, DOT through Graphviz without a warning. Skipped when the tool is not installed.
@Suite struct CorpusExportChecks {
    static let schema = CorpusArticle.root.appendingPathComponent("Schema/argmap-graph-v1.schema.json")
    static let dot = executable("dot")
    static let pythonWithJSONSchema: String? = {
        guard let python = executable("python3"), let result = try? run(python, ["-c", "import jsonschema"]) else { return nil }
        return result.status == 0 ? python : nil
    }()

    @Test("DOT renders with Graphviz without warnings", .enabled(if: dot != nil, "Graphviz dot is not installed"),
          arguments: CorpusArticle.all)
    func dotRenders(_ article: CorpusArticle) throws {
        let dot = try #require(Self.dot)
        let source = DOTExporter().export(try article.graph())
        let result = try Self.run(dot, ["-Tsvg"], input: Data(source.utf8))
        #expect(result.status == 0, "\(article): dot exited \(result.status): \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(article): dot said: \(result.stderr)")
        #expect(result.stdout.contains("<svg"), "\(article): no SVG")
    }

    @Test("Graph JSON validates against the schema",
          .enabled(if: pythonWithJSONSchema != nil, "python3 with jsonschema is not installed"))
    func graphJSONValidates() throws {
        let python = try #require(Self.pythonWithJSONSchema)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-corpus-schema-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [String] = []
        for article in CorpusArticle.all {
            let url = dir.appendingPathComponent("\(article.form.rawValue)-\(article.name).json")
            try Data(GraphJSONExporter().export(try article.graph()).utf8).write(to: url)
            files.append(url.path)
        }
        #expect(files.count == CorpusArticle.all.count && !files.isEmpty)
        let result = try Self.run(python, ["-c", Self.validator, Self.schema.path] + files)
        #expect(result.status == 0, "schema validation failed:\n\(result.stdout)\(result.stderr)")
    }

    /// Validates every file named after the schema; prints one line per invalid file and exits 1 if any.
    static let validator = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        validator = jsonschema.Draft202012Validator(schema)
        bad = 0
        for path in sys.argv[2:]:
            errors = sorted(validator.iter_errors(json.load(open(path, encoding="utf-8"))), key=str)
            if errors:
                bad += 1
                print(path, "->", errors[0].message[:300])
        sys.exit(1 if bad else 0)
        """

    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ tool: String, _ arguments: [String], input: Data? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        if let input { inp.fileHandleForWriting.write(input) }
        try inp.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}
