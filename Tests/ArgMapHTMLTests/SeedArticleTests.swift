import ArgMap
import Foundation
import Testing
@testable import ArgMapHTML

/// The seed op-ed, as a news page and as plain text, must ingest to the same body.
@Suite struct SeedArticleTests {
    static let seedDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seed")

    static func load(_ name: String) throws -> Document? {
        let url = seedDirectory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try DocumentReader().read(path: url.path)
    }

    static let crossheads = ["Global freezing", "Extreme danger", "On the same side", "Attacking the allies"]
    static let furniture = [
        "Enable Read mode", "Font Size", "Published:", "Top Content Trending", "Disclaimer", "co-founder of IMESClub",
        "followed on Twitter", "Why doesn’t Russia join", "The Daily Example", "Oil prices slip",
    ]

    @Test(arguments: ["seed-article.html", "000_064fbf28dec2047d.txt"])
    func bodyHasCrossheadsQuoteAndNoFurniture(name: String) throws {
        guard let doc = try Self.load(name) else { return }
        #expect(doc.title == "Why doesn’t Russia join the anti-ISIS coalition?")
        #expect(doc.byline == "Maria Dubovikova")
        #expect(doc.blocks.filter { $0.kind == .heading }.map(\.text) == Self.crossheads)
        let quotes = doc.blocks.filter { $0.kind == .quote }
        #expect(quotes.count == 1)
        #expect(quotes.first?.text.hasPrefix("There is no longer any problem but ISIS. ISIS is our largest problem") == true)
        // The quote sits after "Global freezing"'s paragraph, before "Furthermore".
        let quoteIndex = try #require(doc.blocks.firstIndex { $0.kind == .quote })
        #expect(doc.blocks[quoteIndex - 1].text.hasPrefix("Unfortunately, the problem of global freezing"))
        #expect(doc.blocks[quoteIndex + 1].text.hasPrefix("Furthermore Russia"))
        #expect(doc.blocks.first?.text.hasPrefix("The U.S.-led international coalition") == true)
        #expect(doc.blocks.last?.text.hasSuffix("We are all in the same boat.") == true)
        for word in Self.furniture { #expect(!doc.text.contains(word), "\(word) leaked into the body") }
        #expect(!doc.blocks.contains { $0.text == "There is no longer any problem but ISIS" })
        #expect(!doc.blocks.contains { $0.text == "Maria Dubovikova" })
        #expect(doc.blocks.count == 30)
    }

    @Test func htmlAndTextIngestToTheSameBlocks() throws {
        guard let html = try Self.load("seed-article.html"), let text = try Self.load("000_064fbf28dec2047d.txt") else { return }
        #expect(html.blocks == text.blocks)
        #expect(html.text == text.text)
    }

    @Test func htmlMetadata() throws {
        guard let html = try Self.load("seed-article.html") else { return }
        #expect(html.published == "2014-10-05T10:00:00Z")
        #expect(html.language == "en")
    }
}
