import ArgMap
import Testing
@testable import ArgMapHTML

/// Pages with several `<article>` elements and several `<h1>`: the story is kept, teasers beside it are not.
@Suite struct SeveralArticlesTests {
    static let story = [
        "The council voted on Tuesday to close the old bridge, after engineers found cracks in two of its piers.",
        "Residents who cross it daily say the detour adds half an hour, and shop owners fear the loss of trade.",
        "A new bridge is planned, but the money for it has not been found, and no date has been set for work.",
    ]

    static func teaser(_ n: Int) -> String {
        "<article class=\"card\"><h1><a href=\"/s\(n)\">Teaser headline number \(n) about another thing</a></h1>"
            + "<p>A short summary of another story that is long enough to look like prose, number \(n).</p></article>"
    }

    @Test func teaserArticlesBesideTheStoryAreDropped() throws {
        let paragraphs = Self.story.map { "<p>\($0)</p>" }.joined()
        let html = "<html><body><div class=\"page\"><article><h1>Bridge to close</h1>\(paragraphs)</article>"
            + "<section>\(Self.teaser(1))\(Self.teaser(2))\(Self.teaser(3))</section></div></body></html>"
        let doc = try HTMLIngester().ingest(Array(html.utf8), source: "many.html")
        #expect(doc.blocks.map(\.text) == Self.story)
    }

    @Test func storySplitOverTwoArticlesIsKept() throws {
        let html = "<html><body><main><article><p>\(Self.story[0])</p><p>\(Self.story[1])</p></article>"
            + "<article><p>\(Self.story[2])</p><p>\(Self.story[0])</p></article></main></body></html>"
        let doc = try HTMLIngester().ingest(Array(html.utf8), source: "split.html")
        #expect(doc.blocks.map(\.text) == [Self.story[0], Self.story[1], Self.story[2], Self.story[0]])
    }
}
