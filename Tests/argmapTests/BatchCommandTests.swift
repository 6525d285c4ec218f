import Foundation
import Testing

/// `argmap batch`: outputs, manifest, failures, naming, resumption, determinism.
@Suite struct BatchCommandTests {
    /// A corpus with good, bad, hidden and non-document files.
    private func makeCorpus(_ dir: TemporaryDirectory) throws {
        try dir.write("in/html/01-carbon.html", Articles.page)
        try dir.write("in/html/02-housing.txt", Articles.essay)
        try dir.write("in/x.html", Articles.page)
        try dir.write("in/x.txt", Articles.essay)
        try dir.write("in/bad/empty.txt", "")
        try dir.write("in/bad/blob.htm", Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2]))
        try dir.write("in/README.md", "# not an article\n")
        try dir.write("in/.hidden/secret.txt", Articles.essay)
        try dir.write("in/records.jsonl", """
            {"id":"r1","text":"We should plant trees. Because shade cools streets."}
            {broken
            {"id":"r/2","html":"<p>Firstly, parks help. Secondly, they are cheap.</p>"}

            """)
    }

    private func manifest(_ dir: TemporaryDirectory, _ out: String = "out") throws -> [[String: Any]] {
        try dir.read("\(out)/manifest.jsonl").split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func mapsGoodInputsAndReportsBadOnes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try makeCorpus(dir)
        let result = try CLIRunner.run(["batch", "in", "--out", "out", "--format", "json,dot,text", "--jobs", "2"], in: dir.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("skipped 2 hidden or non-document files"))
        #expect(result.stderr.contains("in/bad/empty.txt: file is empty"))
        #expect(result.stderr.contains("in/bad/blob.htm: not a text or HTML file"))
        #expect(result.stderr.contains("in/records.jsonl:2"))
        #expect(result.stderr.contains("[9/9]"))
        #expect(result.stderr.contains("9 inputs, 3 failed"))
        #expect(result.stderr.contains("articles/s"))

        let lines = try manifest(dir)
        let inputs = lines.compactMap { $0["input"] as? String }
        #expect(inputs == [
            "in/bad/blob.htm", "in/bad/empty.txt", "in/html/01-carbon.html", "in/html/02-housing.txt",
            "in/records.jsonl:1", "in/records.jsonl:2", "in/records.jsonl:3", "in/x.html", "in/x.txt",
        ])
        let ok = lines.map { $0["ok"] as? Bool }
        #expect(ok == [false, false, true, true, true, false, true, true, true])
        for line in lines where line["ok"] as? Bool == false {
            #expect((line["error"] as? String)?.isEmpty == false)
            #expect((line["outputs"] as? [String])?.isEmpty == true)
        }
        let carbon = lines[2]
        #expect(carbon["outputs"] as? [String] == ["html/01-carbon.json", "html/01-carbon.dot", "html/01-carbon.txt"])
        #expect((carbon["sentences"] as? Int ?? 0) >= 4)
        #expect((carbon["nodes"] as? Int ?? 0) >= 1)
        #expect(carbon["edges"] is Int)
        #expect(lines[4]["id"] as? String == "r1")
        #expect(lines[6]["outputs"] as? [String] == ["records/r_2.json", "records/r_2.dot", "records/r_2.txt"])
        #expect(lines[7]["outputs"] as? [String] == ["x.html.json", "x.html.dot", "x.html.txt"])
        #expect(lines[8]["outputs"] as? [String] == ["x.txt.json", "x.txt.dot", "x.txt.txt"])

        let files = dir.files().filter { $0.hasPrefix("out/") }
        let listed = lines.flatMap { ($0["outputs"] as? [String]) ?? [] }.map { "out/" + $0 }
        #expect(files == (listed + ["out/manifest.jsonl"]).sorted(), "no stray, temporary or half-written file")
        #expect(try dir.read("out/html/02-housing.txt") == Articles.essay + "\n")
        #expect(try dir.read("out/html/01-carbon.dot").hasPrefix("digraph"))
    }

    @Test func twoRunsAreByteIdentical() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try makeCorpus(dir)
        _ = try CLIRunner.run(["batch", "in", "--out", "a", "--format", "json,dot,aif,argdown", "--jobs", "1"], in: dir.url)
        _ = try CLIRunner.run(["batch", "in", "--out", "b", "--format", "json,dot,aif,argdown", "--jobs", "3"], in: dir.url)
        let a = dir.files().filter { $0.hasPrefix("a/") }
        let b = dir.files().filter { $0.hasPrefix("b/") }
        #expect(a.map { $0.dropFirst(2) } == b.map { $0.dropFirst(2) })
        #expect(a.count > 10)
        for file in a {
            #expect(try dir.read(file) == dir.read("b/" + file.dropFirst(2)), "\(file)")
        }
    }

    @Test func resumeKeepsCompleteInputsAndRedoesTheRest() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try makeCorpus(dir)
        let arguments = ["batch", "in", "--out", "out", "--format", "json,dot"]
        _ = try CLIRunner.run(arguments, in: dir.url)
        let firstManifest = try dir.read("out/manifest.jsonl")
        let kept = dir.url.appendingPathComponent("out/html/01-carbon.json").path
        let before = try #require(try FileManager.default.attributesOfItem(atPath: kept)[.modificationDate] as? Date)

        // A changed input and a deleted output are mapped again; the rest is kept as is.
        Thread.sleep(forTimeInterval: 1.1)
        try dir.write("in/x.txt", Articles.essay + "\n\nTherefore, we must start now.")
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("out/x.html.dot"))
        try dir.write("out/html/.01-carbon.json.argmap-tmp-1-2", "{\"half\":")  // left by a run cut short
        let result = try CLIRunner.run(arguments + ["--resume"], in: dir.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("4 kept from the earlier run"), "\(result.stderr)")
        let after = try #require(try FileManager.default.attributesOfItem(atPath: kept)[.modificationDate] as? Date)
        #expect(after == before)
        #expect(FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("out/x.html.dot").path))
        let secondManifest = try dir.read("out/manifest.jsonl")
        let firstLines = firstManifest.split(separator: "\n")
        let secondLines = secondManifest.split(separator: "\n")
        #expect(firstLines.count == secondLines.count)
        #expect(firstLines[2] == secondLines[2])
        #expect(firstLines[8] != secondLines[8], "x.txt changed: its counts changed")
        #expect(!dir.files().contains { $0.contains("argmap-tmp") }, "temporary files of an interrupted run are removed")
    }

    @Test func defaultFormatsWithoutGraphvizSkipSvg() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("in/a.txt", Articles.essay)
        let result = try CLIRunner.run(["batch", "in", "--out", "out"], in: dir.url, environment: ["PATH": "/nonexistent"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("svg outputs skipped"))
        #expect(dir.files() == ["in/a.txt", "out/a.dot", "out/a.json", "out/manifest.jsonl"])
        let explicit = try CLIRunner.run(["batch", "in", "--out", "out", "--format", "svg"], in: dir.url, environment: ["PATH": "/nonexistent"])
        #expect(explicit.status == 1)
        #expect(explicit.stderr.contains("Graphviz `dot` not found: install graphviz"))
    }

    @Test func explicitFilesAreAlwaysReadAndMissingOnesFail() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("notes.md", Articles.essay)
        try dir.write("a/same.txt", Articles.essay)
        try dir.write("b/same.txt", Articles.essay)
        let result = try CLIRunner.run(
            ["batch", "notes.md", "missing.txt", "a/same.txt", "b/same.txt", "--out", "out", "--format", "json"], in: dir.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing.txt: cannot read: no such file"))
        let lines = try manifest(dir)
        #expect(lines.map { $0["outputs"] as? [String] ?? [] } == [["notes.json"], [], ["same.txt.json"], ["same.txt~2.json"]])
    }

    @Test func anOutputDirectoryInsideTheInputIsNotReadBack() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("in/a.txt", Articles.essay)
        let arguments = ["batch", "in", "--out", "in/maps", "--format", "json,text"]
        #expect(try CLIRunner.run(arguments, in: dir.url).status == 0)
        let second = try CLIRunner.run(arguments, in: dir.url)
        #expect(second.status == 0)
        #expect(try manifest(dir, "in/maps").compactMap { $0["input"] as? String } == ["in/a.txt"])
        #expect(!second.stderr.contains("skipped"))
    }
}
