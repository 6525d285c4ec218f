import Foundation
import Testing
@testable import ArgMapHTML

/// Development aid: `ARGMAP_DUMP=page.html swift test --filter DebugDump` prints the page's blocks.
@Suite struct DebugDumpTests {
    @Test func dump() throws {
        guard let path = ProcessInfo.processInfo.environment["ARGMAP_DUMP"] else { return }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let page = try HTMLIngester.parse(bytes, source: path, encoding: nil)
        for b in page.blocks {
            var chain: [String] = []
            var e = Int(b.owner)
            while e >= 0 { let el = page.elements[e]; chain.append("\(e)\(el.role)\(el.verdict == .boilerplate ? "!" : el.verdict == .section ? "!!" : el.verdict == .content ? "+" : "")"); e = Int(el.parent) }
            print("[\(b.kind) \(b.count) L\(b.linkBytes)] \(chain.prefix(14).joined(separator: "<")) :: \(page.string(b).prefix(90))")
        }
    }
}
