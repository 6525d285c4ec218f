/// Substring tests on UTF-8 bytes, ASCII case-insensitive, for the ingesters' hot paths
/// (Foundation's `contains`/`range(of:)` go through NSString and dominate a profile otherwise).
public enum ByteSearch {
    /// `true` when `text` contains `needle`, comparing ASCII letters without case.
    /// - Parameters:
    ///   - text: the text searched.
    ///   - needle: what to find, in lowercase.
    public static func contains(_ text: some StringProtocol, _ needle: String) -> Bool {
        search(text, needle, anchored: false)
    }

    /// `true` when `text` starts with `needle`, comparing ASCII letters without case.
    /// - Parameters:
    ///   - text: the text tested.
    ///   - needle: the prefix, in lowercase.
    public static func hasPrefix(_ text: some StringProtocol, _ needle: String) -> Bool {
        search(text, needle, anchored: true)
    }

    private static func search(_ text: some StringProtocol, _ needle: String, anchored: Bool) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in
            let run = { (h: UnsafeBufferPointer<UInt8>) -> Bool in
                let hn = h.count, nn = n.count
                guard nn > 0 else { return true }
                guard hn >= nn else { return false }
                let first = n[0]
                let last = anchored ? 0 : hn - nn
                var i = 0
                while i <= last {
                    let b = h[i]
                    if b == first || (b >= 0x41 && b <= 0x5A && b | 0x20 == first) {
                        var k = 1
                        while k < nn {
                            let c = h[i + k]
                            let lc = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                            if lc != n[k] { break }
                            k += 1
                        }
                        if k == nn { return true }
                    }
                    i += 1
                }
                return false
            }
            if let found = text.utf8.withContiguousStorageIfAvailable(run) { return found }
            return Array(text.utf8).withUnsafeBufferPointer(run)
        }
    }

    /// The text with runs of whitespace (ASCII whitespace and no-break spaces) collapsed to one space, ends trimmed.
    public static func normalizeWhitespace(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pending = false
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                pending = true
            } else if b == 0xA0, previous == 0xC2 {
                out.removeLast()  // the 0xC2 lead byte of U+00A0
                if out.last == 0x20 { out.removeLast() }
                pending = true
            } else {
                if pending, !out.isEmpty { out.append(0x20) }
                pending = false
                out.append(b)
            }
            previous = b
        }
        return String(decoding: out, as: UTF8.self)
    }
}
