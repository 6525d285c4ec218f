import Foundation
import Testing
@testable import ArgMap

@Suite struct GraphJSONExporterTests {
    /// Parses exporter output with Foundation, failing the test when it is not a JSON object.
    func parse(_ json: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        return try #require(object as? [String: Any])
    }

    @Test(arguments: Sample.all)
    func nodeTextIsTheScalarSliceOfTheDocument(_ sample: Sample) throws {
        let graph = sample.graph
        let json = try parse(GraphJSONExporter().export(graph))
        let text = try #require((json["document"] as? [String: Any])?["text"] as? String)
        #expect(text == graph.text)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.count == graph.nodes.count)
        for node in nodes {
            let start = try #require(node["start"] as? Int), end = try #require(node["end"] as? Int)
            #expect(node["text"] as? String == scalarSlice(text, start, end))
            let occurrences = try #require(node["occurrences"] as? [[Int]])
            #expect(occurrences.first == [start, end])
            // Later occurrences may differ in punctuation (a pull quote without its full stop):
            // they must be real, non-empty places in the text.
            for occurrence in occurrences {
                #expect(occurrence.count == 2 && occurrence[0] < occurrence[1] && occurrence[1] <= text.unicodeScalars.count)
            }
            for marker in try #require(node["markers"] as? [[String: Any]]) {
                let ms = try #require(marker["start"] as? Int), me = try #require(marker["end"] as? Int)
                #expect(scalarSlice(text, ms, me) == marker["text"] as? String)
            }
        }
        for sentence in try #require(json["sentences"] as? [[String: Any]]) {
            let start = try #require(sentence["start"] as? Int), end = try #require(sentence["end"] as? Int)
            #expect(start <= end && end <= text.unicodeScalars.count)
        }
    }

    @Test(arguments: Sample.all)
    func idsAreUniqueAndEdgesReferenceExistingNodes(_ sample: Sample) throws {
        let graph = sample.graph
        let json = try parse(GraphJSONExporter().export(graph))
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        let nodeIDs = nodes.compactMap { $0["id"] as? String }
        #expect(Set(nodeIDs).count == nodeIDs.count)
        let sentenceIDs = try #require(json["sentences"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(Set(sentenceIDs).count == sentenceIDs.count)
        for node in nodes {
            for sentence in node["sentences"] as? [String] ?? [] { #expect(sentenceIDs.contains(sentence)) }
            if let ordinal = node["ordinal"] as? [String: Any], let parent = ordinal["parent"] as? String {
                #expect(nodeIDs.contains(parent))
            }
        }
        for edge in try #require(json["edges"] as? [[String: Any]]) {
            #expect(nodeIDs.contains(edge["from"] as? String ?? ""))
            #expect(nodeIDs.contains(edge["to"] as? String ?? ""))
        }
        if let thesis = json["thesis"] as? String { #expect(nodeIDs.contains(thesis)) }
    }

    @Test func opEdHasTheContractShape() throws {
        let graph = Fixture.opEdGraph()
        let json = try parse(GraphJSONExporter().export(graph))
        #expect(json["version"] as? String == "argmap-graph/1")
        #expect(json["thesis"] as? String == "n1")
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        let second = try #require(nodes.first { $0["text"] as? String == "Secondly, young families are leaving." })
        let ordinal = try #require(second["ordinal"] as? [String: Any])
        #expect(ordinal["list"] as? String == "l1")
        #expect(ordinal["position"] as? Int == 2)
        #expect(ordinal["parent"] is NSNull)
        let marker = try #require((second["markers"] as? [[String: Any]])?.first)
        #expect(marker["text"] as? String == "Secondly")
        #expect(marker["sense"] as? String == "enumeration")
        let quote = try #require(nodes.first { $0["text"] as? String == "Housing is a right, not a luxury." })
        #expect((quote["occurrences"] as? [[Int]])?.count == 2)
        let nested = try #require(nodes.first { $0["text"] as? String == "Furthermore, it costs money." })
        #expect((nested["ordinal"] as? [String: Any])?["parent"] as? String == "n5")
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.contains { $0["from"] as? String == "n10" && $0["to"] as? String == "n9" && $0["relation"] as? String == "attacks" })
        let thesis = try #require(nodes.first)
        #expect(thesis.keys.contains("ordinal") == false)
    }

    @Test func keysComeInTheContractOrder() throws {
        let json = GraphJSONExporter().export(Fixture.opEdGraph())
        let topLevel = ["\"version\"", "\"document\"", "\"paragraphs\"", "\"sentences\"", "\"nodes\"", "\"edges\"", "\"thesis\""]
        let positions = topLevel.compactMap { json.range(of: "\n  " + $0)?.lowerBound }
        #expect(positions.count == topLevel.count)
        #expect(positions == positions.sorted())
        let node = try #require(json.range(of: "\"id\": \"n4\"")).lowerBound
        let rest = json[node...]
        let nodeKeys = ["\"id\"", "\"kind\"", "\"text\"", "\"start\"", "\"end\"", "\"sentences\"", "\"markers\"",
                        "\"ordinal\"", "\"occurrences\"", "\"confidence\"", "\"rule\""]
        let nodePositions = nodeKeys.compactMap { rest.range(of: $0)?.lowerBound }
        #expect(nodePositions == nodePositions.sorted())
        #expect(nodePositions.count == nodeKeys.count)
    }

    @Test func prettyLayoutIsStable() throws {
        let json = GraphJSONExporter().export(Fixture.opEdGraph())
        #expect(json.hasPrefix("{\n  \"version\": \"argmap-graph/1\",\n  \"document\": {\n    \"source\": "))
        #expect(json.contains("\n    {\"id\": \"s1\", \"start\": 0, \"end\": 18, \"paragraph\": 0},\n"))
        #expect(json.contains("\n      \"markers\": [\n        {\"text\": \"Secondly\", \"start\": "))
        #expect(json.contains("\n      \"ordinal\": {\"list\": \"l2\", \"position\": 2, \"parent\": \"n5\"},\n"))
        #expect(json.contains("\n      \"markers\": [],\n"))
        #expect(json.contains("\n    {\"from\": \"n10\", \"to\": \"n9\", \"relation\": \"attacks\", \"marker\": \"But\", \"confidence\": 0.7, \"rule\": \"fixture-edge\"}"))
        #expect(json.hasSuffix("\n  ],\n  \"thesis\": \"n1\"\n}"))
        #expect(!json.contains(" \n"))  // no trailing spaces
    }

    @Test(arguments: Sample.all)
    func compactIsOneLineAndEqualToPretty(_ sample: Sample) throws {
        let graph = sample.graph
        let compact = GraphJSONExporter().export(graph, pretty: false)
        let pretty = GraphJSONExporter().export(graph, pretty: true)
        #expect(!compact.contains("\n"))
        #expect(!compact.contains("\": "))
        let a = try JSONSerialization.jsonObject(with: Data(compact.utf8)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(pretty.utf8)) as? NSDictionary
        #expect(a != nil && a == b)
        #expect(GraphJSONExporter().exportBytes(graph, pretty: false) == Array(compact.utf8))
    }

    @Test(arguments: Sample.all)
    func outputIsByteIdenticalRunToRun(_ sample: Sample) {
        let graph = sample.graph
        let first = GraphJSONExporter().export(graph)
        for _ in 0..<3 { #expect(GraphJSONExporter().export(graph) == first) }
        #expect(GraphJSONExporter().export(sample.graph) == first)
    }

    @Test func embedsIntoAStreamRecord() throws {
        var w = JSONWriter()
        w.raw("{"); w.key("id"); w.number(7); w.raw(","); w.key("ok"); w.raw("true,"); w.key("graph")
        GraphJSONExporter().write(Fixture.opEdGraph(), to: &w)
        w.raw("}")
        let record = try parse(w.output)
        #expect(record["id"] as? Int == 7)
        #expect((record["graph"] as? [String: Any])?["thesis"] as? String == "n1")
        #expect(!w.output.contains("\n"))
    }
}

