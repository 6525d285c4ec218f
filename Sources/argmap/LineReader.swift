import Foundation

/// One line of a JSON Lines input.
struct InputLine: Sendable {
    /// The line's bytes, without the line break (and without a trailing carriage return).
    let bytes: [UInt8]
    /// The line number, from 1.
    let number: Int
    /// The byte offset of the line's start in the input.
    let offset: Int
}

/// Reads lines from a file descriptor in chunks, so memory holds one chunk and one line at a time.
final class LineReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var position = 0
    private var isAtEnd = false
    private var lineNumber = 0
    private var consumed = 0
    /// The number of bytes read so far.
    private(set) var bytesRead = 0

    /// A reader of standard input.
    static func standardInput() -> LineReader { LineReader(descriptor: STDIN_FILENO, owns: false) }

    /// A reader of the file at `path`.
    /// - Throws: the reason when the file cannot be opened.
    convenience init(path: String) throws(CLIError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CLIError(reason: String(cString: strerror(errno))) }
        self.init(descriptor: fd, owns: true)
    }

    private init(descriptor: Int32, owns: Bool) {
        self.descriptor = descriptor
        self.ownsDescriptor = owns
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// The next line, or `nil` at the end of the input.
    /// - Throws: the reason when the input cannot be read.
    func next() throws(CLIError) -> InputLine? {
        while true {
            if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                return take(upTo: newline, skip: 1)
            }
            if isAtEnd {
                return position < buffer.count ? take(upTo: buffer.count, skip: 0) : nil
            }
            try fill()
        }
    }

    private func take(upTo end: Int, skip: Int) -> InputLine {
        var stop = end
        if stop > position, buffer[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
        lineNumber += 1
        let line = InputLine(bytes: Array(buffer[position..<stop]), number: lineNumber, offset: consumed)
        consumed += end + skip - position
        position = end + skip
        return line
    }

    private func fill() throws(CLIError) {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        let chunk = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var count = 0
        repeat {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress.map { $0 + old }, chunk) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else {
            buffer.removeSubrange(old...)
            throw CLIError(reason: String(cString: strerror(errno)))
        }
        buffer.removeSubrange((old + count)...)
        bytesRead += count
        if count == 0 { isAtEnd = true }
    }
}
