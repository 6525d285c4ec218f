import ArgumentParser
import Foundation

/// The `argmap` command: turns op-eds and news pages into argument maps.
///
/// Exit status: 0 when every input was done, 1 when at least one input failed
/// (each failure named on standard error), 2 on a usage error.
@main
struct ArgMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "argmap",
        abstract: "Turn articles (HTML or plain text) into argument maps.",
        discussion: """
            Every command reads FILE or - (standard input) and writes to standard output \
            (or -o FILE); diagnostics go to standard error.

            Exit status: 0 all inputs done; 1 at least one input failed (named on \
            standard error, the others still done); 2 usage error (unknown flag, missing \
            argument, bad value, or an --abbreviations or --lexicon file that cannot be read).

            Examples:
              argmap batch Corpus --out maps
              argmap extract op-ed.html --format dot | dot -Tsvg > op-ed.svg
              argmap explain op-ed.txt
              cat records.jsonl | argmap stream > graphs.jsonl
            """,
        version: "0.1.0",
        subcommands: [
            IngestCommand.self, SegmentCommand.self, ExtractCommand.self, ExplainCommand.self,
            BatchCommand.self, StreamCommand.self,
        ])

    /// The exit status of a usage error (swift-argument-parser's own is 64).
    static let usageExitCode: Int32 = 2

    /// Parses the arguments, runs the command and exits with the contract's status.
    static func main() {
        main(CommandLine.arguments.dropFirst().map { $0 })
    }

    /// Parses `arguments`, runs the command and exits: 0 done, 1 an input failed, 2 usage error.
    static func main(_ arguments: [String]) -> Never {
        Foundation.exit(run(arguments))
    }

    /// Parses `arguments` and runs the command, returning the exit status instead of exiting.
    static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { do { try StandardStreams.out(message + "\n") } catch { return 1 } }
                return 0
            }
            if !message.isEmpty { StandardStreams.err(message + "\n") }
            return code == .validationFailure ? usageExitCode : code.rawValue
        }
    }
}
