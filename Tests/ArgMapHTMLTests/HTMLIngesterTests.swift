import ArgMap
import Testing
@testable import ArgMapHTML

@Suite struct HTMLIngesterTests {
    static let p1 = "The council voted on Tuesday to close the old bridge, after engineers found cracks in two of its piers."
    static let p2 = "Residents who cross it daily say the detour adds half an hour, and shop owners fear the loss of trade."
    static let p3 = "A new bridge is planned, but the money for it has not been found, and no date has been set for work."

    func ingest(_ html: String) throws -> Document {
        try HTMLIngester().ingest(Array(html.utf8), source: "t.html")
    }

    func page(head: String = "", article: String, extra: String = "") -> String {
        "<!DOCTYPE html><html lang=\"en-GB\"><head>\(head)</head><body><nav><ul><li><a href=\"/\">Home</a></li></ul></nav>"
            + "<main><article>\(article)</article></main>\(extra)<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>"
    }

    @Test func metadataFromJSONLD() throws {
        let head = """
            <title>Bridge closes | Example News</title><meta property="og:title" content="OG title">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
            {"@type":["NewsArticle"],"headline":"Bridge to close","author":[{"@type":"Person","name":"Ada Byrne"},{"@type":"Person","name":"Tom Hale"}],
            "datePublished":"2024-03-05T08:00:00+00:00","inLanguage":"en"}]}</script>
            """
        let doc = try ingest(page(head: head, article: "<p>\(Self.p1)</p><p>\(Self.p2)</p>"))
        #expect(doc.title == "Bridge to close")
        #expect(doc.byline == "Ada Byrne, Tom Hale")
        #expect(doc.published == "2024-03-05T08:00:00+00:00")
        #expect(doc.language == "en")
    }

    @Test func metadataFromMetaTags() throws {
        let head = """
            <meta property="og:title" content="Bridge to close"><meta name="author" content="Ada Byrne">
            <meta property="article:published_time" content="2024-03-05"><meta property="og:locale" content="en_GB">
            """
        let doc = try ingest(page(head: head, article: "<p>\(Self.p1)</p>"))
        #expect(doc.title == "Bridge to close")
        #expect(doc.byline == "Ada Byrne")
        #expect(doc.published == "2024-03-05")
        #expect(doc.language == "en-GB" || doc.language == "en_GB")
    }

    @Test func metadataFromVisibleMarkup() throws {
        let article = """
            <h1>Bridge to close</h1><div class="byline">By <a rel="author" href="/ada">Ada Byrne</a></div>
            <time datetime="2024-03-05T09:30:00Z">5 March</time><p>\(Self.p1)</p><p>\(Self.p2)</p>
            """
        let doc = try ingest(page(head: "<title>Bridge to close - Example News</title>", article: article))
        #expect(doc.title == "Bridge to close")
        #expect(doc.byline == "Ada Byrne")
        #expect(doc.published == "2024-03-05T09:30:00Z")
        #expect(doc.language == "en-GB")
        #expect(doc.text == Self.p1 + "\n\n" + Self.p2)
    }

    @Test func articleBodyFromJSONLDIsParsed() {
        let raw = RawMetadata(jsonLD: ["{\"@type\":\"OpinionNewsArticle\",\"articleBody\":\"\(Self.p1) \(Self.p2) \(Self.p3)\"}"])
        #expect(MetadataExtractor.extract(raw).articleBody?.hasPrefix("The council voted") == true)
    }

    @Test func hiddenElementsTemplatesAndNoscriptAreDropped() throws {
        let article = """
            <p>\(Self.p1)</p><p hidden>Hidden paragraph that nobody sees on the page at all, not even once.</p>
            <div style="display: none"><p>Display none paragraph that nobody sees on the page at all.</p></div>
            <div aria-hidden="true"><p>Aria hidden paragraph that nobody sees on the page at all.</p></div>
            <template><p>Template paragraph that is never rendered by any browser at all.</p></template>
            <noscript><p>Please enable JavaScript to read the comments on this article page.</p></noscript>
            <p>\(Self.p2)<span class="sr-only"> (opens in a new window)</span></p>
            """
        let doc = try ingest(page(article: article))
        #expect(doc.text == Self.p1 + "\n\n" + Self.p2)
    }

    @Test func commentsRelatedShareAndCaptionsAreDropped() throws {
        let article = """
            <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
            <figure><img src="x.jpg"><figcaption>The old bridge at dusk. Photo: A. Photographer</figcaption></figure>
            <p>\(Self.p1)</p><p>\(Self.p2)</p><p>\(Self.p3)</p>
            <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Another story about bridges and roads</a></li></ul></div>
            """
        let comments = """
            <section id="comments"><h2>42 comments</h2><div class="comment"><p>I think the council is wrong because the bridge has stood for a century and will stand for another.</p></div>
            <div class="comment"><p>Therefore we should all write to the mayor and demand that the decision be reversed at once.</p></div></section>
            <aside class="newsletter"><p>Sign up for our newsletter to get the best stories in your inbox every single morning.</p></aside>
            """
        let doc = try ingest(page(article: article, extra: comments))
        #expect(doc.blocks.map(\.text) == [Self.p1, Self.p2, Self.p3])
    }

