import Foundation
import Testing
@testable import ArgMap

/// Writes every export of every fixture into `$ARGMAP_EXPORT_ARTIFACTS` (when set), for a person
/// to open: `ARGMAP_EXPORT_ARTIFACTS=/tmp/exports swift test --filter ExportArtifacts`.
@Suite struct ExportArtifacts {
    static let directory = ProcessInfo.processInfo.environment["ARGMAP_EXPORT_ARTIFACTS"]

    @Test(.enabled(if: directory != nil, "set ARGMAP_EXPORT_ARTIFACTS to write the exports"))
    func writeArtifacts() throws {
        let dir = URL(fileURLWithPath: try #require(Self.directory))
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for fixture in Fixture.allCases {
            guard let graph = fixture.graph else { continue }
            let base = dir.appendingPathComponent(fixture.rawValue)
            let dot = DOTExporter().export(graph)
            try dot.write(to: base.appendingPathExtension("dot"), atomically: true, encoding: .utf8)
            try GraphJSONExporter().export(graph).write(to: base.appendingPathExtension("json"), atomically: true, encoding: .utf8)
            var svg: String?
            if let dotTool = Tool.dot {
                let result = try Tool.run(dotTool, ["-Tsvg"], input: Data(dot.utf8))
                svg = String(decoding: result.stdout, as: UTF8.self)
                try svg?.write(to: base.appendingPathExtension("svg"), atomically: true, encoding: .utf8)
            }
            try HTMLReportExporter().export(graph, svg: svg).write(to: base.appendingPathExtension("html"), atomically: true, encoding: .utf8)
            try AIFExporter().export(graph).write(to: base.appendingPathExtension("aif.json"), atomically: true, encoding: .utf8)
            try ArgdownExporter().export(graph).write(to: base.appendingPathExtension("argdown"), atomically: true, encoding: .utf8)
            #expect(FileManager.default.fileExists(atPath: base.appendingPathExtension("dot").path))
        }
    }
}
