import ArgMap

/// Builds pipeline stages from user data files (`--abbreviations`, `--lexicon`).
///
/// The single place that knows the library's data-file initializers.
enum DataFileLoaders {
    /// A segmenter with the abbreviations of `abbreviationsFile` added to the built-in list.
    static func segmenter(abbreviationsFile: String) throws(ArgMapError) -> SentenceSegmenter {
        try SentenceSegmenter(abbreviationsFile: abbreviationsFile)
    }

    /// A mapper whose lexicon is the built-in one with `lexiconFile`'s entries merged over it.
    static func mapper(lexiconFile: String) throws(ArgMapError) -> ArgumentMapper {
        ArgumentMapper(lexicon: try Lexicon(contentsOfFile: lexiconFile))
    }
}