@Suite struct GraphJSONSchemaTests {
    @Test func schemaFileIsValidJSON() throws {
        let data = try Data(contentsOf: Paths.schema)
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let kinds = ((schema["$defs"] as? [String: Any])?["node"] as? [String: Any]).flatMap { $0["properties"] as? [String: Any] }
        #expect((kinds?["kind"] as? [String: Any])?["enum"] as? [String] == NodeKind.allCases.map(\.rawValue))
    }

    /// Writes each fixture's JSON to a file and validates them all with Python's `jsonschema`.
    @Test(.enabled(if: Tool.pythonWithJSONSchema != nil, "python3 with jsonschema is not installed"))
    func realOutputsValidateAgainstTheSchema() throws {
        let python = try #require(Tool.pythonWithJSONSchema)
        let dir = try Paths.scratch("schema")
        var files: [String] = []
        for (index, sample) in Sample.all.enumerated() {
            let graph = sample.graph
            for pretty in [true, false] {
                let url = dir.appendingPathComponent("sample\(index)-\(pretty).json")
                try GraphJSONExporter().export(graph, pretty: pretty).write(to: url, atomically: true, encoding: .utf8)
                files.append(url.path)
            }
        }
        let result = try Tool.run(python, ["-c", Self.validator, Paths.schema.path] + files)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(String(decoding: result.stdout, as: UTF8.self).contains("valid \(files.count)"))
    }

