import Testing
@testable import ArgMap

/// Units: sentences split where a marker joins two claims, with exact offsets.
@Suite struct UnitSplitterTests {
    @Test func splitsAtAContrastAfterAComma() {
        let m = Mapped("Of course, the fee is high, but once people pay it, the streets will be clean.")
        #expect(m.texts == ["Of course, the fee is high", "but once people pay it, the streets will be clean."])
    }

    @Test func splitsASentenceInitialConcessionAtItsComma() {
        let m = Mapped("Although the workload is getting heavier in many jobs, the retirement age should rise.")
        #expect(m.texts == ["Although the workload is getting heavier in many jobs", "the retirement age should rise."])
    }

    @Test func splitsAtBecauseSinceAndSemicolons() {
        #expect(Mapped("Fees should be dropped, because they keep poor students away.").texts
            == ["Fees should be dropped", "because they keep poor students away."])
        #expect(Mapped("Services must be regulated; this should be clear to everyone by now.").texts
            == ["Services must be regulated", "this should be clear to everyone by now."])
        #expect(Mapped("Insurers should not pay for it unless the benefit has been proven.").texts
            == ["Insurers should not pay for it", "unless the benefit has been proven."])
    }

    @Test func keepsPhrasesThatAreNotTwoClaims() {
        #expect(Mapped("The state is not only breaking the law, but it is paying criminals, too.").texts.count == 1)
        #expect(Mapped("A flat is not a luxury, but rather a necessity for most people.").texts.count == 1)
        #expect(Mapped("It would be no longer just a threat, but a catastrophe for the whole nation.").texts.count == 1)
        #expect(Mapped("If the city pays, the plan works.").texts.count == 1)
        #expect(Mapped("Prices rose, but not much.").texts.count == 1)  // too short to stand alone
    }

    @Test func nodeOffsetsAreExactSlicesOfTheText() {
        let m = Mapped(["Sure, other people have to work in the shops, but they can rest during the week."])
        for node in m.graph.nodes {
            let text = m.text(node)
            #expect(text == text.trimmingCharacters(in: .whitespaces))
            #expect(!text.hasSuffix(","))
            #expect(node.occurrences == [node.range])
        }
        #expect(m.graph.nodes.map(\.range.lowerBound) == [0, 46])
    }
}
