/// Decides a page's charset and turns its bytes into UTF-8 for libxml2.
enum CharsetDecoder {
    /// The page as UTF-8: a UTF-8 BOM is stripped, valid UTF-8 is kept, anything else is read as windows-1252.
    static func utf8Bytes(_ bytes: [UInt8], override: String?) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(bytes.dropFirst(3)) }
        if let override, override.lowercased().replacingOccurrences(of: "-", with: "") != "utf8" {
            return windows1252ToUTF8(bytes)
        }
        if String(validating: bytes, as: UTF8.self) != nil { return bytes }
        return windows1252ToUTF8(bytes)
    }

    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalar = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8))
        }
        return out
    }
}
