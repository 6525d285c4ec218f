import ArgMap

/// Builds pipeline stages from user data files (`--abbreviations`, `--lexicon`).
///
/// The single place that knows the library's data-file initializers.
enum DataFileLoaders {
    /// A segmenter with the abbreviations of `abbreviationsFile` added.
    static func segmenter(abbreviationsFile: String) throws(ArgMapError) -> SentenceSegmenter {
        throw .badDataFile(file: abbreviationsFile, line: 0, reason: "--abbreviations is not yet supported by this build")
    }

    /// A mapper whose lexicon is extended by `lexiconFile`.
    static func mapper(lexiconFile: String) throws(ArgMapError) -> ArgumentMapper {
        throw .badDataFile(file: lexiconFile, line: 0, reason: "--lexicon is not yet supported by this build")
    }
}
