import Foundation
import Testing

/// Exit status and one-line errors of the reading commands, run on the built binary.
@Suite struct ExitCodeTests {
    enum BadInput: String, CaseIterable, CustomTestStringConvertible {
        case missing, empty, binary, directory
        var testDescription: String { rawValue }
    }

    /// Creates the bad input in `dir` and returns its path and the words its error must contain.
    private func make(_ bad: BadInput, in dir: TemporaryDirectory) throws -> (path: String, reason: String) {
        switch bad {
        case .missing: return (dir.url.appendingPathComponent("nope.html").path, "no such file")
        case .empty: return (try dir.write("empty.txt", "").path, "empty")
        case .binary:
            return (try dir.write("blob.html", Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 3, 0, 0xFF])).path, "binary")
        case .directory:
            return (dir.url.appendingPathComponent("folder.html").path, "directory")
        }
    }

    @Test(arguments: ["ingest", "segment", "extract", "explain"], BadInput.allCases)
    func badInputExitsOneWithOneLineError(command: String, bad: BadInput) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("folder.html"), withIntermediateDirectories: true)
        let (path, reason) = try make(bad, in: dir)
        let result = try CLIRunner.run([command, path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.contains(path))
        #expect(result.stderr.contains(reason))
    }

    @Test(arguments: [
        ["extract", "--bogus", "x.html"],
        ["extract"],
        ["nonsense-command"],
        ["extract", "x.html", "--format", "pdf"],
        ["ingest", "x.html", "--input", "pdf"],
        ["batch", "x.html"],
        ["batch", "x.html", "--out", "o", "--format", "json,pdf"],
        ["batch", "x.html", "--out", "o", "--jobs", "0"],
        ["stream", "--jobs", "0"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func goodInputExitsZero() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("essay.txt", Articles.essay)
        let result = try CLIRunner.run(["extract", file.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"version\""))
        #expect(result.stderr.isEmpty)
    }

    @Test func standardInputIsRead() throws {
        let result = try CLIRunner.run(["segment", "-"], stdin: Data("One sentence here. And another one.\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "One sentence here.\nAnd another one.\n")
    }

    @Test func outputFileIsWritten() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("essay.txt", Articles.essay)
        let out = dir.url.appendingPathComponent("essay.dot").path
        let result = try CLIRunner.run(["extract", file.path, "--format", "dot", "-o", out])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(try dir.read("essay.dot").hasPrefix("digraph"))
    }

    @Test(arguments: ["ingest", "segment", "extract", "explain", "batch", "stream"])
    func helpExplainsWithAnExample(command: String) throws {
        let result = try CLIRunner.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Example"))
        #expect(result.stdout.contains("argmap \(command)"))
    }

    @Test func missingDataFileIsAUsageError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("essay.txt", Articles.essay)
        for flag in ["--abbreviations", "--lexicon"] {
            let result = try CLIRunner.run(["extract", file.path, flag, dir.url.appendingPathComponent("missing.txt").path])
            #expect(result.status == 2)
            #expect(result.stderr.contains(flag))
            #expect(result.stderr.contains("missing.txt"))
        }
    }

    @Test func malformedDataFileNamesTheLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("essay.txt", Articles.essay)
        let lexicon = try dir.write("lexicon.tsv", "no tabs on this line\n")
        let result = try CLIRunner.run(["extract", file.path, "--lexicon", lexicon.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("lexicon.tsv:1"))
        let abbreviations = try dir.write("abbr.txt", "[no-such-section]\n")
        let segment = try CLIRunner.run(["segment", file.path, "--abbreviations", abbreviations.path])
        #expect(segment.status == 2)
        #expect(segment.stderr.contains("abbr.txt:1"))
    }

    @Test func userLexiconChangesTheMap() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("short.txt", "In my opinion we should go. Frankly the costs are low.\n")
        let lexicon = try dir.write("lexicon.tsv", "frankly\tcause\tinitial\t-\ta user entry\n")
        let abbreviations = try dir.write("abbr.txt", "[title]\nBrig\n")
        let plain = try CLIRunner.run(["extract", file.path])
        let extended = try CLIRunner.run(["extract", file.path, "--lexicon", lexicon.path, "--abbreviations", abbreviations.path])
        #expect(plain.status == 0)
        #expect(extended.status == 0)
        #expect(!plain.stdout.contains("\"marker\": \"Frankly\""))
        #expect(extended.stdout.contains("{\"text\": \"Frankly\", \"start\": 28, \"end\": 35, \"sense\": \"cause\"}"))
        #expect(extended.stdout.contains("\"marker\": \"Frankly\""))
    }

    @Test func svgWithoutGraphvizIsAClearError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("essay.txt", Articles.essay)
        let result = try CLIRunner.run(["extract", file.path, "--format", "svg"], environment: ["PATH": dir.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Graphviz `dot` not found: install graphviz"))
    }

    @Test func svgWithGraphviz() throws {
        let hasDot = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")
            || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/dot")
        guard hasDot else { return }
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("essay.txt", Articles.essay)
        let result = try CLIRunner.run(["extract", file.path, "--format", "svg"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("<svg"))
    }

    @Test func htmlReportWithAndWithoutGraphviz() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("page.html", Articles.page)
        let without = try CLIRunner.run(["extract", file.path, "--format", "html"], environment: ["PATH": dir.url.path])
        #expect(without.status == 0)
        #expect(without.stdout.lowercased().contains("<html"))
        #expect(!without.stdout.contains("<svg"))
        let hasDot = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")
        guard hasDot else { return }
        let with = try CLIRunner.run(["extract", file.path, "--format", "html"])
        #expect(with.status == 0)
        #expect(with.stdout.contains("<svg"))
    }

    @Test func extractIsDeterministic() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("page.html", Articles.page)
        for format in ["json", "dot", "aif", "argdown"] {
            let first = try CLIRunner.run(["extract", file.path, "--format", format])
            let second = try CLIRunner.run(["extract", file.path, "--format", format])
            #expect(first.status == 0)
            #expect(first.stdout == second.stdout)
        }
    }
}
