/// Text helpers shared by the exporters: cleaning, markup escaping, wrapping.
enum ExportText {
    /// `s` on one line, safe in any markup: line and paragraph breaks, tabs and other whitespace
    /// become one space, control characters and non-characters (invalid in XML) are dropped,
    /// runs of spaces collapse, and the ends are trimmed.
    static func cleaned(_ s: String) -> String {
        if isClean(s) { return s }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            switch scalarClass(scalar) {
            case .space:
                pendingSpace = !out.isEmpty
            case .drop:
                continue
            case .keep:
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether ``cleaned(_:)`` would return `s` unchanged (one read-only pass).
    private static func isClean(_ s: String) -> Bool {
        var previousWasSpace = true  // a leading space is not clean
        for scalar in s.unicodeScalars {
            if scalar == " " {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else if scalar.value < 0x7F && scalar.value >= 0x20 {
                previousWasSpace = false
            } else if scalarClass(scalar) == .keep {
                previousWasSpace = false
            } else {
                return false
            }
        }
        return !previousWasSpace || s.isEmpty
    }

    private enum ScalarClass { case keep, space, drop }

    private static func scalarClass(_ scalar: Unicode.Scalar) -> ScalarClass {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x2028, 0x2029, 0x3000, 0x1680: .space
        case 0x2000...0x200A, 0x202F, 0x205F: .space
        case 0x00...0x1F, 0x7F...0x9F: .drop
        case 0xFFFE, 0xFFFF, 0xFDD0...0xFDEF: .drop
        case 0xFEFF: .drop
        default: (scalar.value & 0xFFFE) == 0xFFFE ? .drop : .keep
        }
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` for XML and HTML text and attribute values.
    static func escapeMarkup(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `s` cleaned (see ``cleaned(_:)``) and escaped for markup.
    static func markup(_ s: String) -> String { escapeMarkup(cleaned(s)) }

    /// The columns a character takes in a monospaced rendering: 2 for East Asian wide
    /// characters and emoji, 0 for a lone combining mark, 1 otherwise.
    static func columns(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        switch first.value {
        case 0x0300...0x036F, 0x200B...0x200F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1FAFF, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }

    /// Splits cleaned text into lines of at most `width` columns, breaking at spaces; a word
    /// wider than a line is cut between characters (never inside one).
    static func wrap(_ s: String, width: Int) -> [String] {
        let width = max(width, 4)
        var lines: [String] = []
        var line = ""
        var lineColumns = 0
        for word in cleaned(s).split(separator: " ") {
            var wordColumns = word.reduce(0) { $0 + columns($1) }
            if lineColumns > 0, lineColumns + 1 + wordColumns <= width {
                line += " "; line += word; lineColumns += 1 + wordColumns
                continue
            }
            if lineColumns > 0 { lines.append(line); line = ""; lineColumns = 0 }
            if wordColumns <= width { line = String(word); lineColumns = wordColumns; continue }
            // A long word (a URL, a run of CJK text): cut it into pieces that fit.
            var piece = ""
            var pieceColumns = 0
            for character in word {
                let c = columns(character)
                if pieceColumns + c > width, !piece.isEmpty { lines.append(piece); piece = ""; pieceColumns = 0 }
                piece.append(character); pieceColumns += c
            }
            wordColumns = pieceColumns
            line = piece; lineColumns = wordColumns
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

/// How each node kind and relation looks in the DOT map and the HTML report.
enum KindStyle {
    /// The background colour of a node of `kind`.
    static func fill(_ kind: NodeKind) -> String {
        switch kind {
        case .thesis: "#fde68a"
        case .claim: "#e5e7eb"
        case .reason: "#dcfce7"
        case .counterpoint: "#fee2e2"
        case .rebuttal: "#dbeafe"
        }
    }

    /// The border and accent colour of a node of `kind`.
    static func accent(_ kind: NodeKind) -> String {
        switch kind {
        case .thesis: "#b45309"
        case .claim: "#4b5563"
        case .reason: "#15803d"
        case .counterpoint: "#b91c1c"
        case .rebuttal: "#1d4ed8"
        }
    }

    /// The colour of an edge of `relation`.
    static func color(_ relation: Relation) -> String {
        relation == .supports ? "#15803d" : "#b91c1c"
    }

    /// A reader's description of a kind.
    static func meaning(_ kind: NodeKind) -> String {
        switch kind {
        case .thesis: "what the whole text argues for"
        case .claim: "a claim argued for or against"
        case .reason: "offered in support of another statement"
        case .counterpoint: "the other side's view, raised to be answered"
        case .rebuttal: "the answer to a counterpoint"
        }
    }
}

extension ArgumentNode {
    /// A short description of the node's place in a numbered list (`list l1, #2`), or `nil`.
    var ordinalCaption: String? {
        guard let ordinal else { return nil }
        var caption = "list \(ordinal.list), #\(ordinal.position)"
        if ordinal.isIncomplete { caption += " (incomplete list)" }
        return caption
    }

    /// One line explaining the node: kind, list place, markers, rule, confidence.
    var explanation: String {
        var parts = [kind.rawValue]
        if let caption = ordinalCaption { parts.append(caption) }
        if !markers.isEmpty {
            parts.append("markers: " + markers.map { "\u{201C}\($0.text)\u{201D} (\($0.sense.rawValue))" }.joined(separator: ", "))
        }
        parts.append("rule: \(rule)")
        parts.append("confidence \(JSONWriter.decimal(confidence))")
        return ExportText.cleaned(parts.joined(separator: " \u{00B7} "))
    }
}
