import Testing
@testable import ArgMap

/// Numbered argument lists: ordinals, soft sequences, list numbers, headings, nesting, gaps.
@Suite struct EnumerationRuleTests {
    @Test func explicitOrdinalsMakeOneListSupportingTheAnnouncingClaim() throws {
        let m = Mapped([
            "Cities should ban cars. There are several reasons for this.",
            "First, cars pollute the air. Exhaust harms children most.",
            "Second, cars take space that parks could use.",
            "Third, walking makes people healthier.",
        ])
        let announcer = try m.node("There are several reasons")
        let members = try ["First,", "Second,", "Third,"].map { try m.node($0) }
        #expect(members.map { $0.ordinal?.position } == [1, 2, 3])
        #expect(Set(members.compactMap { $0.ordinal?.list }) == ["l1"])
        #expect(members.allSatisfy { $0.ordinal?.parent == nil && $0.ordinal?.isIncomplete == false })
        #expect(members.allSatisfy { m.edge(from: $0)?.to == announcer.id && m.edge(from: $0)?.relation == .supports })
        #expect(members.allSatisfy { $0.rule == "enumeration-member" })
        // elaboration of a member supports that member, not the thesis
        #expect(m.edge(from: try m.node("Exhaust harms"))?.to == members[0].id)
    }

    @Test func firstlySecondlyFinallyAndOneReasonAnotherAThird() throws {
        let a = Mapped("We need more trains. Firstly, they are clean. Secondly, they are fast. Finally, they are cheap.")
        #expect(try ["Firstly", "Secondly", "Finally"].map { try a.node($0).ordinal?.position } == [1, 2, 3])
        let b = Mapped("Schools should start later. One reason is sleep. Another reason is traffic. A third is breakfast at home.")
        #expect(try ["One reason", "Another reason", "A third"].map { try b.node($0).ordinal?.position } == [1, 2, 3])
    }

    @Test func furthermoreContinuesAListUnlessAnExplicitOrdinalFollows() throws {
        let soft = Mapped("Tax sugar. First of all, sugar causes disease. Furthermore, the tax raises money. Moreover, firms will adapt their recipes.")
        #expect(try ["First of all", "Furthermore", "Moreover"].map { try soft.node($0).ordinal?.position } == [1, 2, 3])
        let explicit = Mapped("Tax sugar. First of all, sugar causes disease. Furthermore, it rots teeth. Secondly, the tax raises money.")
        #expect(try explicit.node("Furthermore").ordinal == nil)
        #expect(try explicit.node("Secondly").ordinal?.position == 2)
    }

    @Test func aNestedListElaboratesTheMemberBeforeIt() throws {
        let m = Mapped([
            "There are two key explanations. First, the budget is small.",
            "Secondly, the risk is high. Any wrong step could be fatal.",
            "First of all, a wrong step can provoke attacks. Furthermore, citizens are fighting abroad.",
        ])
        let second = try m.node("Secondly")
        let nestedFirst = try m.node("First of all")
        let nestedSecond = try m.node("Furthermore")
        #expect(second.ordinal?.list == "l1")
        #expect(nestedFirst.ordinal?.list == "l2")
        #expect(nestedFirst.ordinal?.parent == second.id)
        #expect(nestedSecond.ordinal?.parent == second.id)
        #expect(nestedSecond.ordinal?.position == 2)
        #expect(m.edge(from: nestedFirst)?.to == second.id)
        #expect(m.edge(from: nestedFirst)?.rule == "nested-list-member")
    }

    @Test func listsRunAcrossParagraphsAndCrossheads() throws {
        let m = Mapped(
            ["The plan should be stopped for three reasons. First, it costs too much.", "The budget is already stretched.",
             "Second, nobody asked the residents.", "Third, the site floods every spring."],
            headings: [2: "Who decides", 3: "Water"])
        #expect(try ["First", "Second", "Third"].map { try m.node($0).ordinal?.position } == [1, 2, 3])
        #expect(!m.texts.contains("Who decides"))
    }

