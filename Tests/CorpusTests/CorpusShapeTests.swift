import ArgMap
import Foundation
import Testing

/// One designed feature of one article in one form.
struct ShapeCase: Sendable, CustomTestStringConvertible {
    let article: CorpusArticle
    let feature: ShapeFeature

    var testDescription: String { "\(article.testDescription) \(feature.summary)" }

    /// Every feature of every article, in both forms. An `absent` phrase is checked only in the forms whose
    /// file holds it (a comment section exists only on the page), so that each case can fail.
    static let all: [ShapeCase] = CorpusArticle.all.flatMap { article -> [ShapeCase] in
        let raw = (try? article.rawText()) ?? ""
        let table = CorpusShapes.table[article.name] ?? []
        let dates = table.compactMap { feature -> ShapeFeature? in
            guard case .published(let iso) = feature, let printed = CorpusShapes.printedDate(iso) else { return nil }
            return .absent(printed)
        }
        let features = table + CorpusShapes.boilerplate + dates
        return features.compactMap { feature in
            if case .absent(let phrase) = feature, !raw.contains(phrase) { return nil }
            if case .published = feature, article.form == .text { return nil }
            return ShapeCase(article: article, feature: feature)
        }
    }
}

/// Hand-checked shapes: what the pipeline should find in each Corpus article (see `CorpusShapes`).
@Suite struct CorpusShapeTests {
    @Test("Designed feature", .tags(.shape), arguments: ShapeCase.all)
    func feature(_ c: ShapeCase) throws {
        let graph = try c.article.graph()
        try expectingShape { try Self.check(c.feature, in: graph, article: c.article.testDescription) }
    }

    // MARK: the table itself (not tagged: these must always pass)

    @Test func everyArticleHasAShapeEntry() {
        #expect(Set(CorpusShapes.table.keys) == Set(CorpusArticle.names))
    }

    @Test("Phrases of the table occur in the article", arguments: CorpusArticle.names)
    func phrasesExist(_ name: String) throws {
        let text = try CorpusArticle(name: name, form: .text).rawText()
        let html = try CorpusArticle(name: name, form: .html).rawText()
        for feature in CorpusShapes.table[name] ?? [] {
            for phrase in feature.positivePhrases {
                #expect(text.contains(phrase), "\(name): '\(phrase)' is not in the text file")
                #expect(html.contains(phrase), "\(name): '\(phrase)' is not in the HTML page")
            }
            if case .absent(let phrase) = feature {
                #expect(text.contains(phrase) || html.contains(phrase), "\(name): absent phrase '\(phrase)' is in neither file")
            }
        }
    }

    @Test func theCorpusCoversTheDesign() {
        let features = CorpusShapes.table.values.flatMap { $0 }
        #expect(features.contains(.noArgument))
        #expect(features.contains { if case .repeated = $0 { true } else { false } })
        #expect(features.contains { if case .list(_, _, let parent) = $0 { parent != nil } else { false } })
        #expect(features.filter { if case .attack = $0 { true } else { false } }.count >= 10)
        #expect(features.filter { if case .list = $0 { true } else { false } }.count >= 10)
    }

    // MARK: checking a feature against a graph

    static func text(of node: ArgumentNode, in graph: ArgumentGraph) -> String { graph.slice(node.range) }

    static func node(containing phrase: String, in graph: ArgumentGraph) -> ArgumentNode? {
        graph.nodes.first { text(of: $0, in: graph).contains(phrase) }
    }

    static func requireNode(_ phrase: String, in graph: ArgumentGraph, _ article: String) throws -> ArgumentNode {
        if phrase == CorpusShapes.thesis {
            let thesisID = graph.thesis
            let thesis = graph.nodes.first { $0.id == thesisID }
            return try #require(thesis, "\(article): the graph has no thesis node")
        }
        let found = node(containing: phrase, in: graph)
        return try #require(found, "\(article): no node contains '\(phrase)'")
    }

    static func hasEdge(_ from: String, _ to: String, _ relation: Relation, in graph: ArgumentGraph) -> Bool {
        graph.edges.contains { $0.from == from && $0.to == to && $0.relation == relation }
    }

    /// The same marker, ignoring case, or one a longer form of the other ("Critics argue" for "Critics argue that").
    static func sameMarker(_ found: String, _ expected: String) -> Bool {
        let a = found.lowercased(), b = expected.lowercased()
        return a == b || a.hasPrefix(b + " ") || b.hasPrefix(a + " ")
    }

    static func describe(_ node: ArgumentNode, in graph: ArgumentGraph) -> String {
        "\(node.id) (\(node.kind.rawValue)): \(text(of: node, in: graph).prefix(80))"
    }

