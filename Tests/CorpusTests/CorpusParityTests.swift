import ArgMap
import Foundation
import Testing

/// The HTML page and the copy-pasted text of an article must give the same body.
///
/// Documented differences, removed on both sides before comparing:
/// - blocks without sentence-final punctuation (crossheads, the standfirst, furniture lines such as
///   "Published: ... Updated: ..."): whether they are headings, metadata or dropped is checked by the
///   shape tests, not here;
/// - list numbering and bullets ("1.", "•", "◦"): an `<ol>` carries its numbers in markup, the text in
///   characters;
/// - line breaks and runs of spaces: a pasted list keeps one item per line.
@Suite struct CorpusParityTests {
    @Test("HTML and text forms give the same body", .tags(.shape), arguments: CorpusArticle.names)
    func sameBody(_ name: String) throws {
        let html = try CorpusArticle(name: name, form: .html).document()
        let text = try CorpusArticle(name: name, form: .text).document()
        let a = Self.comparable(html), b = Self.comparable(text)
        #expect(!a.isEmpty, "\(name): the HTML body has no sentence-bearing block")
        expectingShape {
            if let difference = firstWordDifference(a, b) {
                Issue.record("\(name): the HTML and text bodies differ: \(difference)")
            }
        }
    }

    @Test func normalisationDropsOnlyTheDocumentedDifferences() {
        let document = Document(source: "x", blocks: [
            TextBlock(kind: .heading, text: "A crosshead"),
            TextBlock(kind: .paragraph, text: "Standfirst without a full stop"),
            TextBlock(kind: .paragraph, text: "It ends in 2011."),
            TextBlock(kind: .listItem, text: "1. Phones wreck concentration.\n2. \u{2022} A ban is fair."),
        ])
        #expect(Self.comparable(document) == ["It", "ends", "in", "2011.", "Phones", "wreck", "concentration.", "A", "ban", "is", "fair."])
    }

    /// The words of the sentence-bearing blocks, list markers removed.
    static func comparable(_ document: Document) -> [Substring] {
        var words: [Substring] = []
        for block in document.blocks where block.kind != .heading {
            guard let last = block.text.unicodeScalars.last(where: { !$0.properties.isWhitespace }),
                ".!?:;\"\u{201D}\u{2019})".unicodeScalars.contains(last)
            else { continue }
            for word in block.text.split(whereSeparator: { $0.isWhitespace }) where !isListMarker(word) {
                words.append(word)
            }
        }
        return words
    }

    /// "1." to "99.", "1)", a bullet or a white bullet.
    static func isListMarker(_ word: Substring) -> Bool {
        if word == "\u{2022}" || word == "\u{25E6}" || word == "-" || word == "*" { return true }
        guard let last = word.last, last == "." || last == ")" else { return false }
        let digits = word.dropLast()
        return (1...2).contains(digits.count) && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }
}

/// Where two word lists first differ, with a few words of context from each.
private func firstWordDifference(_ a: [Substring], _ b: [Substring]) -> String? {
    guard a != b else { return nil }
    let i = zip(a, b).prefix(while: { $0 == $1 }).count
    func context(_ words: [Substring]) -> String {
        let lower = max(0, i - 6), upper = min(words.count, i + 10)
        return (lower > 0 ? "… " : "") + words[lower..<upper].joined(separator: " ") + (upper < words.count ? " …" : "")
    }
    return "at word \(i + 1) (html \(a.count) words, text \(b.count) words):\n  html: \(context(a))\n  text: \(context(b))"
}
