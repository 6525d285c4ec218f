import ArgMap
import ArgMapHTML
import ArgumentParser
import Foundation

extension InputKind: ExpressibleByArgument {}

/// Options every command that reads a document takes.
struct DocumentOptions: ParsableArguments {
    @Option(help: "Input kind: auto (sniff the content, then the extension), html or text.")
    var input: InputKind = .auto

    @Option(help: "Force a charset (e.g. windows-1252) instead of detecting it.")
    var encoding: String?

    var reader: DocumentReader { DocumentReader(kind: input, encoding: encoding) }
}

/// Where a command writes its result.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: "Write to FILE instead of standard output.")
    var output: String?

    func write(_ text: String) throws {
        if let output {
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                throw ValidationError("\(output): cannot write: \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

/// Prints a one-line error to standard error.
func reportError(_ message: String) {
    FileHandle.standardError.write(Data("argmap: \(message)\n".utf8))
}

/// Reads a document, printing the error and exiting 1 when it cannot be read.
func readDocument(_ path: String, _ options: DocumentOptions) throws -> Document {
    do { return try options.reader.read(path: path) } catch {
        reportError(error.description)
        throw ExitCode(1)
    }
}
