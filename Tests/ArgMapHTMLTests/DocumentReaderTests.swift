import ArgMap
import Testing
@testable import ArgMapHTML

@Suite struct DocumentReaderTests {
    @Test func missingFileNamesTheFile() {
        #expect(throws: ArgMapError.unreadable(file: "/no/such/file.html", reason: "no such file")) {
            try DocumentReader().read(path: "/no/such/file.html")
        }
    }

    @Test func emptyBytesAreAnError() {
        #expect(throws: ArgMapError.empty(file: "x.html")) { try DocumentReader().ingest([], source: "x.html") }
    }
}
