import Foundation
import Testing

/// The Corpus holds what issue 3 asks for: twins in both forms, non-UTF-8 pages, a long piece.
@Suite struct CorpusLayoutTests {
    @Test func everyPageHasATextTwinAndBack() throws {
        let texts = try FileManager.default.contentsOfDirectory(atPath: CorpusArticle.corpus.appendingPathComponent("text").path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        #expect(texts == CorpusArticle.names)
        #expect(CorpusArticle.names.count >= 14)
    }

    @Test func twoPagesAreNotUTF8AndSayWhatTheyAre() throws {
        var declared: [String] = []
        for name in CorpusArticle.names {
            let data = try Data(contentsOf: CorpusArticle(name: name, form: .html).url)
            guard String(data: data, encoding: .utf8) == nil else { continue }
            let head = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
            if head.contains("<meta charset=\"windows-1252\">") { declared.append("windows-1252") }
            if head.contains("http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-1\"") { declared.append("iso-8859-1") }
        }
        #expect(declared.sorted() == ["iso-8859-1", "windows-1252"])
    }

    @Test func oneArticleIsLong() throws {
        let counts = try CorpusArticle.names.map { name in
            try CorpusArticle(name: name, form: .text).rawText().split(whereSeparator: { $0.isWhitespace }).count
        }
        #expect(counts.contains { $0 >= 4_000 }, "word counts: \(counts)")
        #expect(counts.contains { $0 < 500 }, "a short piece too: \(counts)")
    }
}
