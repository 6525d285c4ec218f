import Foundation
import Testing

/// `argmap explain`: every sentence, every node with its kind, rule and confidence, colour only on request.
@Suite struct ExplainCommandTests {
    @Test func listsEverySentenceAndNode() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("essay.txt", Articles.essay)
        let result = try CLIRunner.run(["explain", file.path])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
        let json = try CLIRunner.run(["extract", file.path])
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let sentences = try #require(graph["sentences"] as? [[String: Any]])
        let nodes = try #require(graph["nodes"] as? [[String: Any]])
        for sentence in sentences {
            let id = try #require(sentence["id"] as? String)
            #expect(result.stdout.contains("\n\(id) "), "\(id)")
        }
        for node in nodes {
            let id = try #require(node["id"] as? String), kind = try #require(node["kind"] as? String)
            let rule = try #require(node["rule"] as? String)
            let line = result.stdout.split(separator: "\n").first { $0.contains(" \(id) ") && $0.contains("rule") }
            let found = try #require(line, "\(id)")
            #expect(found.contains(kind))
            #expect(found.contains("rule \(rule)"))
        }
        #expect(result.stdout.contains("Secondly, long commutes waste time and fuel."))
        #expect(result.stdout.contains("summary:"))
    }

    @Test func colourOnlyWhenAsked() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("essay.txt", Articles.essay)
        let result = try CLIRunner.run(["explain", file.path, "--color", "always"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\u{1B}["))
    }
}
