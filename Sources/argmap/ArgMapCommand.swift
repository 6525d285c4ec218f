import ArgumentParser

/// The `argmap` command: turns op-eds and news pages into argument maps.
@main
struct ArgMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "argmap",
        abstract: "Turn articles (HTML or plain text) into argument maps.",
        discussion: """
            Examples:
              argmap batch Corpus --out maps
              argmap extract op-ed.html --format dot | dot -Tsvg > op-ed.svg
            """,
        version: "0.1.0",
        subcommands: [IngestCommand.self, SegmentCommand.self, ExtractCommand.self, BatchCommand.self])
}
