import Foundation

/// One line of a JSON Lines input.
struct InputLine: Sendable {
    /// The line's bytes, without the line break (and without a trailing carriage return).
    let bytes: [UInt8]
    /// The line number, from 1.
    let number: Int
    /// The byte offset of the line's start in the input.
    let offset: Int
    /// When the line was longer than ``LineReader/maximumLineLength``: the bytes read of it before it was
    /// dropped (`bytes` is then empty).
    var droppedLength: Int? = nil
}

/// Reads lines from a file descriptor in chunks, so memory holds one chunk and one line at a time.
final class LineReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    /// Where each `read` lands before it is appended to `buffer`.
    private var scratch = [UInt8](repeating: 0, count: 1 << 20)
    private var position = 0
    private var isAtEnd = false
    private var lineNumber = 0
    private var consumed = 0
    /// Bytes after `position` already searched for a line break, so a long line is not searched again.
    private var scanned = 0
    /// `true` after an over-long line was answered: the rest of it is still to be read through.
    private var isSkippingLine = false
    /// Lines longer than this (bytes) are dropped, read through to their end without being kept.
    static let maximumLineLength = 64 << 20
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
        if isSkippingLine { try skipRestOfLine() }
        while true {
            if let newline = Self.lineBreak(in: buffer, from: position + scanned) {
                scanned = 0
                return take(upTo: newline, skip: 1)
            }
            scanned = buffer.count - position
            if scanned > Self.maximumLineLength { return try dropLongLine() }
            if isAtEnd {
                scanned = 0
                return position < buffer.count ? take(upTo: buffer.count, skip: 0) : nil
            }
            try fill()
        }
    }

    /// The index of the first line feed in `bytes` at or after `start` (memchr: fast in debug builds too).
    private static func lineBreak(in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let found = memchr(base + start, 0x0A, raw.count - start) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// Answers a line that is too long to keep at once, then reads through the rest of it on the next call,
    /// holding one chunk at a time (an endless line is answered, then read until the input ends).
    private func dropLongLine() throws(CLIError) -> InputLine {
        lineNumber += 1
        let line = InputLine(bytes: [], number: lineNumber, offset: consumed, droppedLength: buffer.count - position)
        consumed += buffer.count - position
        buffer.removeAll(keepingCapacity: true)
        position = 0
        scanned = 0
        isSkippingLine = true
        return line
    }

    /// Discards input up to and including the next line break.
    private func skipRestOfLine() throws(CLIError) {
        while true {
            if let newline = Self.lineBreak(in: buffer, from: position) {
                consumed += newline + 1 - position
                position = newline + 1
                break
            }
            consumed += buffer.count - position
            buffer.removeAll(keepingCapacity: true)
            position = 0
            if isAtEnd { break }
            try fill()
        }
        isSkippingLine = false
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
        var count = 0
        repeat {
            count = scratch.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else { throw CLIError(reason: String(cString: strerror(errno))) }
        scratch.withUnsafeBufferPointer { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
        bytesRead += count
        if count == 0 { isAtEnd = true }
    }
}
