import Testing
@testable import argmap

/// Output naming of `batch`.
@Suite struct BatchPlanTests {
    @Test func safeNamesStayInsideTheFolder() {
        #expect(BatchPlan.safeName("r/2") == "r_2")
        #expect(BatchPlan.safeName("../etc") == "_.._etc")
        #expect(BatchPlan.safeName("") == "_")
        #expect(BatchPlan.safeName("ok-1.x_y") == "ok-1.x_y")
        #expect(BatchPlan.safeName("été") == "_t_")
    }

    @Test func formatsHaveDistinctExtensions() {
        let extensions = GraphFormat.allCases.map(\.fileExtension)
        #expect(Set(extensions).count == extensions.count)
        #expect(GraphFormat.text.fileExtension == "txt")
        #expect(GraphFormat.aif.fileExtension == "aif.json")
    }
}
