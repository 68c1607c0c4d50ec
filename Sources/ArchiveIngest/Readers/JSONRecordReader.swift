import Foundation

/// Splits a `.json` (one object or an array of objects) or `.jsonl` (one object a line) export
/// into article records. Known fields are mapped; unknown ones are kept verbatim in `extra`.
/// A bad record is a diagnostic naming its line or item; the others still go in.
struct JSONRecordReader {
    let path: String
    let encoding: String

    /// Field names the archive maps to its own columns; any other field goes to `extra`.
    static let known: Set<String> = ["title", "body", "text", "published", "date", "source", "url", "authors", "section"]

    func read(_ text: String, lines: Bool) -> ReadOutcome {
        var out = ReadOutcome()
        if lines {
            var number = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                number += 1
                let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty { continue }
                let location = "line \(number)"
                do {
                    let value = try JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed])
                    guard let object = value as? [String: Any] else { throw ReadError.malformed("not a JSON object") }
                    out.documents.append(try record(object, ordinal: number))
                } catch {
                    out.diagnostics.append(Diagnostic(path: path, location: location, reason: Self.reason(error)))
                }
            }
            if out.documents.isEmpty && out.diagnostics.isEmpty {
                out.diagnostics.append(Diagnostic(path: path, reason: ReadError.empty.description))
            }
            return out
        }
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            return ReadOutcome(diagnostics: [Diagnostic(path: path, reason: Self.reason(error))])
        }
        if let object = value as? [String: Any] {
            do {
                out.documents.append(try record(object, ordinal: nil))
            } catch {
                out.diagnostics.append(Diagnostic(path: path, reason: Self.reason(error)))
            }
        } else if let array = value as? [Any] {
            for (i, item) in array.enumerated() {
                do {
                    guard let object = item as? [String: Any] else { throw ReadError.malformed("not a JSON object") }
                    out.documents.append(try record(object, ordinal: i + 1))
                } catch {
                    out.diagnostics.append(Diagnostic(path: path, location: "item \(i + 1)", reason: Self.reason(error)))
                }
            }
            if array.isEmpty { out.diagnostics.append(Diagnostic(path: path, reason: "malformed: empty JSON array")) }
        } else {
            out.diagnostics.append(Diagnostic(path: path, reason: "malformed: expected a JSON object or array of objects"))
        }
        return out
    }

    private func record(_ o: [String: Any], ordinal: Int?) throws -> RawDocument {
        guard let body = Self.string(o["body"]) ?? Self.string(o["text"]) else {
            throw ReadError.malformed("record has no `body` or `text` string")
        }
        if body.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw ReadError.malformed("record body is empty")
        }
        var fields = RecordFields()
        fields.title = Self.string(o["title"])
        fields.published = Self.string(o["published"]) ?? Self.string(o["date"])
        fields.source = Self.name(o["source"])
        fields.url = Self.string(o["url"])
        fields.section = Self.string(o["section"])
        fields.authors = Self.names(o["authors"])
        let unknown = o.filter { !Self.known.contains($0.key) }
        if !unknown.isEmpty, let data = try? JSONSerialization.data(withJSONObject: unknown, options: [.sortedKeys, .withoutEscapingSlashes]) {
            fields.extra = String(decoding: data, as: UTF8.self)
        }
        let key: String
        if let url = fields.url, !url.isEmpty {
            key = url
        } else if let ordinal {
            key = "\(path)#\(ordinal)"
        } else {
            key = path
        }
        return RawDocument(path: path, key: key, kind: .record, text: body, fields: fields, encoding: encoding)
    }

    static func string(_ v: Any?) -> String? {
        guard let s = v as? String else { return nil }
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    /// A name given as a string or as an object with a `name` field (schema.org style).
    static func name(_ v: Any?) -> String? {
        if let s = string(v) { return s }
        if let o = v as? [String: Any] { return string(o["name"]) }
        return nil
    }

    /// Authors as a list of strings or objects, or one string ("A and B" is kept as written).
    static func names(_ v: Any?) -> [String] {
        if let list = v as? [Any] { return list.compactMap { name($0) } }
        if let one = name(v) { return [one] }
        return []
    }

    static func reason(_ error: Error) -> String {
        if let e = error as? ReadError { return e.description }
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return "malformed JSON: \(detail)" }
        return "malformed JSON"
    }
}
