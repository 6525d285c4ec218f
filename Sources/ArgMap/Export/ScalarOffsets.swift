/// Converts UTF-8 byte offsets of a text into Unicode scalar offsets (Python `str` indices).
///
/// Built in one pass over the bytes. An all-ASCII text needs no table (byte offsets are scalar
/// offsets); otherwise the table holds the scalar count at the start of every 64-byte block, and a
/// lookup counts the scalars that start inside one block: memory is about 1/16 of the text's size
/// plus a copy of its bytes, a lookup at most 63 byte tests.
public struct ScalarOffsets: Sendable {
    private static let blockShift = 6
    private let bytes: [UInt8]
    private let blockStarts: [Int]
    private let isASCII: Bool

    /// Builds the table for `text`.
    public init(_ text: String) {
        let bytes = Array(text.utf8)
        var blockStarts: [Int] = []
        var count = 0
        var isASCII = true
        let blockSize = 1 << Self.blockShift
        blockStarts.reserveCapacity(bytes.count / blockSize + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                if index & (blockSize - 1) == 0 { blockStarts.append(count) }
                let byte = buffer[index]
                if byte >= 0x80 { isASCII = false }
                // A continuation byte (10xxxxxx) belongs to the scalar already counted.
                if byte & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
        }
        blockStarts.append(count)
        self.bytes = isASCII ? [] : bytes
        self.blockStarts = isASCII ? [] : blockStarts
        self.isASCII = isASCII
        self.byteCount = bytes.count
        self.scalarCount = count
    }

    /// The length of the text in UTF-8 bytes.
    public let byteCount: Int
    /// The length of the text in Unicode scalars.
    public let scalarCount: Int

    /// The scalar offset of a UTF-8 byte offset; offsets are clamped to the text.
    ///
    /// An offset inside a multi-byte scalar counts that scalar as passed.
    public subscript(utf8Offset: Int) -> Int {
        let offset = max(0, min(utf8Offset, byteCount))
        if isASCII { return offset }
        if offset == byteCount { return scalarCount }
        let block = offset >> Self.blockShift
        var count = blockStarts[block]
        var index = block << Self.blockShift
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
