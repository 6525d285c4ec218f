import Foundation
import Testing
@testable import ArgMap

@Suite struct IngestJSONExporterTests {
    let doc = Document(source: "a \"b\".html", title: "T", byline: nil, published: "2026-01-01", language: "en", blocks: [
        TextBlock(kind: .heading, text: "Head"), TextBlock(kind: .listItem, text: "Item <1>"),
    ])

    @Test func writesTheContractKeysInOrderOnOneLine() {
        let json = IngestJSONExporter().export(doc)
        #expect(json == "{\"source\":\"a \\\"b\\\".html\",\"title\":\"T\",\"byline\":null,\"published\":\"2026-01-01\",\"language\":\"en\","
            + "\"blocks\":[{\"kind\":\"heading\",\"text\":\"Head\"},{\"kind\":\"list-item\",\"text\":\"Item <1>\"}],\"text\":\"Head\\n\\nItem <1>\"}")
    }

    @Test func prettyParsesToTheSameObject() throws {
        let pretty = IngestJSONExporter().export(doc, pretty: true)
        #expect(pretty.contains("\n    {\"kind\": \"list-item\", \"text\": \"Item <1>\"}\n"))
        let a = try JSONSerialization.jsonObject(with: Data(pretty.utf8)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(IngestJSONExporter().export(doc).utf8)) as? NSDictionary
        #expect(a != nil && a == b)
    }
}
