import Testing

@testable import ArgMap

/// The English Golden Rules (pragmatic_segmenter / pySBD), read from the shared dataset at run time.
///
/// Every one of the 48 rules passes. Two expected outputs are debatable and we follow them anyway:
/// rule 18 keeps "At 5 a.m. Mr. Smith went to the bank." whole but splits "at 6 P.M. Mr. Smith": the
/// segmenter reads a phrase of at most three words opened by a preposition ("At 5 a.m.") as no sentence;
/// rule 48 puts a four-dot ellipsis's last three dots at the start of the next sentence
/// (". . . The practice"), where a reader would keep them with the first.
@Suite struct SegmentGoldenRulesTests {
    @Test(arguments: GoldenRule.main)
    func goldenRule(_ rule: GoldenRule) {
        let got = SegmentationFixtures.sentences(rule.text)
        #expect(got == rule.sentences.map(SegmentationFixtures.normalized), "\(rule.testDescription)")
    }

    @Test func atLeast46Of48RulesPass() throws {
        let rules = GoldenRule.main
        try #require(!rules.isEmpty || SegmentationFixtures.file("golden_rules_en.json") == nil)
        guard !rules.isEmpty else { return }  // dataset absent: skipped
        let failing = rules.filter { !$0.passes() }
        for rule in failing {
            print("golden rule FAILS: \(rule.testDescription)\n  got: \(SegmentationFixtures.sentences(rule.text))\n  expected: \(rule.sentences)")
        }
        print("Golden Rules: \(rules.count - failing.count)/\(rules.count) pass")
        #expect(rules.count == 48)
        #expect(rules.count - failing.count >= 46)
    }

    /// The four further rules of the pragmatic_segmenter README (PDF line breaks, a list of short lines,
    /// sentences glued without a space).
    @Test(arguments: GoldenRule.extra)
    func extraRule(_ rule: GoldenRule) {
        let got = SegmentationFixtures.sentences(rule.text)
        #expect(got == rule.sentences.map(SegmentationFixtures.normalized), "\(rule.testDescription)")
    }
}