    @Test func anIncompleteListIsKeptAndFlagged() throws {
        let m = Mapped("Parking should cost more. Secondly, drivers would switch to buses. Thirdly, the money can fix roads.")
        let second = try m.node("Secondly")
        #expect(second.ordinal?.position == 2)
        #expect(second.ordinal?.isIncomplete == true)
        #expect(try m.node("Thirdly").ordinal?.isIncomplete == true)
    }

    @Test func listNumbersAndOrdinalHeadingsCount() throws {
        let numbered = Mapped(["We should plant trees.", "1. Trees cool the streets.", "2. Trees clean the air.", "3. Trees calm people."])
        #expect(try ["Trees cool", "Trees clean", "Trees calm"].map { try numbered.node($0).ordinal?.position } == [1, 2, 3])
        #expect(try numbered.node("Trees cool").markers.first?.text == "1.")
        let headed = Mapped(
            ["We should plant trees.", "Trees cool the streets in summer.", "Trees clean the air we breathe."],
            headings: [1: "First: heat", 2: "Second: air"])
        #expect(try headed.node("Trees cool").ordinal?.position == 1)
        #expect(try headed.node("Trees clean").ordinal?.position == 2)
    }

    @Test func aLoneFirstIsNoListAndAnAdverbFirstIsNoMember() throws {
        #expect(try Mapped("We should act. First, the data are clear. The rest is politics.").node("First").ordinal == nil)
        #expect(try Mapped("We should act. They first need to be caught. Then we can fine them.").node("They first").ordinal == nil)
    }

    @Test func listItemBlocksAndBulletsMakeListsWithNestingUnderAColonItem() throws {
        let blocks = [
            TextBlock(kind: .paragraph, text: "Phones should be banned in schools."),
            TextBlock(kind: .paragraph, text: "The argument for a ban comes down to three things:"),
            TextBlock(kind: .listItem, text: "Phones wreck concentration. Teachers lose minutes of every lesson."),
            TextBlock(kind: .listItem, text: "Phones harm wellbeing in more than one way:"),
            TextBlock(kind: .listItem, text: "Bullying follows children into their pockets."),
            TextBlock(kind: .listItem, text: "Breaks without screens are more sociable."),
            TextBlock(kind: .listItem, text: "A ban is fair to every child. Nobody is singled out."),
            TextBlock(kind: .paragraph, text: "Granted, parents want to reach their children. But the office has a phone."),
        ]
        let graph = Pipeline().graph(for: Document(source: "t", blocks: blocks))
        func node(_ prefix: String) throws -> ArgumentNode {
            try #require(graph.nodes.first { graph.slice($0.range).hasPrefix(prefix) })
        }
        let announcer = try node("The argument for a ban")
        let outer = try ["Phones wreck", "Phones harm", "A ban is fair"].map(node)
        #expect(outer.map { $0.ordinal?.position } == [1, 2, 3])
        #expect(outer.allSatisfy { o in graph.edges.contains { $0.from == o.id && $0.to == announcer.id } })
        let inner = try ["Bullying", "Breaks"].map(node)
        #expect(inner.map { $0.ordinal?.position } == [1, 2])
        #expect(inner.allSatisfy { $0.ordinal?.parent == outer[1].id })
        #expect(try node("Granted").ordinal == nil)
    }

    @Test func letteredAndBulletedLinesAreItems() throws {
        let lettered = Mapped(["The plan has two parts:", "(a) Meters go in every home.", "(b) Leaks are fixed first."])
        #expect(try lettered.node("Meters go").ordinal?.position == 1)
        #expect(try lettered.node("Leaks are").ordinal?.position == 2)
        #expect(try lettered.node("Leaks are").markers.first?.text == "(b)")
        let bulleted = Mapped(["We need two things:", "\u{2022} More buses on every route.", "\u{2022} Lower fares for all riders."])
        #expect(try bulleted.node("More buses").ordinal?.position == 1)
        #expect(try bulleted.node("Lower fares").ordinal?.position == 2)
    }
}
