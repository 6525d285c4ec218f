import Testing
@testable import ArgMap

@Suite struct PlainTextIngesterTests {
    let ingester = PlainTextIngester()

    @Test func headerLinesAreTitleBylineAndFurniture() throws {
        let text = """
            Is remote work here to stay?

            Offices will never be the same

            Jane Okafor
            Published: Updated:
            Enable Read mode
            100% Font Size

            Companies that sent staff home in a hurry are now deciding what to keep. Most will keep more than they admit.

            Counting the cost

            Rent is the largest fixed cost after salaries, and it is the first line finance teams cut.
            """
        let doc = try ingester.ingest(text, source: "t.txt")
        #expect(doc.title == "Is remote work here to stay?")
        #expect(doc.byline == "Jane Okafor")
        #expect(doc.blocks.map(\.kind) == [.paragraph, .heading, .paragraph])
        #expect(doc.blocks[1].text == "Counting the cost")
        #expect(!doc.text.contains("Offices will never be the same"))
        #expect(!doc.text.contains("Font Size"))
    }

    @Test func wrappedParagraphLinesAreJoined() throws {
        let text = "Title line\n\nThis paragraph was wrapped by an editor at a fixed\nwidth so every line but the last\nhas no final punctuation at all.\n"
        let doc = try ingester.ingest(text, source: "t.txt")
        #expect(doc.blocks == [TextBlock(kind: .paragraph, text: "This paragraph was wrapped by an editor at a fixed width so every line but the last has no final punctuation at all.")])
    }

    @Test func pullQuoteFollowedByTheAuthorIsAQuote() throws {
        let text = """
            Headline here

            By Sam Reyes

            The first paragraph says something long enough to count as running text, surely.

            We cannot wait for the perfect plan while the river keeps rising every spring

            Sam Reyes

            The last paragraph closes the argument with a full sentence of its own.
            """
        let doc = try ingester.ingest(text, source: "t.txt")
        #expect(doc.byline == "Sam Reyes")
        #expect(doc.blocks.map(\.kind) == [.paragraph, .quote, .paragraph])
        #expect(!doc.blocks.contains { $0.text == "Sam Reyes" })
    }

    @Test func bioAndDisclaimerAreDropped() throws {
        let text = """
            A headline

            Lee Chan

            The argument of the piece is made here in a full sentence, with a reason or two.

            Lee Chan is a senior fellow at an institute and writes about trade. She can be followed on Twitter: @lee

            Disclaimer: Views expressed by writers in this section are their own.
            """
        let doc = try ingester.ingest(text, source: "t.txt")
        #expect(doc.blocks.count == 1)
        #expect(doc.blocks.first?.text.hasPrefix("The argument") == true)
    }

    @Test func trailingHeadingWithNothingUnderItIsDropped() throws {
        let doc = try ingester.ingest("T\n\nA sentence that is plainly part of the body text here.\n\nMore from this author\n", source: "t.txt")
        #expect(doc.blocks.map(\.kind) == [.paragraph])
    }

    @Test func blankTextIsEmpty() {
        #expect(throws: ArgMapError.empty(file: "e.txt")) { try ingester.ingest(" \n\n \n", source: "e.txt") }
    }

    @Test func furnitureLines() {
        for line in ["Enable Read mode", "100% Font Size", "Published: Updated:", "Top Content Trending", "Advertisement"] {
            #expect(FurnitureText.isFurnitureLine(line), "\(line)")
        }
        for line in ["Global freezing", "On the same side", "The case is common."] {
            #expect(!FurnitureText.isFurnitureLine(line), "\(line)")
        }
    }
}
