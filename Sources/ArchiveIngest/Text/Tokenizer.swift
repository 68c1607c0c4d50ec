/// Splits code points into ``Token``s and paragraphs with a single hand-written scan.
enum Tokenizer {
    static func tokens(of s: [Unicode.Scalar]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(s.count / 5)
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if c.properties.isWhitespace { i += 1; continue }
            if isWordScalar(c) {
                let start = i
                var allDigits = true
                i += 1
                while i < n {
                    let d = s[i]
                    if isWordScalar(d) { i += 1; continue }
                    // Inner joiners: O'Brien, don't, Pelaez-Fernandez, U.S., 3.5, 1,000
                    if isJoiner(d), i + 1 < n, isWordScalar(s[i + 1]) { i += 2; continue }
                    break
                }
                // Abbreviations with a final dot: "U.S." (letter.letter.) keeps its last dot.
                if i < n, s[i] == ".", i - start >= 3, s[i - 2] == "." { i += 1 }
                for k in start..<i where !(s[k].properties.numericType != nil || s[k] == "." || s[k] == ",") {
                    allDigits = false
                    break
                }
                var v = String.UnicodeScalarView()
                v.append(contentsOf: s[start..<i])
                out.append(Token(kind: allDigits ? .number : .word, start: start, end: i, text: String(v)))
            } else {
                out.append(Token(kind: .punctuation, start: i, end: i + 1, text: String(Character(c))))
                i += 1
            }
        }
        return out
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "-" || c == "." || c == "," || c == "\u{2011}"
    }

    /// Paragraphs are runs of non-empty lines; a newline ends a paragraph.
    static func paragraphs(of s: [Unicode.Scalar]) -> [TextSpan] {
        var out: [TextSpan] = []
        var start = 0
        func flush(_ end: Int) {
            var a = start, b = end
            while a < b, s[a].properties.isWhitespace { a += 1 }
            while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
            if a < b { out.append(TextSpan(start: a, end: b)) }
        }
        for i in 0..<s.count where s[i] == "\n" {
            flush(i)
            start = i + 1
        }
        flush(s.count)
        return out
    }
}