    @Test func structureIsKept() throws {
        let article = """
            <h1>Bridge to close</h1><p>\(Self.p1)</p><h2>What happens next</h2><p>\(Self.p2)</p>
            <blockquote><p>We had no choice, the piers are unsafe.</p></blockquote>
            <ul><li>The detour adds half an hour to the trip.</li><li>Buses will use the ring road instead.</li></ul>
            <div>\(Self.p3)<br><br>A second paragraph, separated from the first by two line breaks only.</div>
            """
        let doc = try ingest(page(head: "<title>Bridge to close</title>", article: article))
        #expect(doc.blocks == [
            TextBlock(kind: .paragraph, text: Self.p1),
            TextBlock(kind: .heading, text: "What happens next"),
            TextBlock(kind: .paragraph, text: Self.p2),
            TextBlock(kind: .quote, text: "We had no choice, the piers are unsafe."),
            TextBlock(kind: .listItem, text: "The detour adds half an hour to the trip."),
            TextBlock(kind: .listItem, text: "Buses will use the ring road instead."),
            TextBlock(kind: .paragraph, text: Self.p3),
            TextBlock(kind: .paragraph, text: "A second paragraph, separated from the first by two line breaks only."),
        ])
    }

    @Test func bodySplitAcrossContainersIsKeptWhole() throws {
        let html = """
            <html><body><div class="page"><div class="story-lead"><p>\(Self.p1)</p></div>
            <div class="ad-slot"><p>Advertisement</p></div>
            <div class="story-rest"><p>\(Self.p2)</p><p>\(Self.p3)</p></div></div>
            <div class="sidebar"><ul><li><a href="/1">Most read story number one today</a></li><li><a href="/2">Most read two</a></li></ul></div>
            </body></html>
            """
        let doc = try ingest(html)
        #expect(doc.blocks.map(\.text) == [Self.p1, Self.p2, Self.p3])
    }

    @Test func disclaimerAndBioAreDropped() throws {
        let article = """
            <p>\(Self.p1)</p><p>\(Self.p2)</p>
            <p>Ada Byrne is a senior reporter covering transport. She can be followed on Twitter: @ada</p>
            <p><em>Disclaimer: Views expressed by writers in this section are their own.</em></p>
            """
        let doc = try ingest(page(head: "<meta name=\"author\" content=\"Ada Byrne\">", article: article))
        #expect(doc.blocks.map(\.text) == [Self.p1, Self.p2])
    }

    @Test func pageWithNoTextIsEmpty() {
        #expect(throws: ArgMapError.empty(file: "t.html")) { try ingest("<html><body><script>var a=1</script></body></html>") }
    }
}

@Suite struct HTMLCrossheadAndPullQuoteTests {
    static let p = "The council voted on Tuesday to close the old bridge, after engineers found cracks in two of its piers."

    @Test func boldLineBetweenLineBreaksIsACrosshead() throws {
        let html = "<html><body><article><div>\(Self.p)<br><br><b>The objections</b><br><br>\(Self.p)</div></article></body></html>"
        let doc = try HTMLIngester().ingest(Array(html.utf8), source: "b.html")
        #expect(doc.blocks.map(\.kind) == [.paragraph, .heading, .paragraph])
        #expect(doc.blocks[1].text == "The objections")
    }

    @Test func asidePullQuoteIsAQuoteAndOtherAsidesAreDropped() throws {
        let html = """
            <html><body><article><p>\(Self.p)</p><aside class="pullquote"><p>Households already pay for the leaking water.</p></aside>
            <aside class="related"><p>Read our other coverage of the bridge, which is long enough to look like prose.</p></aside>
            <p>\(Self.p)</p></article></body></html>
            """
        let doc = try HTMLIngester().ingest(Array(html.utf8), source: "a.html")
        #expect(doc.blocks.map(\.kind) == [.paragraph, .quote, .paragraph])
    }
}

@Suite struct ParseOnlyHookTests {
    @Test func parsesOrRefuses() {
        #expect(HTMLIngester.parseOnly(Array("<html><body><p>x</p></body></html>".utf8)))
        #expect(!HTMLIngester.parseOnly([]))
    }

    @Test func completeJSONLDArticleBodyMarksOtherProseAsNotTheStory() throws {
        // The story's paragraphs are all in the JSON-LD articleBody; a long link-free blurb beside them is not,
        // so the root is the story's own container, not the wrapper holding both.
        let story = (1...6).map { "Sentence number \($0) of the story sits in its own paragraph and in the article body too." }
        let sidebar = "An unrelated promotional blurb about our events, long enough to look like a paragraph of prose on its own, more than a hundred bytes."
        let body = story.joined(separator: " ")
        let paragraphs = story.map { "<p>\($0)</p>" }.joined()
        let html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"\(body)\"}</script></head>"
            + "<body><div id=\"x\"><div class=\"box\"><p>\(sidebar)</p></div><div id=\"y\">\(paragraphs)</div></div></body></html>"
        let doc = try HTMLIngester().ingest(Array(html.utf8), source: "ld.html")
        #expect(doc.blocks.map(\.text) == story)
    }
}
