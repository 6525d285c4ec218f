/// A fast writer of JSON text into a UTF-8 byte buffer, keys in the order they are written,
/// so output is byte-identical run to run.
///
/// Two layers share the buffer:
/// - **Raw calls** (``raw(_:)``, ``key(_:)``, ``string(_:)``, ``number(_:)-(Int)``...) append exactly
///   what they are given; the caller writes every `,` and `:` itself.
/// - **Structured calls** (``beginObject(inline:)``, ``name(_:)``, ``value(_:)-(String)``,
///   ``endObject()``...) place separators, line breaks and indentation themselves. With
///   `pretty: true`, each member of a block container goes on its own line, indented by two
///   spaces per level; a container opened with `inline: true` (and everything inside it) stays on
///   one line with `", "` and `": "` separators. With `pretty: false` everything is on one line
///   with no spaces.
///
/// A structured value may be written after raw calls (e.g. after `raw(","); key("graph")`): it
/// begins with no separator of its own when no structured container is open.
public struct JSONWriter: Sendable {
    /// The UTF-8 bytes written so far.
    public private(set) var bytes: [UInt8] = []
    /// Whether structured calls break lines and indent.
    public let isPretty: Bool

    private struct Frame: Sendable {
        var isInline: Bool
        var count: Int
    }
    private var frames: [Frame] = []
    private var hasPendingName = false

    /// Creates an empty writer.
    /// - Parameter pretty: `true` to indent structured containers by two spaces per level.
    public init(pretty: Bool = false) {
        isPretty = pretty
        bytes.reserveCapacity(4096)
    }

    /// The text written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Raw layer

    /// Appends raw JSON punctuation or an already-encoded value.
    public mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// Appends a JSON string literal.
    public mutating func string(_ s: String) { Self.appendQuoted(s, to: &bytes) }

