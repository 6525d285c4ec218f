/// A small writer of JSON text with a fixed key order, so output is byte-identical run to run.
public struct JSONWriter: Sendable {
    /// The text written so far.
    public private(set) var output: String = ""

    /// Creates an empty writer.
    public init() { output.reserveCapacity(4096) }

    /// Appends raw JSON punctuation or an already-encoded value.
    public mutating func raw(_ s: String) { output += s }

    /// Appends a JSON string literal.
    public mutating func string(_ s: String) { Self.appendQuoted(s, to: &output) }

    /// Appends a string literal or `null`.
    public mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { output += "null" }
    }

    /// Appends a number.
    public mutating func number(_ n: Int) { output += String(n) }

    /// Appends a number rounded to two decimals.
    public mutating func number(_ d: Double) {
        let scaled = (d * 100).rounded()
        let whole = Int(scaled) / 100, frac = abs(Int(scaled) % 100)
        output += frac == 0 ? "\(whole).0" : (frac % 10 == 0 ? "\(whole).\(frac / 10)" : "\(whole).\(frac < 10 ? "0" : "")\(frac)")
    }

    /// Appends `"key":`.
    public mutating func key(_ k: String) { string(k); output += ":" }

    /// Quotes and escapes `s` as a JSON string, appending it to `out`.
    public static func appendQuoted(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
