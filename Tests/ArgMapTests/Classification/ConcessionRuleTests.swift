import Testing
@testable import ArgMap

/// Counterpoints (concessions, views given to others) and the rebuttals that answer them.
@Suite struct ConcessionRuleTests {
    @Test func weakConcessionBeforeAContrastIsACounterpointAttackedByItsRebuttal() throws {
        let m = Mapped("Cities should ban cars from the centre. Of course, many shops depend on drivers. But most customers arrive on foot.")
        let counter = try m.node("Of course")
        let rebuttal = try m.node("But most")
        #expect(counter.kind == .counterpoint)
        #expect(counter.rule == "concession-counterpoint")
        #expect(counter.markers.map(\.text) == ["Of course", "But"])
        #expect(m.edge(from: counter)?.relation == .attacks)
        #expect(m.edge(from: counter)?.to == m.thesis?.id)
        #expect(rebuttal.kind == .rebuttal)
        #expect(m.edge(from: rebuttal)?.to == counter.id)
        #expect(m.edge(from: rebuttal)?.relation == .attacks)
        #expect(m.edge(from: rebuttal)?.marker == "But")
    }

    @Test func weakConcessionWithoutContrastIsNoCounterpoint() throws {
        let m = Mapped("Cities should ban cars from the centre. Of course, the air will be cleaner. Children will play outside again.")
        #expect(try m.node("Of course").kind != .counterpoint)
    }

    @Test func strongConcessionAndAttributionAreCounterpointsOnTheirOwn() throws {
        let m = Mapped("Tuition should stay free. Admittedly, the universities need money. Critics argue that fees improve teaching. But free study helps the poor.")
        #expect(try m.node("Admittedly").kind == .counterpoint)
        let critics = try m.node("Critics argue")
        #expect(critics.kind == .counterpoint)
        #expect(critics.rule == "attribution-counterpoint")
        #expect(critics.markers.first?.sense == .concession)
        #expect(try m.node("But free study").kind == .rebuttal)
        #expect(m.target(of: try m.node("But free study"))?.id == critics.id)
    }

    @Test func subordinateConcessionIsAttackedByItsMainClause() throws {
        let m = Mapped("Even if many people think a murderer deserves to die, this is precisely the crime we should not repeat. The death penalty must go.")
        let counter = try m.node("Even if")
        let answer = try m.node("this is precisely")
        #expect(counter.kind == .counterpoint)
        #expect(counter.rule == "concession-clause")
        #expect(answer.kind == .rebuttal)
        #expect(m.edge(from: answer)?.to == counter.id)
    }

    @Test func statementsBackingACounterpointAreOnTheOpponentsSide() throws {
        let m = Mapped("Yes, it is annoying to sort your rubbish. Three bags stink in the kitchen. But still too many resources are lost. We should sort our waste!")
        let yes = try m.node("Yes")
        let backing = try m.node("Three bags")
        #expect(yes.kind == .counterpoint)
        #expect(backing.kind == .counterpoint)
        #expect(m.edge(from: backing)?.to == yes.id)
        #expect(m.edge(from: backing)?.relation == .supports)
        let but = try m.node("But still")
        #expect(but.kind == .rebuttal)
        #expect(m.edge(from: but)?.to == yes.id)
    }

    @Test func clauseBeforeAnIntraSentenceContrastIsConceded() throws {
        let m = Mapped("Video games ought to be Olympic events. Some games are not relevant as sports, but this should be solvable by a preselection.")
        #expect(try m.node("Some games").kind == .counterpoint)
        #expect(try m.node("but this").kind == .rebuttal)
    }
}
