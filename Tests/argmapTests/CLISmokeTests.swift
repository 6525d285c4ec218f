import Testing
@testable import argmap

@Suite struct CLISmokeTests {
    @Test func graphFormatsHaveExtensions() {
        #expect(GraphFormat.text.fileExtension == "txt")
        #expect(GraphFormat.json.fileExtension == "json")
    }
}
