import ArgMap
import Foundation
import Testing
@testable import ArgMapHTML

/// Pages that break naive extractors: a result or a clear error naming the file, never a crash or a hang.
@Suite struct HardPageTests {
    static let sentence = "The committee heard evidence for three days and then adjourned without reaching any decision at all."

    @Test func thousandsOfNestingLevels() throws {
        let depth = 5000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>\(Self.sentence)</p>"
            + String(repeating: "</div>", count: depth) + "<p>\(Self.sentence)</p></body></html>"
        let doc = try HTMLIngester().ingest(Array(html.utf8), source: "deep.html")
        #expect(doc.blocks.count == 2)
        #expect(doc.blocks.allSatisfy { $0.text == Self.sentence })
    }

    @Test func unclosedNestingOfInlineElements() throws {
        let html = "<html><body><p>" + String(repeating: "<span><b>", count: 3000) + Self.sentence
        let doc = try HTMLIngester().ingest(Array(html.utf8), source: "spans.html")
        #expect(doc.text == Self.sentence)
    }

    @Test func truncatedPage() throws {
        let full = "<html><head><title>T</title></head><body><article><p>\(Self.sentence)</p><p>\(Self.sentence) Again, and"
        let doc = try HTMLIngester().ingest(Array(full.utf8), source: "cut.html")
        #expect(doc.blocks.first?.text == Self.sentence)
        #expect(doc.blocks.count == 2)
        // Cut inside a tag and inside an attribute.
        for cut in ["<p class=\"bo", "<p>\(Self.sentence)</p><di", "<p>\(Self.sentence)</p><a href=\"x"] {
            do {
                let doc = try HTMLIngester().ingest(Array(("<html><body>" + cut).utf8), source: "cut.html")
                #expect(doc.blocks.map(\.text) == [Self.sentence])
            } catch {
                #expect(error == .empty(file: "cut.html"))
            }
        }
    }

    @Test func twentyMegabytePage() throws {
        var html = "<html><head><title>Big</title></head><body><article>"
        let paragraph = "<p>\(Self.sentence) \(Self.sentence)</p>\n"
        let count = 20_000_000 / paragraph.utf8.count + 1
        html.reserveCapacity(20_100_000)
        for _ in 0..<count { html += paragraph }
        html += "</article></body></html>"
        let bytes = Array(html.utf8)
        #expect(bytes.count > 20_000_000)
        let clock = ContinuousClock()
        var doc: Document?
        let elapsed = try clock.measure { doc = try HTMLIngester().ingest(bytes, source: "big.html") }
        #expect(doc?.blocks.count == count)
        #expect(elapsed < .seconds(60))
    }

    @Test func binaryInputIsAnError() {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        bytes += (0..<500).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        #expect(throws: ArgMapError.binary(file: "image.png")) { try DocumentReader().ingest(bytes, source: "image.png") }
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: ArgMapError.empty(file: "x.html")) { try DocumentReader().ingest([], source: "x.html") }
        #expect(throws: ArgMapError.empty(file: "x.html")) { try HTMLIngester().ingest([], source: "x.html") }
        #expect(throws: ArgMapError.empty(file: "ws.html")) {
            try DocumentReader(kind: .html).ingest(Array("  \n <html></html>".utf8), source: "ws.html")
        }
    }

    @Test func directoryAndMissingFileAreErrors() {
        #expect(throws: ArgMapError.unreadable(file: "/tmp", reason: "is a directory, not a file")) {
            try DocumentReader().read(path: "/tmp")
        }
        #expect(throws: ArgMapError.unreadable(file: "/no/such/page.html", reason: "no such file")) {
            try DocumentReader().read(path: "/no/such/page.html")
        }
    }

    @Test func errorsNameTheFile() {
        #expect(ArgMapError.binary(file: "a.png").description.hasPrefix("a.png: "))
        #expect(ArgMapError.empty(file: "b.html").description.hasPrefix("b.html: "))
    }

    @Test func randomBytesAfterAValidStartNeverCrash() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            var bytes = Array("<html><body><p>\(Self.sentence)</p>".utf8)
            bytes += (0..<2000).map { _ in UInt8.random(in: 0x20...0xFF, using: &generator) }
            let doc = try? HTMLIngester().ingest(bytes, source: "r.html")
            #expect(doc == nil || doc?.blocks.isEmpty == false)
        }
    }
}
