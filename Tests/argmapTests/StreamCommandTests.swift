import Foundation
import Testing

/// `argmap stream`: one output line per input line, in order, failures included.
@Suite struct StreamCommandTests {
    private func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func goodBadAndMalformedLinesKeepOrder() throws {
        var lines: [String] = []
        for i in 0..<30 {
            switch i % 5 {
            case 0: lines.append(#"{"id":"t\#(i)","text":"We must act now. Because the risk grows every year."}"#)
            case 1: lines.append("this is not json \(i)")
            case 2: lines.append(#"{"id":\#(i),"html":"<p>Firstly, taxes distort. Secondly, they are unfair.</p>"}"#)
            case 3: lines.append(#"{"id":"e\#(i)","text":""}"#)
            default: lines.append(#"{"id":"n\#(i)","body":"no text key"}"#)
            }
        }
        let input = lines.joined(separator: "\n") + "\n\n"
        let result = try CLIRunner.run(["stream", "--jobs", "3"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        let out = try objects(result.stdout)
        // 30 records and the blank line after them: one answer per input line, as the contract says.
        try #require(out.count == 31)
        #expect(out[30]["id"] is NSNull)
        #expect(out[30]["ok"] as? Bool == false)
        for (i, object) in out.prefix(30).enumerated() {
            switch i % 5 {
            case 0:
                #expect(object["id"] as? String == "t\(i)")
                #expect(object["ok"] as? Bool == true)
                let graph = try #require(object["graph"] as? [String: Any])
                #expect(graph["version"] as? String == "argmap-graph/1")
                #expect((graph["sentences"] as? [Any])?.count == 2)
            case 1:
                #expect(object["id"] is NSNull)
                #expect(object["ok"] as? Bool == false)
                #expect((object["error"] as? String)?.contains("line \(i + 1)") == true)
            case 2:
                #expect((object["id"] as? NSNumber)?.intValue == i)
                #expect(object["ok"] as? Bool == true)
            case 3:
                #expect(object["id"] as? String == "e\(i)")
                #expect(object["ok"] as? Bool == false)
                #expect((object["error"] as? String)?.contains("empty") == true)
            default:
                #expect(object["id"] as? String == "n\(i)")
                #expect(object["ok"] as? Bool == false)
            }
        }
        #expect(result.stderr.contains("31 records, 19 failures"))
        #expect(result.stderr.contains("bytes"))
    }

    @Test func outputIsDeterministicWhateverTheJobs() throws {
        let input = (0..<12).map { #"{"id":\#($0),"text":"Point \#($0) matters. Therefore we should care."}"# }
            .joined(separator: "\n")
        let one = try CLIRunner.run(["stream", "--jobs", "1"], stdin: Data(input.utf8))
        let four = try CLIRunner.run(["stream", "--jobs", "4"], stdin: Data(input.utf8))
        #expect(one.status == 0)
        #expect(one.stdout == four.stdout)
        #expect(one.stdout.split(separator: "\n").count == 12)
    }

    @Test func emptyInputGivesNoLines() throws {
        let result = try CLIRunner.run(["stream"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("0 records"))
    }

    @Test func unreadableStandardInputExitsOne() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLIRunner.run(["stream"], stdinPath: dir.url.path)  // a directory cannot be read
        #expect(result.status == 1)
        #expect(result.stderr.contains("standard input: cannot read"))
    }
}
