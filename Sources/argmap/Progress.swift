import Foundation
import Synchronization

/// Progress of a batch on standard error: a `\r`-updated line on a terminal, else one `[done/total] input` line
/// per finished input.
final class Progress: Sendable {
    private let total: Int
    private let isTerminal: Bool
    private let isQuiet: Bool
    /// Inputs finished, and whether a `\r` progress line is on screen.
    private let state = Mutex((done: 0, lineShown: false))

    /// Creates a progress display for `total` inputs.
    init(total: Int, quiet: Bool) {
        self.total = total
        self.isQuiet = quiet
        self.isTerminal = isatty(STDERR_FILENO) == 1
    }

    /// Counts one finished input and shows it.
    func step(_ label: String) {
        state.withLock { state in
            state.done += 1
            guard !isQuiet else { return }
            let text = "[\(state.done)/\(total)] \(label)"
            StandardStreams.err(isTerminal ? "\r\u{1B}[K" + text : text + "\n")
            state.lineShown = isTerminal
        }
    }

    /// Prints a one-line message on its own line, clearing a terminal progress line first.
    func message(_ text: String) {
        state.withLock { state in
            StandardStreams.err((state.lineShown ? "\r\u{1B}[K" : "") + "argmap: " + text + "\n")
            state.lineShown = false
        }
    }

    /// Ends the progress line on a terminal.
    func finish() {
        state.withLock { state in
            if state.lineShown { StandardStreams.err("\n") }
            state.lineShown = false
        }
    }
}
