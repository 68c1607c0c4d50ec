/// Builds FTS5 MATCH expressions from what users type.
///
/// By default every word is searched literally: each becomes an FTS5 string ("U.S.", "o'brien",
/// "C++", "fentanyl-test" and a lone quote mark never raise syntax errors), and `"quoted phrases"`
/// stay phrases. Words are ANDed, as in web search engines.
public enum FTSQuery {
    /// The MATCH expression for literal search, or nil when the input has no searchable word.
    public static func literal(_ input: String) -> String? {
        var parts: [String] = []
        var current = ""
        var inPhrase = false
        func flush(asPhrase: Bool) {
            let text = current
            current = ""
            guard hasToken(text) else { return }
            if asPhrase { parts.append(quoted(text)); return }
            for word in text.split(whereSeparator: { $0.isWhitespace }) where hasToken(String(word)) {
                parts.append(quoted(String(word)))
            }
        }
        for ch in input {
            if ch == "\"" || ch == "\u{201C}" || ch == "\u{201D}" {
                flush(asPhrase: inPhrase)
                inPhrase.toggle()
            } else {
                current.append(ch)
            }
        }
        // An unbalanced quote: the rest is searched as plain words.
        flush(asPhrase: false)
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// An FTS5 string literal: the text in double quotes, inner quotes doubled.
    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// True when the text holds a letter or digit, i.e. something the unicode61 tokenizer indexes.
    static func hasToken(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}

import Foundation
