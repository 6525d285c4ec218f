/// The text stages of ArgMap in one call: segmentation, classification, graph building.
public struct Pipeline: Sendable {
    /// The sentence segmenter used.
    public let segmenter: SentenceSegmenter
    /// The argument mapper used.
    public let mapper: ArgumentMapper

    /// Creates a pipeline from its stages.
    public init(segmenter: SentenceSegmenter = SentenceSegmenter(), mapper: ArgumentMapper = ArgumentMapper()) {
        self.segmenter = segmenter
        self.mapper = mapper
    }

    /// The sentences of a document, each within one block (see ``SentenceSegmenter/sentences(of:)``).
    public func sentences(of document: Document) -> (text: String, paragraphs: [Range<Int>], sentences: [Sentence]) {
        segmenter.sentences(of: document)
    }

    /// Maps a document to its argument graph.
    public func graph(for document: Document) -> ArgumentGraph {
        let (text, paragraphs, sentences) = sentences(of: document)
        let mapped = mapper.map(document: document, text: text, sentences: sentences)
        return ArgumentGraph(
            document: document, text: text, paragraphs: paragraphs, sentences: sentences,
            nodes: mapped.nodes, edges: mapped.edges, thesis: mapped.thesis)
    }
}

extension SentenceSegmenter {
    /// The sentences of a document's body text, numbered `s1`, `s2`... and tagged with their block.
    /// - Returns: the body text, the UTF-8 range of each block in it, and the sentences.
    public func sentences(of document: Document) -> (text: String, paragraphs: [Range<Int>], sentences: [Sentence]) {
        let text = document.text
        let paragraphs = document.blockRanges
        var sentences: [Sentence] = []
        var paragraph = 0
        for range in segment(text) {
            while paragraph + 1 < paragraphs.count, range.lowerBound >= paragraphs[paragraph + 1].lowerBound {
                paragraph += 1
            }
            sentences.append(Sentence(id: "s\(sentences.count + 1)", range: range, paragraph: paragraph))
        }
        return (text, paragraphs, sentences)
    }
}
