import ArgMap
import ArgMapHTML
import Foundation

/// One JSON Lines record: `{"id": ..., "html": "..."}` or `{"id": ..., "text": "..."}`, with an optional `"source"`.
struct InputRecord: Sendable {
    /// The record's `id` as JSON text (`null` when absent).
    let idJSON: String
    /// The `id` as a plain string for file names, or `nil` when absent or null.
    let idText: String?
    /// `html` or `text`, from the key that holds the document.
    let kind: InputKind
    /// The document.
    let content: String
    /// The record's `source`, when given.
    let source: String?

    /// A record that could not be read, with the id when one could be read.
    struct Failure: Error, Sendable {
        let idJSON: String
        let idText: String?
        let reason: String
    }

    /// Parses one line.
    /// - Throws: ``Failure`` (with `id` null when none can be read) for malformed JSON, a non-object,
    ///   or a record with neither `html` nor `text`.
    static func parse(_ line: [UInt8]) throws(Failure) -> InputRecord {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw Failure(idJSON: "null", idText: nil, reason: "malformed record: not a JSON object")
            }
            object = parsed
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(idJSON: "null", idText: nil, reason: "malformed record: invalid JSON")
        }
        let (idJSON, idText) = identifier(object["id"])
        let source = object["source"] as? String
        for (key, kind) in [("html", InputKind.html), ("text", InputKind.text)] {
            guard let value = object[key], !(value is NSNull) else { continue }
            guard let content = value as? String else {
                throw Failure(idJSON: idJSON, idText: idText, reason: "\"\(key)\" is not a string")
            }
            return InputRecord(idJSON: idJSON, idText: idText, kind: kind, content: content, source: source)
        }
        throw Failure(idJSON: idJSON, idText: idText, reason: "record has neither \"html\" nor \"text\"")
    }

    /// Reads just the `id` of a line, for naming outputs before the record is processed.
    static func identifier(of line: [UInt8]) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { return nil }
        return identifier(object["id"]).text
    }

    private static func identifier(_ value: Any?) -> (json: String, text: String?) {
        guard let value, !(value is NSNull) else { return ("null", nil) }
        if let string = value as? String {
            var out = ""
            JSONWriter.appendQuoted(string, to: &out)
            return (out, string)
        }
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]) else {
            return ("null", nil)
        }
        let json = String(decoding: data, as: UTF8.self)
        return (json, json)
    }

    /// The document of this record, ingested as its key says (or as `kind` forces).
    /// - Parameters:
    ///   - kind: `--input`: `auto` follows the record's key.
    ///   - fallbackSource: the name to report when the record has no `source`.
    func document(kind forced: InputKind, fallbackSource: String) throws(ArgMapError) -> Document {
        // The JSON string is already Unicode: its UTF-8 bytes must not be re-decoded by a page's meta charset.
        let reader = DocumentReader(kind: forced == .auto ? kind : forced, encoding: "utf-8")
        return try reader.ingest(Array(content.utf8), source: source ?? fallbackSource)
    }
}
