import Foundation
import Testing

@Suite struct CorpusLayoutTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Corpus").standardized

    @Test func corpusFolderExists() {
        #expect(FileManager.default.fileExists(atPath: Self.corpus.path))
    }
}
