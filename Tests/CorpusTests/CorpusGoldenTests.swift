import ArgMap
import Foundation
import Testing

/// Every Corpus article, in both forms, mapped and exported as Graph JSON and DOT, compared byte for byte
/// with `Tests/CorpusTests/Expected/<html|text>/<name>.json|.dot`.
///
/// After a deliberate change of behaviour, regenerate the goldens with
/// `ARGMAP_UPDATE_GOLDENS=1 swift test --filter CorpusGoldenTests` and review the diff.
@Suite struct CorpusGoldenTests {
    static let isUpdating = ProcessInfo.processInfo.environment["ARGMAP_UPDATE_GOLDENS"] == "1"

    @Test func corpusHasArticles() {
        #expect(CorpusArticle.names.count >= 14, "Corpus/html holds \(CorpusArticle.names.count) articles")
    }

    @Test("Graph JSON and DOT match the goldens", arguments: CorpusArticle.all)
    func matchesGoldens(_ article: CorpusArticle) throws {
        let graph = try article.graph()
        let json = GraphJSONExporter().export(graph)
        let dot = DOTExporter().export(graph)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "\(article): the Graph JSON does not parse")
        try check(json, against: article.expectedURL("json"), article: article)
        try check(dot, against: article.expectedURL("dot"), article: article)
    }

    @Test("Two runs give byte-identical output", arguments: CorpusArticle.all)
    func isDeterministic(_ article: CorpusArticle) throws {
        let first = try article.graph()
        let second = try article.graph()
        #expect(first == second)
        #expect(GraphJSONExporter().export(first) == GraphJSONExporter().export(second))
        #expect(DOTExporter().export(first) == DOTExporter().export(second))
    }

    /// Compares `actual` with the golden file, or writes it when updating.
    private func check(_ actual: String, against url: URL, article: CorpusArticle) throws {
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if Self.isUpdating {
            if existing != actual {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url, options: .atomic)
                print("updated golden \(url.lastPathComponent) [\(article.form.rawValue)]\(existing == nil ? " (new)" : "")")
            }
            #expect(try String(contentsOf: url, encoding: .utf8) == actual)
            return
        }
        let expected = try #require(
            existing, "\(article): no golden \(url.path); run ARGMAP_UPDATE_GOLDENS=1 swift test --filter CorpusGoldenTests")
        if let difference = firstDifference(expected: expected, actual: actual) {
            Issue.record("\(article): output differs from \(url.lastPathComponent): \(difference)")
        }
    }
}
