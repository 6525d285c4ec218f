import Foundation
import Synchronization

/// Progress of a batch on standard error: a `\r`-updated line on a terminal, else one `[done/total] input` line
/// per finished input.
final class Progress: Sendable {
    private let total: Int
    private let isTerminal: Bool
    private let isQuiet: Bool
    private let done = Mutex(0)

    /// Creates a progress display for `total` inputs.
    init(total: Int, quiet: Bool) {
        self.total = total
        self.isQuiet = quiet
        self.isTerminal = isatty(STDERR_FILENO) == 1
    }

    /// Counts one finished input and shows it.
    func step(_ label: String) {
        done.withLock { count in
            count += 1
            guard !isQuiet else { return }
            let text = "[\(count)/\(total)] \(label)"
            FileHandle.standardError.write(Data((isTerminal ? "\r\u{1B}[K" + text : text + "\n").utf8))
        }
    }

    /// Prints a one-line message on its own line, clearing a terminal progress line first.
    func message(_ text: String) {
        done.withLock { _ in
            FileHandle.standardError.write(Data(((isTerminal && !isQuiet ? "\r\u{1B}[K" : "") + "argmap: " + text + "\n").utf8))
        }
    }

    /// Ends the progress line on a terminal.
    func finish() {
        done.withLock { count in
            if isTerminal, !isQuiet, count > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }
}
