import ArgMap
import ArgMapHTML
import Foundation
import Testing

extension Tag {
    /// Hand-checked expectations of what the pipeline should find in a Corpus article.
    /// They describe the goal, so some may fail while the stages are being built.
    @Tag static var shape: Self
}

/// Runs shape expectations. With `ARGMAP_SHAPES_ADVISORY=1` in the environment, their failures are
/// recorded as known issues (listed, not failing the run), for a CI that tracks them without blocking.
func expectingShape(_ body: () throws -> Void) rethrows {
    if ProcessInfo.processInfo.environment["ARGMAP_SHAPES_ADVISORY"] == "1" {
        withKnownIssue("shape expectation not met yet (ARGMAP_SHAPES_ADVISORY=1)", isIntermittent: true) { try body() }
    } else {
        try body()
    }
}

/// The two renditions of every Corpus article.
enum CorpusForm: String, Sendable, CaseIterable {
    /// The news page, `Corpus/html/NN-slug.html`.
    case html
    /// The copy-pasted page, `Corpus/text/NN-slug.txt`.
    case text

    var fileExtension: String { self == .html ? "html" : "txt" }
}

/// One file of the bundled Corpus: an article name (`01-congestion-charge`) in one form.
struct CorpusArticle: Sendable, Hashable, CustomTestStringConvertible {
    let name: String
    let form: CorpusForm

    var testDescription: String { "\(name) [\(form.rawValue)]" }

    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Corpus")
    static let expected = root.appendingPathComponent("Tests/CorpusTests/Expected")

    /// The article names that have an HTML page, sorted.
    static let names: [String] = {
        let dir = corpus.appendingPathComponent("html")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return files.filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }.sorted()
    }()

    /// Every article in both forms, HTML first.
    static let all: [CorpusArticle] = names.flatMap { name in CorpusForm.allCases.map { CorpusArticle(name: name, form: $0) } }

    /// The path of the article file.
    var url: URL { Self.corpus.appendingPathComponent("\(form.rawValue)/\(name).\(form.fileExtension)") }
    /// The repository-relative path, used as the document source so goldens do not depend on the checkout.
    var relativePath: String { "Corpus/\(form.rawValue)/\(name).\(form.fileExtension)" }

    func expectedURL(_ fileExtension: String) -> URL {
        Self.expected.appendingPathComponent("\(form.rawValue)/\(name).\(fileExtension)")
    }

    /// Reads the article as the CLI does, with a checkout-independent source name.
    func document() throws -> Document {
        var document = try DocumentReader().read(path: url.path)
        document.source = relativePath
        return document
    }

    /// The article's argument graph.
    func graph() throws -> ArgumentGraph {
        Pipeline().graph(for: try document())
    }

    /// The file as a reader sees it: UTF-8 text, or an HTML page decoded with the charset it declares.
    func rawText() throws -> String {
        let data = try Data(contentsOf: url)
        let head = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
        let encoding: String.Encoding =
            head.contains("charset=\"windows-1252\"") ? .windowsCP1252
            : head.contains("charset=iso-8859-1") ? .isoLatin1 : .utf8
        return try #require(String(data: data, encoding: encoding), "\(relativePath) does not decode as declared")
    }
}

/// Where two texts first differ, for failure messages: line number, column and a window of both lines.
func firstDifference(expected: String, actual: String) -> String? {
    guard expected != actual else { return nil }
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(e.count, a.count) {
        let el = i < e.count ? String(e[i]) : "<no line: the expected text ends here>"
        let al = i < a.count ? String(a[i]) : "<no line: the actual text ends here>"
        guard el != al else { continue }
        let column = zip(el.unicodeScalars, al.unicodeScalars).prefix(while: { $0 == $1 }).count
        return "first difference at line \(i + 1), column \(column + 1):\n"
            + "  expected: \(window(el, around: column))\n  actual:   \(window(al, around: column))"
    }
    return "the texts differ only in line endings"
}

/// Up to 160 scalars of `line` around `column`, with ellipses where cut.
private func window(_ line: String, around column: Int) -> String {
    let scalars = Array(line.unicodeScalars)
    guard scalars.count > 160 else { return line }
    let start = max(0, column - 60)
    let end = min(scalars.count, start + 160)
    var out = start > 0 ? "…" : ""
    out.unicodeScalars.append(contentsOf: scalars[start..<end])
    if end < scalars.count { out += "…" }
    return out
}
