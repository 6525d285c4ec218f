/// Splits text into sentences, reporting UTF-8 byte ranges trimmed of surrounding whitespace.
///
/// A blank line always ends a sentence.
public struct SentenceSegmenter: Sendable {
    /// Creates a segmenter.
    public init() {}

    /// The sentences of `text`, as UTF-8 byte ranges in text order.
    public func segment(_ text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { segment(bytes: $0) }
    }

    /// The sentences of a UTF-8 buffer, as byte ranges in order.
    public func segment(bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        let n = bytes.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, isSpace(bytes[s]) { s += 1 }
            while e > s, isSpace(bytes[e - 1]) { e -= 1 }
            if s < e { result.append(s..<e) }
        }
        var i = 0
        while i < n {
            let b = bytes[i]
            if b == 0x0A, i + 1 < n, bytes[i + 1] == 0x0A {
                emit(i); start = i; i += 2; continue
            }
            if b == 0x2E || b == 0x21 || b == 0x3F {
                var j = i + 1
                while j < n, bytes[j] == 0x22 || bytes[j] == 0x29 { j += 1 }
                if j < n, isSpace(bytes[j]), j + 1 < n, (0x41...0x5A).contains(bytes[j + 1]) {
                    emit(j); start = j; i = j; continue
                }
            }
            i += 1
        }
        emit(n)
        return result
    }
}
