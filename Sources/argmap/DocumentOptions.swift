import ArgMap
import ArgMapHTML
import ArgumentParser
import Foundation

extension InputKind: ExpressibleByArgument {}

/// Options every command that reads a document takes.
struct DocumentOptions: ParsableArguments {
    @Option(help: "Input kind: auto (sniff the content, then the extension), html or text.")
    var input: InputKind = .auto

    @Option(help: ArgumentHelp("Force a charset (e.g. windows-1252) instead of detecting it.", valueName: "name"))
    var encoding: String?

    var reader: DocumentReader { DocumentReader(kind: input, encoding: encoding) }

    func validate() throws {
        if let encoding, !DocumentReader.isSupportedEncoding(encoding) {
            throw ValidationError("--encoding: unknown charset '\(encoding)' (e.g. utf-8, windows-1252, iso-8859-2, utf-16le, shift_jis)")
        }
    }
}

/// Data files that extend or replace ArgMap's built-in lists.
struct SegmenterOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Abbreviations added to the segmenter's built-in list: one per line ('Gov.', 'e.g.'), optional [title]/[numeric]/[general] sections, # comments (the format of the built-in abbreviations.txt).",
        valueName: "file"))
    var abbreviations: String?

    /// The segmenter, with the user's abbreviations when given.
    /// - Throws: `ExitCode(2)` after a one-line error when the file is missing or malformed.
    func segmenter() throws -> SentenceSegmenter {
        guard let abbreviations else { return SentenceSegmenter() }
        return try loadDataFile(abbreviations, flag: "--abbreviations") { path throws(ArgMapError) in
            try DataFileLoaders.segmenter(abbreviationsFile: path)
        }
    }
}

/// The data files of the argument mapper: `--lexicon`, plus the segmenter's.
struct PipelineOptions: ParsableArguments {
    @OptionGroup var segmentation: SegmenterOptions

    @Option(help: ArgumentHelp(
        "Discourse markers merged over the built-in lexicon, an entry replacing the built-in one with the same marker: tab-separated marker, senses, position, flags, note (the format of the built-in discourse-markers.tsv).",
        valueName: "file"))
    var lexicon: String?

    /// The pipeline these options describe, data files loaded once.
    func pipeline() throws -> Pipeline {
        let segmenter = try segmentation.segmenter()
        guard let lexicon else { return Pipeline(segmenter: segmenter) }
        let mapper = try loadDataFile(lexicon, flag: "--lexicon") { path throws(ArgMapError) in
            try DataFileLoaders.mapper(lexiconFile: path)
        }
        return Pipeline(segmenter: segmenter, mapper: mapper)
    }
}

/// Loads a user data file, turning a failure into a one-line error and a usage exit (2).
private func loadDataFile<T>(_ path: String, flag: String, _ load: (String) throws(ArgMapError) -> T) throws -> T {
    do { return try load(path) } catch {
        reportError("\(flag): \(error.description)")
        throw ExitCode(ArgMapCommand.usageExitCode)
    }
}

/// Where a command writes its result.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file"))
    var output: String?

    /// Writes `text` to the output file (atomically) or standard output; exit 1 when the file cannot be written.
    func write(_ text: String) throws {
        if let output {
            do { try AtomicFile.write(Data(text.utf8), to: output) } catch {
                reportError("\(output): cannot write: \(error.reason)")
                throw ExitCode(1)
            }
        } else {
            try StandardStreams.out(text)
        }
    }

    /// `true` when the result goes to a terminal (not a file, not a pipe).
    var isTerminal: Bool { output == nil && isatty(STDOUT_FILENO) == 1 }
}

/// Prints a one-line error to standard error.
func reportError(_ message: String) {
    StandardStreams.err("argmap: \(message)\n")
}

/// Prints a one-line note to standard error.
func reportNote(_ message: String) {
    StandardStreams.err("argmap: \(message)\n")
}

/// Reads a document, printing the error and exiting 1 when it cannot be read.
func readDocument(_ path: String, _ options: DocumentOptions) throws -> Document {
    do { return try options.reader.read(path: path) } catch {
        reportError(error.description)
        throw ExitCode(1)
    }
}
