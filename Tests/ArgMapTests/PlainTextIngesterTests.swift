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

@Suite struct PlainTextHeaderAndListTests {
    let ingester = PlainTextIngester()

    @Test func standfirstBeforeABylineWithADateIsDropped() throws {
        let text = """
            Subsidise heat pumps, not gas boilers

            The grant is money spent on the past and it should go to heat pumps instead

            COMMENT
            Ingrid Solberg | 21 October 2024
            Listen to this article
            A A A

            Next month the regional government will renew its home-heating grant. It is aimed at the wrong machine.

            2 June 2025

            Opinion pieces reflect the views of their authors, not those of the Review.
            """
        let doc = try ingester.ingest(text, source: "t.txt")
        #expect(doc.title == "Subsidise heat pumps, not gas boilers")
        #expect(doc.byline == "Ingrid Solberg")
        #expect(doc.blocks == [TextBlock(kind: .paragraph, text: "Next month the regional government will renew its home-heating grant. It is aimed at the wrong machine.")])
    }

    @Test func numberedAndBulletedLinesAreListItems() throws {
        let text = """
            Title

            The case rests on two points, which are set out below in order:

            1. Phones wreck concentration in class.
            2. Phones harm wellbeing in more than one way:
                ◦ Bullying follows children home.
                • Breaks without screens are more sociable.

            That is the whole of the argument, and it is enough.
            """
        let doc = try ingester.ingest(text, source: "t.txt")
        #expect(doc.blocks.map(\.kind) == [.paragraph, .listItem, .listItem, .listItem, .listItem, .paragraph])
        #expect(doc.blocks[1].text == "Phones wreck concentration in class.")
        #expect(doc.blocks[3].text == "Bullying follows children home.")
    }

    @Test func dateLines() {
        #expect(FurnitureText.isDateLine("2 June 2025"))
        #expect(FurnitureText.isDateLine("Tuesday, June 3, 2025 10:30 am"))
        #expect(FurnitureText.isDateLine("2025-06-02"))
        #expect(!FurnitureText.isDateLine("June was the wettest month"))
        #expect(!FurnitureText.isDateLine("Global freezing"))
    }
}

@Suite struct PlainTextIngesterFurnitureTests {
    @Test func promotionsAreFurnitureButSentencesThatMentionTheWordsAreNot() {
        #expect(FurnitureText.isFurnitureLine("Get the latest updates right in your inbox. Subscribe to our newsletters."))
        #expect(FurnitureText.isFurnitureLine("Follow The Times Opinion section on Facebook, Twitter and Instagram."))
        #expect(!FurnitureText.isFurnitureLine("The company's newsletter went to 5,000 people."))
        #expect(!FurnitureText.isFurnitureLine("He has two million followers on Twitter."))
        #expect(!FurnitureText.isFurnitureLine("Millions sign up for the programme every year."))
    }

    @Test func publisherNotes() {
        #expect(FurnitureText.isPublisherNote("Opinion pieces reflect the views of their authors, not those of the Voice."))
        #expect(FurnitureText.isPublisherNote("The opinions in this article are the author’s own."))
        #expect(!FurnitureText.isPublisherNote("Voters gave their views at the polls on Tuesday."))
    }
}