    static func check(_ feature: ShapeFeature, in graph: ArgumentGraph, article: String) throws {
        let body = graph.text
        switch feature {
        case .thesis(let phrases):
            let thesisID = graph.thesis
            let id = try #require(thesisID, "\(article): the graph has no thesis")
            let thesisNode = graph.nodes.first { $0.id == id }
            let thesis = try #require(thesisNode, "\(article): thesis \(id) is not a node")
            let text = text(of: thesis, in: graph)
            #expect(phrases.contains { text.contains($0) }, "\(article): the thesis is '\(text)'")
            #expect(thesis.kind == .thesis)
        case .noArgument:
            let thesis = graph.thesis
            #expect(thesis == nil, "\(article): a news report has no thesis, found \(thesis ?? "")")
            let opposed = graph.nodes.filter { $0.kind == .counterpoint || $0.kind == .rebuttal || $0.kind == .thesis }
            #expect(opposed.isEmpty, "\(article): \(opposed.map { describe($0, in: graph) })")
            let attacks = graph.edges.filter { $0.relation == .attacks }.count
            #expect(attacks == 0, "\(article): a news report attacks nothing")
        case .list(let members, let supports, let parent):
            let nodes = try members.map { try requireNode($0, in: graph, article) }
            let ordinals = try nodes.map { try #require($0.ordinal, "\(article): \(describe($0, in: graph)) is not in a list") }
            let list = ordinals[0].list
            #expect(ordinals.allSatisfy { $0.list == list }, "\(article): members in lists \(ordinals.map(\.list))")
            #expect(ordinals.map(\.position) == Array(1...members.count), "\(article): positions \(ordinals.map(\.position))")
            let size = graph.nodes.filter { $0.ordinal?.list == list }.count
            #expect(size == members.count, "\(article): list \(list) has \(size) members, expected \(members.count)")
            if let supports {
                let target = try requireNode(supports, in: graph, article)
                for member in nodes {
                    let linked = hasEdge(member.id, target.id, .supports, in: graph)
                    #expect(linked, "\(article): \(describe(member, in: graph)) does not support \(describe(target, in: graph))")
                }
            }
            let parentID = try parent.map { try requireNode($0, in: graph, article).id }
            #expect(ordinals.allSatisfy { $0.parent == parentID }, "\(article): parents \(ordinals.map { $0.parent ?? "nil" })")
        case .attack(let counters, let rebuttalPhrase):
            let rebuttal = try requireNode(rebuttalPhrase, in: graph, article)
            #expect(rebuttal.kind == .rebuttal, "\(article): \(describe(rebuttal, in: graph))")
            let targets = graph.edges.filter { $0.from == rebuttal.id && $0.relation == .attacks }
                .compactMap { edge in graph.nodes.first { $0.id == edge.to } }
            let hit = targets.first { t in counters.contains { text(of: t, in: graph).contains($0) } }
            #expect(hit != nil, "\(article): \(rebuttal.id) attacks \(targets.map { describe($0, in: graph) })")
            if let hit { #expect(hit.kind == .counterpoint, "\(article): \(describe(hit, in: graph))") }
        case .support(let from, let to):
            let a = try requireNode(from, in: graph, article), b = try requireNode(to, in: graph, article)
            #expect(a.id != b.id, "\(article): '\(from)' and '\(to)' are one node, \(describe(a, in: graph))")
            let linked = hasEdge(a.id, b.id, .supports, in: graph)
            let outgoing = graph.edges.filter { $0.from == a.id }.map { "\($0.relation.rawValue) \($0.to)" }
            #expect(linked, "\(article): no support \(a.id) -> \(b.id); \(a.id) has \(outgoing)")
        case .marker(let phrase, let marker, let sense):
            let node = try requireNode(phrase, in: graph, article)
            let found = node.markers.contains { Self.sameMarker($0.text, marker) && $0.sense.rawValue == sense }
            #expect(found, "\(article): \(describe(node, in: graph)) has markers \(node.markers.map { "\($0.text)/\($0.sense.rawValue)" })")
        case .noMarker(let phrase, let marker, let sense):
            for node in graph.nodes where text(of: node, in: graph).contains(phrase) {
                let found = node.markers.contains { Self.sameMarker($0.text, marker) && $0.sense.rawValue == sense }
                #expect(!found, "\(article): \(describe(node, in: graph)) reads '\(marker)' as \(sense)")
            }
        case .repeated(let phrase, let count):
            let nodes = graph.nodes.filter { text(of: $0, in: graph).contains(phrase) }
            #expect(nodes.count == 1, "\(article): \(nodes.count) nodes contain the repeated statement")
            let inBody = body.components(separatedBy: phrase).count - 1
            #expect(inBody == count, "\(article): the body should hold it \(count) times")
            if let node = nodes.first { #expect(node.occurrences.count == count, "\(article): occurrences \(node.occurrences)") }
        case .present(let phrase):
            let found = body.contains(phrase)
            #expect(found, "\(article): the body lacks '\(phrase)'")
        case .absent(let phrase):
            let found = body.contains(phrase)
            #expect(!found, "\(article): boilerplate '\(phrase)' is in the body")
            let nodes = graph.nodes.filter { text(of: $0, in: graph).contains(phrase) }
            #expect(nodes.isEmpty, "\(article): boilerplate in \(nodes.map(\.id))")
        case .title(let phrase):
            let title = graph.document.title
            #expect(title?.contains(phrase) == true, "\(article): title is \(title ?? "nil")")
        case .byline(let phrase):
            let byline = graph.document.byline
            #expect(byline?.contains(phrase) == true, "\(article): byline is \(byline ?? "nil")")
        case .published(let date):
            let published = graph.document.published
            #expect(published?.hasPrefix(date) == true, "\(article): published is \(published ?? "nil")")
        case .crosshead(let heading):
            let isHeading = graph.document.blocks.contains { $0.kind == .heading && $0.text == heading }
            #expect(isHeading, "\(article): '\(heading)' is not a heading block")
            let nodes = graph.nodes.filter { text(of: $0, in: graph).trimmingCharacters(in: .whitespaces) == heading }
            #expect(nodes.isEmpty, "\(article): the crosshead is node \(nodes.map(\.id))")
        case .cleanDecoding:
            let bad = (body + (graph.document.title ?? "")).unicodeScalars.filter { $0 == "\u{FFFD}" || (0x80...0x9F).contains($0.value) }
            #expect(bad.isEmpty, "\(article): \(bad.count) undecoded characters")
        }
    }
}