    /// Appends a string literal or `null`.
    public mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { appendASCII("null") }
    }

    /// Appends an integer.
    public mutating func number(_ n: Int) { Self.appendInteger(n, to: &bytes) }

    /// Appends a number rounded to two decimals (`0.85`, `1.0`); non-finite numbers become `0.0`.
    public mutating func number(_ d: Double) { Self.appendDecimal(d, to: &bytes) }

    /// A number rounded to two decimals as the writer prints it (`0.85`, `1.0`).
    public static func decimal(_ d: Double) -> String {
        var bytes: [UInt8] = []
        appendDecimal(d, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `"key":`.
    public mutating func key(_ k: String) { string(k); bytes.append(UInt8(ascii: ":")) }

    // MARK: Structured layer

    /// Opens an object as the next value.
    /// - Parameter inline: `true` to keep the object on one line in pretty mode.
    public mutating func beginObject(inline: Bool = false) { open(UInt8(ascii: "{"), inline: inline) }

    /// Closes the innermost open object.
    public mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Opens an array as the next value.
    /// - Parameter inline: `true` to keep the array on one line in pretty mode.
    public mutating func beginArray(inline: Bool = false) { open(UInt8(ascii: "["), inline: inline) }

    /// Closes the innermost open array.
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes the name of the next member of the open object (with its separator).
    public mutating func name(_ k: String) {
        separate()
        string(k)
        bytes.append(UInt8(ascii: ":"))
        if isPretty { bytes.append(UInt8(ascii: " ")) }
        hasPendingName = true
    }

    /// Writes a string value.
    public mutating func value(_ s: String) { separate(); string(s) }

    /// Writes a string value, or `null`.
    public mutating func value(_ s: String?) { separate(); optionalString(s) }

    /// Writes an integer value.
    public mutating func value(_ n: Int) { separate(); number(n) }

    /// Writes a number value rounded to two decimals.
    public mutating func value(_ d: Double) { separate(); number(d) }

    /// Writes `true` or `false`.
    public mutating func value(_ b: Bool) { separate(); appendASCII(b ? "true" : "false") }

    /// Writes `null`.
    public mutating func null() { separate(); appendASCII("null") }

    /// Writes a whole array of strings on one line.
    public mutating func inlineArray(_ items: [String]) {
        beginArray(inline: true)
        for item in items { value(item) }
        endArray()
    }

    private mutating func open(_ bracket: UInt8, inline: Bool) {
        separate()
        let parentInline = frames.last?.isInline ?? false
        frames.append(Frame(isInline: inline || parentInline || !isPretty, count: 0))
        bytes.append(bracket)
    }

    private mutating func close(_ bracket: UInt8) {
        guard let frame = frames.popLast() else { bytes.append(bracket); return }
        if !frame.isInline, frame.count > 0 { newline(depth: frames.count) }
        bytes.append(bracket)
        hasPendingName = false
    }

    /// Writes what goes before a value or a member name in the open container.
    private mutating func separate() {
        if hasPendingName { hasPendingName = false; return }
        guard let last = frames.indices.last else { return }
        if frames[last].count > 0 {
            bytes.append(UInt8(ascii: ","))
            if frames[last].isInline, isPretty { bytes.append(UInt8(ascii: " ")) }
        }
        if !frames[last].isInline { newline(depth: frames.count) }
        frames[last].count += 1
    }

    private mutating func newline(depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<(depth * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func appendASCII(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    // MARK: Encoding

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Quotes and escapes `s` as a JSON string, appending its UTF-8 bytes to `out`.
    ///
    /// Escapes `"`, `\`, control characters and U+2028/U+2029; everything else is copied as UTF-8
    /// in runs, not scalar by scalar.
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { appendEscaped($0, to: &out) }
        if done == nil { Array(s.utf8).withUnsafeBufferPointer { appendEscaped($0, to: &out) } }
        out.append(UInt8(ascii: "\""))
    }

    /// Quotes and escapes `s` as a JSON string, appending it to `out`.
    public static func appendQuoted(_ s: String, to out: inout String) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(s.utf8.count + 2)
        appendQuoted(s, to: &buffer)
        out += String(decoding: buffer, as: UTF8.self)
    }

    private static func appendEscaped(_ input: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var runStart = 0
        var i = 0
        let n = input.count
        out.reserveCapacity(out.count + n)
        func flush(_ end: Int) {
            if runStart < end { out.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<end])) }
        }
        func unicodeEscape(_ code: UInt16) {
            out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) { out.append(hexDigits[Int((code >> UInt16(shift)) & 0xF)]) }
        }
        while i < n {
            let b = input[i]
            if b >= 0x20, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\"), b != 0xE2 { i += 1; continue }
            if b == 0xE2 {
                // U+2028 / U+2029 (E2 80 A8 / E2 80 A9) end lines in JavaScript: escape them.
                guard i + 2 < n, input[i + 1] == 0x80, input[i + 2] == 0xA8 || input[i + 2] == 0xA9 else { i += 1; continue }
                flush(i)
                unicodeEscape(input[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                i += 3
                runStart = i
                continue
            }
            flush(i)
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(b)
            case 0x0A: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
            default: unicodeEscape(UInt16(b))
            }
            i += 1
            runStart = i
        }
        flush(n)
    }

    private static func appendInteger(_ n: Int, to out: inout [UInt8]) {
        if n == 0 { out.append(UInt8(ascii: "0")); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var magnitude = n.magnitude
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
        }
        if n < 0 { out.append(UInt8(ascii: "-")) }
        withUnsafeBytes(of: &digits) { buffer in
            for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
        }
    }

    private static func appendDecimal(_ d: Double, to out: inout [UInt8]) {
        guard d.isFinite, abs(d) < 1e15 else { out.append(contentsOf: "0.0".utf8); return }
        let hundredths = Int((d * 100).rounded())
        if hundredths < 0 { out.append(UInt8(ascii: "-")) }
        let magnitude = abs(hundredths)
        appendInteger(magnitude / 100, to: &out)
        out.append(UInt8(ascii: "."))
        let fraction = magnitude % 100
        if fraction == 0 {
            out.append(UInt8(ascii: "0"))
        } else if fraction % 10 == 0 {
            out.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        } else {
            out.append(UInt8(ascii: "0") + UInt8(fraction / 10))
            out.append(UInt8(ascii: "0") + UInt8(fraction % 10))
        }
    }
}
