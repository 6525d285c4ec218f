import Foundation
/// Decides a page's charset and turns its bytes into UTF-8.
///
/// The order is the browsers': a forced charset (`--encoding`), then a byte order mark, then a
/// `charset` declared in the first 4 KB (`<meta charset>`, `<meta http-equiv>`, `<?xml encoding?>`),
/// then UTF-8 when the bytes validate, then windows-1252. A declared single-byte charset loses to
/// UTF-8 when the bytes are valid UTF-8 holding non-ASCII sequences (pages that lie).
/// Labels `iso-8859-1`, `latin1` and `us-ascii` are read as windows-1252, as browsers do.
/// Invalid bytes become U+FFFD or keep their C1 code point; nothing after them is lost.
enum CharsetDecoder {
    /// What the decoder decided.
    enum Decision: Equatable {
        /// Transcoded here: the returned bytes are UTF-8.
        case utf8
        /// A charset ArgMap has no table for, to hand to libxml2 with the raw bytes.
        case foreign(String)
    }

    /// The page as UTF-8 bytes (or the raw bytes and a charset for libxml2).
    /// - Parameters:
    ///   - bytes: the raw document.
    ///   - override: a charset name that beats detection, or `nil`.
    ///   - sniffMarkup: look for a declared charset in markup (HTML); `false` for plain text.
    static func decode(_ bytes: [UInt8], override: String?, sniffMarkup: Bool = true) -> (bytes: [UInt8], decision: Decision) {
        if let override, let name = canonicalName(override) {
            return transcode(dropBOM(bytes), as: name, trusted: true)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            return (isValidUTF8(body) ? body : repairUTF8(body), .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16ToUTF8(bytes.dropFirst(2), bigEndian: false), .utf8) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16ToUTF8(bytes.dropFirst(2), bigEndian: true), .utf8) }
        if sniffMarkup, let label = declaredCharset(bytes), let name = canonicalName(label) {
            return transcode(bytes, as: name, trusted: false)
        }
        if isValidUTF8(bytes) { return (bytes, .utf8) }
        return (singleByteToUTF8(bytes, table: SingleByteTables.windows1252), .utf8)
    }

    /// The page as UTF-8, for callers that need text (plain text input): foreign charsets fall back to windows-1252.
    static func utf8Bytes(_ bytes: [UInt8], override: String?, sniffMarkup: Bool = false) -> [UInt8] {
        let (out, decision) = decode(bytes, override: override, sniffMarkup: sniffMarkup)
        if case .foreign(let name) = decision {
            return iconvToUTF8(out, from: name) ?? singleByteToUTF8(out, table: SingleByteTables.windows1252)
        }
        return out
    }

    /// Converts `bytes` from the charset `name` with the system's iconv; invalid sequences become U+FFFD.
    /// - Returns: the UTF-8 bytes, or `nil` when iconv does not know the charset.
    static func iconvToUTF8(_ bytes: [UInt8], from name: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", name)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: 4096)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count * 2)
        return input.withUnsafeMutableBufferPointer { inBuffer -> [UInt8] in
            var inPointer = inBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var inLeft = inBuffer.count
            while inLeft > 0 {
                let (status, produced) = output.withUnsafeMutableBufferPointer { outBuffer -> (Int, Int) in
                    var outPointer = outBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
                    var outLeft = outBuffer.count
                    let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (status, outBuffer.count - outLeft)
                }
                result.append(contentsOf: output[0..<produced])
                if status == -1 {
                    if errno == E2BIG { continue }
                    // An invalid or truncated sequence: one replacement character, skip a byte, go on.
                    result.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                }
            }
            return result
        }
    }

    private static func dropBOM(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    /// Decodes with a named charset. `trusted` (a user's choice) skips the "page lies" checks.
    private static func transcode(_ bytes: [UInt8], as name: String, trusted: Bool) -> ([UInt8], Decision) {
        switch name {
        case "utf-8":
            if isValidUTF8(bytes) { return (bytes, .utf8) }
            if trusted { return (repairUTF8(bytes), .utf8) }
            // Declared UTF-8 but invalid: keep UTF-8 (with U+FFFD) when real UTF-8 sequences dominate.
            let (valid, invalid) = utf8SequenceCounts(bytes)
            if valid >= invalid { return (repairUTF8(bytes), .utf8) }  // invalid bytes become U+FFFD
            return (singleByteToUTF8(bytes, table: SingleByteTables.windows1252), .utf8)
        case "utf-16le", "utf-16be":
            // A byte-oriented page cannot really be UTF-16 without a BOM unless it has NULs; browsers read UTF-8.
            if !trusted, !bytes.prefix(64).contains(0) {
                return isValidUTF8(bytes)
                    ? (bytes, .utf8) : (singleByteToUTF8(bytes, table: SingleByteTables.windows1252), .utf8)
            }
            return (utf16ToUTF8(bytes[...], bigEndian: name == "utf-16be"), .utf8)
        default:
            if let table = SingleByteTables.table(for: name) {
                if !trusted, hasMultibyteUTF8(bytes), isValidUTF8(bytes) { return (bytes, .utf8) }
                return (singleByteToUTF8(bytes, table: table), .utf8)
            }
            if !trusted, isValidUTF8(bytes), hasMultibyteUTF8(bytes) == false {
                return (bytes, .utf8)  // pure ASCII: any ASCII-compatible charset reads the same
            }
            return (bytes, .foreign(name))
        }
    }

    // MARK: Labels

    /// The canonical name of a charset label, or `nil` for an empty label.
    static func canonicalName(_ label: String) -> String? {
        var s = ""
        for u in label.utf8 where u != 0x22 && u != 0x27 && u > 0x20 {
            s.unicodeScalars.append(Unicode.Scalar(u >= 0x41 && u <= 0x5A ? u + 0x20 : u))
        }
        guard !s.isEmpty else { return nil }
        let compact = s.replacingAll("_", with: "-")
        switch compact {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
        case "utf-16", "utf-16le", "unicode", "ucs-2", "utf16": return "utf-16le"
        case "utf-16be", "unicodefffe": return "utf-16be"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "ansi-x3.4-1968",
            "cp1252", "windows-1252", "x-cp1252", "iso-ir-100", "ibm819", "cp819", "iso88591", "csisolatin1":
            return "windows-1252"
        case "iso-8859-15", "iso8859-15", "latin9", "latin-9", "iso885915", "l9": return "iso-8859-15"
        case "latin2", "latin-2", "l2": return "iso-8859-2"
        case "cp1250", "x-cp1250": return "windows-1250"
        case "cp1251", "x-cp1251": return "windows-1251"
        case "koi8", "koi8r", "cskoi8r": return "koi8-r"
        default:
            if compact.hasPrefix("iso8859-") { return "iso-8859-" + compact.dropFirst(8) }
            if compact.hasPrefix("iso8859"), compact.count > 7 { return "iso-8859-" + compact.dropFirst(7) }
            if compact.hasPrefix("iso-8859-") { return compact }
            return compact
        }
    }

    /// The charset a page declares in its first 4 KB: `<meta charset>`, a `charset=` inside a `<meta>`
    /// (http-equiv Content-Type), or an XML declaration's `encoding`.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096))
        let n = head.count
        func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
        func matches(_ at: Int, _ word: StaticString) -> Bool {
            let len = word.utf8CodeUnitCount
            guard at + len <= n else { return false }
            return word.withUTF8Buffer { w in
                for k in 0..<len where lower(head[at + k]) != w[k] { return false }
                return true
            }
        }
        func value(from start: Int) -> String? {
            var i = start
            while i < n, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D { i += 1 }
            var quote: UInt8 = 0
            if i < n, head[i] == 0x22 || head[i] == 0x27 { quote = head[i]; i += 1 }
            let s = i
            while i < n {
                let b = head[i]
                if quote != 0 ? b == quote : (b == 0x20 || b == 0x3B || b == 0x3E || b == 0x2F || b == 0x22 || b == 0x27) { break }
                if b == 0x3B || b == 0x3E { break }
                i += 1
            }
            guard i > s, i - s < 40 else { return nil }
            return String(decoding: head[s..<i], as: UTF8.self)
        }
        // XML declaration.
        if matches(0, "<?xml") {
            var i = 5
            while i < n, head[i] != 0x3E {
                if matches(i, "encoding="), let v = value(from: i + 9) { return v }
                i += 1
            }
        }
        var i = 0
        while i < n {
            guard head[i] == 0x3C else { i += 1; continue }
            if matches(i, "<!--") {
                // Skip comments: a commented-out meta does not count.
                var j = i + 4
                while j + 2 < n, !(head[j] == 0x2D && head[j + 1] == 0x2D && head[j + 2] == 0x3E) { j += 1 }
                i = j + 3
                continue
            }
            if matches(i, "<meta"), i + 5 < n, [0x20, 0x09, 0x0A, 0x0D, 0x2F].contains(head[i + 5]) {
                var j = i + 5
                while j < n, head[j] != 0x3E {
                    if matches(j, "charset") {
                        var k = j + 7
                        while k < n, head[k] == 0x20 { k += 1 }
                        if k < n, head[k] == 0x3D, let v = value(from: k + 1) { return v }
                    }
                    j += 1
                }
                i = j
                continue
            }
            i += 1
        }
        return nil
    }

    // MARK: UTF-8

    /// `true` when the bytes are well-formed UTF-8.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        // Fast path over ASCII, eight bytes at a time.
        bytes.withUnsafeBufferPointer { buf -> Bool in
            guard let base = buf.baseAddress else { return true }
            let n = buf.count
            var i = 0
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            return validateUTF8(buf, from: i).invalid == 0
        }
    }

    /// Counts well-formed multi-byte sequences and invalid bytes from `start`.
    private static func validateUTF8(_ buf: UnsafeBufferPointer<UInt8>, from start: Int, stopAtFirstError: Bool = true)
        -> (valid: Int, invalid: Int)
    {
        let n = buf.count
        var i = start, valid = 0, invalid = 0
        while i < n {
            let b = buf[i]
            if b < 0x80 { i += 1; continue }
            let len = sequenceLength(buf, i)
            if len == 0 {
                invalid += 1
                if stopAtFirstError { return (valid, invalid) }
                i += 1
            } else {
                valid += 1
                i += len
            }
        }
        return (valid, invalid)
    }

    /// The length of the well-formed UTF-8 sequence at `i`, or 0.
    @inline(__always)
    private static func sequenceLength(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = buf.count
        let b = buf[i]
        func cont(_ k: Int) -> Bool { k < n && buf[k] & 0xC0 == 0x80 }
        switch b {
        case 0xC2...0xDF: return cont(i + 1) ? 2 : 0
        case 0xE0: return i + 1 < n && buf[i + 1] >= 0xA0 && buf[i + 1] <= 0xBF && cont(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(i + 1) && cont(i + 2) ? 3 : 0
        case 0xED: return i + 1 < n && buf[i + 1] >= 0x80 && buf[i + 1] <= 0x9F && cont(i + 2) ? 3 : 0
        case 0xF0: return i + 1 < n && buf[i + 1] >= 0x90 && buf[i + 1] <= 0xBF && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF1...0xF3: return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF4: return i + 1 < n && buf[i + 1] >= 0x80 && buf[i + 1] <= 0x8F && cont(i + 2) && cont(i + 3) ? 4 : 0
        default: return 0
        }
    }

    private static func utf8SequenceCounts(_ bytes: [UInt8]) -> (Int, Int) {
        bytes.withUnsafeBufferPointer { validateUTF8($0, from: 0, stopAtFirstError: false) }
    }

    private static func hasMultibyteUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            for i in 0..<buf.count where buf[i] >= 0xC2 && sequenceLength(buf, i) > 0 { return true }
            return false
        }
    }

    /// UTF-8 with every invalid byte replaced by U+FFFD.
    static func repairUTF8(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buf in
            var out: [UInt8] = []
            out.reserveCapacity(buf.count + 16)
            var i = 0
            while i < buf.count {
                let b = buf[i]
                if b < 0x80 { out.append(b); i += 1; continue }
                let len = sequenceLength(buf, i)
                if len == 0 {
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD]); i += 1
                } else {
                    out.append(contentsOf: buf[i..<(i + len)]); i += len
                }
            }
            return out
        }
    }

    // MARK: Transcoders

    @inline(__always)
    private static func appendScalar(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// A single-byte charset to UTF-8, with `table` giving the scalars of bytes 0x80-0xFF.
    static func singleByteToUTF8(_ bytes: [UInt8], table: [UInt16]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b) } else { appendScalar(UInt32(table[Int(b) - 0x80]), to: &out) }
        }
        return out
    }

    /// UTF-16 to UTF-8; unpaired surrogates and a trailing odd byte become U+FFFD.
    static func utf16ToUTF8(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        func unit(_ k: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[k]) << 8 | UInt32(bytes[k + 1]) : UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k])
        }
        while i + 1 < bytes.endIndex {
            let u = unit(i)
            i += 2
            if u >= 0xD800 && u < 0xDC00, i + 1 < bytes.endIndex {
                let low = unit(i)
                if low >= 0xDC00 && low < 0xE000 {
                    i += 2
                    appendScalar(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), to: &out)
                    continue
                }
                appendScalar(0xFFFD, to: &out)
            } else if u >= 0xD800 && u < 0xE000 {
                appendScalar(0xFFFD, to: &out)
            } else {
                appendScalar(u, to: &out)
            }
        }
        if i < bytes.endIndex { appendScalar(0xFFFD, to: &out) }
        return out
    }
}

extension String {
    /// The string with every `target` replaced (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
