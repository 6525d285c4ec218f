/// Converts UTF-8 byte offsets of a text into Unicode scalar offsets (Python `str` indices).
public struct ScalarOffsets: Sendable {
    private let table: [Int32]

    /// Builds the table for `text` in one pass.
    public init(_ text: String) {
        var table: [Int32] = []
        table.reserveCapacity(text.utf8.count + 1)
        var count: Int32 = 0
        for byte in text.utf8 {
            table.append(count)
            // A continuation byte belongs to the scalar already counted.
            if byte & 0xC0 != 0x80 { count += 1 } else { table[table.count - 1] = count }
        }
        table.append(count)
        self.table = table
    }

    /// The scalar offset of a UTF-8 byte offset (a boundary between scalars).
    public subscript(utf8Offset: Int) -> Int {
        Int(table[max(0, min(utf8Offset, table.count - 1))])
    }
}
