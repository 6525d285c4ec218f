/// The sense of a discourse marker: what relation it signals between two statements.
public enum DiscourseSense: String, Sendable, CaseIterable, Comparable {
    case enumeration, concession, contrast, cause, result, addition, example, restatement, condition, stance

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A discourse marker found in the text, with the sense it was read in.
public struct Marker: Sendable, Equatable, Hashable {
    /// The marker as written in the text ("Secondly", "But while").
    public let text: String
    /// UTF-8 byte offsets of the marker in the document text.
    public let range: Range<Int>
    /// The sense the marker was read in here.
    public let sense: DiscourseSense

    /// Creates a marker.
    public init(text: String, range: Range<Int>, sense: DiscourseSense) {
        self.text = text
        self.range = range
        self.sense = sense
    }
}

/// The role of a statement in an argument.
public enum NodeKind: String, Sendable, CaseIterable {
    /// The statement the whole text argues for.
    case thesis
    /// A claim that is argued for or against, but not the thesis.
    case claim
    /// A statement offered in support of another.
    case reason
    /// The other side's view, raised in order to be answered (concession, "critics say").
    case counterpoint
    /// A statement that answers a counterpoint.
    case rebuttal
}

/// Where a node stands in a numbered argument list ("First ... Secondly ... Thirdly").
public struct Ordinal: Sendable, Equatable, Hashable {
    /// The list's id (`l1`, `l2`...), in order of first appearance.
    public let list: String
    /// The member's position, counting from 1.
    public let position: Int
    /// The id of the node a nested list elaborates, or `nil` for a top-level list.
    public let parent: String?
    /// `true` when the list is incomplete (a "Secondly" with no first).
    public let isIncomplete: Bool

    /// Creates an ordinal.
    public init(list: String, position: Int, parent: String?, isIncomplete: Bool = false) {
        self.list = list
        self.position = position
        self.parent = parent
        self.isIncomplete = isIncomplete
    }
}

/// A statement in the argument map: a sentence, or a clause of one.
public struct ArgumentNode: Sendable, Equatable {
    /// The node's id (`n1`, `n2`...), numbered in text order.
    public let id: String
    /// The node's role.
    public let kind: NodeKind
    /// UTF-8 byte offsets of the node's first occurrence in the document text.
    public let range: Range<Int>
    /// The ids of the sentences the node lies in.
    public var sentences: [String] { sentenceIDs.array }
    /// The markers that decided the node's kind, in text order.
    public let markers: [Marker]
    /// The node's place in a numbered list, if it is a member of one.
    public let ordinal: Ordinal?
    /// Every place the statement appears (UTF-8 byte offsets), first occurrence first.
    public var occurrences: [Range<Int>] { places.array }
    /// How sure the rules are of the kind, from 0 to 1.
    public let confidence: Double
    /// The name of the rule that decided the kind, for `argmap explain`.
    public let rule: String

    /// `sentences` and `occurrences`, kept without an array in the usual case of one (a map
    /// has a node per statement: two allocations fewer each).
    private let sentenceIDs: OneOrMore<String>
    private let places: OneOrMore<Range<Int>>

    /// Creates a node.
    public init(
        id: String, kind: NodeKind, range: Range<Int>, sentences: [String], markers: [Marker],
        ordinal: Ordinal?, occurrences: [Range<Int>], confidence: Double, rule: String
    ) {
        self.init(
            id: id, kind: kind, range: range, sentenceIDs: OneOrMore(sentences), markers: markers, ordinal: ordinal,
            places: OneOrMore(occurrences), confidence: confidence, rule: rule)
    }

    /// Creates a node that lies in one sentence.
    /// - Parameter occurrences: every place of the statement, or `nil` for `range` alone.
    init(
        id: String, kind: NodeKind, range: Range<Int>, sentence: String, markers: [Marker],
        ordinal: Ordinal?, occurrences: [Range<Int>]?, confidence: Double, rule: String
    ) {
        self.init(
            id: id, kind: kind, range: range, sentenceIDs: .one(sentence), markers: markers, ordinal: ordinal,
            places: occurrences.map(OneOrMore.init) ?? .one(range), confidence: confidence, rule: rule)
    }

