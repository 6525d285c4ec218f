import ArgumentParser
import Foundation

/// Writes to standard output and standard error with `write(2)`, so a closed or full stream is an error to
/// report, never a trap (Foundation's `FileHandle.write(_:)` stops the process on a failed write).
enum StandardStreams {
    /// Writes `text` to standard output.
    /// - Throws: `ExitCode(1)` after a one-line error on standard error when the stream cannot be written.
    static func out(_ text: String) throws {
        if let failure = write(text, to: STDOUT_FILENO) {
            err("argmap: standard output: cannot write: \(failure)\n")
            throw ExitCode(1)
        }
    }

    /// Writes `text` to standard error; a failure is dropped, as there is nowhere left to report it.
    static func err(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// Writes every byte of `text` to `descriptor`, returning the reason when it fails.
    private static func write(_ text: String, to descriptor: Int32) -> String? {
        var text = text
        return text.withUTF8 { buffer -> String? in
            guard var pointer = buffer.baseAddress else { return nil }
            var remaining = buffer.count
            while remaining > 0 {
                let written = Foundation.write(descriptor, pointer, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                pointer += written
                remaining -= written
            }
            return nil
        }
    }
}