    /// The schema rejects what the contract forbids (so the validation above can fail).
    @Test(.enabled(if: Tool.pythonWithJSONSchema != nil, "python3 with jsonschema is not installed"))
    func schemaRejectsBrokenGraphs() throws {
        let python = try #require(Tool.pythonWithJSONSchema)
        let good = GraphJSONExporter().export(Fixture.opEdGraph(), pretty: false)
        let broken = [
            good.replacingOccurrences(of: "\"kind\":\"counterpoint\"", with: "\"kind\":\"objection\""),
            good.replacingOccurrences(of: "\"relation\":\"attacks\"", with: "\"relation\":\"undercuts\""),
            good.replacingOccurrences(of: "\"sense\":\"enumeration\"", with: "\"sense\":\"ordinal\""),
            good.replacingOccurrences(of: "\"id\":\"n3\"", with: "\"id\":\"node3\""),
            good.replacingOccurrences(of: "\"version\":\"argmap-graph/1\"", with: "\"version\":\"argmap-graph/2\""),
            good.replacingOccurrences(of: "\"thesis\":\"n1\"}", with: "\"thesis\":\"s1\"}"),
            good.replacingOccurrences(of: "\"occurrences\":[[", with: "\"occurrences\":[[1,2,"),
        ]
        let dir = try Paths.scratch("schema-broken")
        var files: [String] = []
        for (index, json) in broken.enumerated() {
            #expect(json != good)
            let url = dir.appendingPathComponent("broken\(index).json")
            try json.write(to: url, atomically: true, encoding: .utf8)
            files.append(url.path)
        }
        let result = try Tool.run(python, ["-c", Self.validator, Paths.schema.path] + files)
        #expect(result.status == 1)
        #expect(String(decoding: result.stdout, as: UTF8.self).contains("valid 0 of \(files.count)"))
    }

    static let validator = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        ok = 0
        for path in sys.argv[2:]:
            errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
            for e in errors[:3]:
                print(path, "/".join(map(str, e.absolute_path)), e.message[:200], file=sys.stderr)
            ok += not errors
        print("valid", ok, "of", len(sys.argv) - 2)
        sys.exit(0 if ok == len(sys.argv) - 2 else 1)
        """
}

@Suite struct JSONWriterTests {
    @Test func escapesWhatJSONRequires() throws {
        var w = JSONWriter()
        let nasty = "q\"b\\s/\n\r\t\u{01}\u{1F}\u{7F}é😀\u{2028}\u{2029}\u{E000}"
        w.string(nasty)
        #expect(w.output == "\"q\\\"b\\\\s/\\n\\r\\t\\u0001\\u001f\u{7F}é😀\\u2028\\u2029\u{E000}\"")
        let back = try JSONSerialization.jsonObject(with: Data(w.output.utf8), options: [.fragmentsAllowed]) as? String
        #expect(back == nasty)
    }

    @Test func writesNumbers() {
        var w = JSONWriter()
        for d in [0.0, 1.0, 0.5, 0.85, 0.855, -0.05, 0.999, Double.nan, 12.3] { w.number(d); w.raw(" ") }
        for n in [0, 7, -42, Int.max, Int.min] { w.number(n); w.raw(" ") }
        #expect(w.output == "0.0 1.0 0.5 0.85 0.86 -0.05 1.0 0.0 12.3 0 7 -42 9223372036854775807 -9223372036854775808 ")
    }

    @Test func structuredLayerPlacesSeparators() {
        var pretty = JSONWriter(pretty: true)
        var compact = JSONWriter(pretty: false)
        for index in 0..<2 {
            var w = index == 0 ? pretty : compact
            w.beginObject()
            w.name("a"); w.value(1)
            w.name("b"); w.beginArray(); w.beginObject(inline: true); w.name("x"); w.value(true); w.name("y"); w.null(); w.endObject(); w.endArray()
            w.name("c"); w.beginArray(); w.endArray()
            w.name("d"); w.inlineArray(["p", "q"])
            w.endObject()
            if index == 0 { pretty = w } else { compact = w }
        }
        #expect(pretty.output == "{\n  \"a\": 1,\n  \"b\": [\n    {\"x\": true, \"y\": null}\n  ],\n  \"c\": [],\n  \"d\": [\"p\", \"q\"]\n}")
        #expect(compact.output == "{\"a\":1,\"b\":[{\"x\":true,\"y\":null}],\"c\":[],\"d\":[\"p\",\"q\"]}")
    }
}

@Suite struct ScalarOffsetsExportTests {
    @Test func agreesWithUnicodeScalarsEverywhere() {
        let texts = ["", "plain ascii", Fixture.adversarialTexts.joined(separator: "\n\n"),
                     String(repeating: "ab😀é中", count: 100)]
        for text in texts {
            let offsets = ScalarOffsets(text)
            var scalarIndex = 0
            var byteIndex = 0
            for scalar in text.unicodeScalars {
                #expect(offsets[byteIndex] == scalarIndex)
                byteIndex += UTF8.width(scalar)
                scalarIndex += 1
            }
            #expect(offsets[byteIndex] == scalarIndex)
            #expect(offsets[byteIndex + 10] == scalarIndex)  // clamped
            #expect(offsets[-3] == 0)
        }
    }
}