    private init(
        id: String, kind: NodeKind, range: Range<Int>, sentenceIDs: OneOrMore<String>, markers: [Marker],
        ordinal: Ordinal?, places: OneOrMore<Range<Int>>, confidence: Double, rule: String
    ) {
        self.id = id
        self.kind = kind
        self.range = range
        self.sentenceIDs = sentenceIDs
        self.markers = markers
        self.ordinal = ordinal
        self.places = places
        self.confidence = confidence
        self.rule = rule
    }
}

/// A list of values kept without an array when it holds exactly one (equal lists are equal values).
enum OneOrMore<Element: Sendable & Equatable>: Sendable, Equatable {
    case one(Element)
    case list([Element])

    init(_ elements: [Element]) {
        self = elements.count == 1 ? .one(elements[0]) : .list(elements)
    }

    /// The values as an array.
    var array: [Element] {
        switch self {
        case .one(let element): return [element]
        case .list(let elements): return elements
        }
    }
}

/// How one node bears on another.
public enum Relation: String, Sendable, CaseIterable {
    case supports, attacks
}

/// A directed relation from the arguing node to its target.
public struct ArgumentEdge: Sendable, Equatable {
    /// The arguing node's id.
    public let from: String
    /// The target node's id.
    public let to: String
    /// Support or attack.
    public let relation: Relation
    /// The marker that signalled the relation, as written, if any.
    public let marker: String?
    /// How sure the rules are of the relation, from 0 to 1.
    public let confidence: Double
    /// The name of the rule that drew the edge, for `argmap explain`.
    public let rule: String

    /// Creates an edge.
    public init(from: String, to: String, relation: Relation, marker: String?, confidence: Double, rule: String) {
        self.from = from
        self.to = to
        self.relation = relation
        self.marker = marker
        self.confidence = confidence
        self.rule = rule
    }
}

/// A sentence of the document text.
public struct Sentence: Sendable, Equatable {
    /// The sentence's id (`s1`, `s2`...), in text order.
    public let id: String
    /// UTF-8 byte offsets in the document text, trimmed of surrounding whitespace.
    public let range: Range<Int>
    /// The index of the block (paragraph) the sentence lies in.
    public let paragraph: Int

    /// Creates a sentence.
    public init(id: String, range: Range<Int>, paragraph: Int) {
        self.id = id
        self.range = range
        self.paragraph = paragraph
    }
}

/// The argument map of one document.
public struct ArgumentGraph: Sendable, Equatable {
    /// The document the map was made from; offsets point into `document.text`.
    public let document: Document
    /// The body text (`document.text`), kept so exporters need not rebuild it.
    public let text: String
    /// The UTF-8 byte range of each paragraph (block) in `text`.
    public let paragraphs: [Range<Int>]
    /// The sentences of `text`, in order.
    public let sentences: [Sentence]
    /// The statements of the map, in text order.
    public let nodes: [ArgumentNode]
    /// The relations, sorted by (from, to, relation).
    public let edges: [ArgumentEdge]
    /// The id of the thesis node, or `nil` when the text argues for nothing.
    public let thesis: String?

    /// Creates a graph.
    public init(
        document: Document, text: String, paragraphs: [Range<Int>], sentences: [Sentence],
        nodes: [ArgumentNode], edges: [ArgumentEdge], thesis: String?
    ) {
        self.document = document
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.nodes = nodes
        self.edges = edges
        self.thesis = thesis
    }

    /// The text of a UTF-8 byte range of `text`.
    public func slice(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let lower = max(0, min(range.lowerBound, utf8.count))
        let upper = max(lower, min(range.upperBound, utf8.count))
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(start, offsetBy: upper - lower)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
