/// Splits code points into ``Token``s and paragraphs with a single hand-written scan.
enum Tokenizer {
    static func tokens(of s: [Unicode.Scalar]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(s.count / 5)
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if isSpace(c) { i += 1; continue }
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
                for k in start..<i where !(isDigit(s[k]) || s[k] == "." || s[k] == ",") {
                    allDigits = false
                    break
                }
                out.append(Token(kind: allDigits ? .number : .word, start: start, end: i, text: string(s, start, i)))
            } else {
                out.append(Token(kind: .punctuation, start: i, end: i + 1, text: String(Character(c))))
                i += 1
            }
        }
        return out
    }

    /// Letters, digits and combining marks. ASCII is decided by a table: Unicode property
    /// look-ups cost ~20x more and this runs on every character of every article.
    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return asciiWord[Int(c.value)] }
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c == " " || c == "\n" || c == "\t" || c == "\r" || c.value == 11 || c.value == 12 }
        return c.properties.isWhitespace
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value >= 48 && c.value <= 57 }
        return c.properties.numericType != nil
    }

    private static let asciiWord: [Bool] = (0..<128).map { v in
        (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
    }

    /// The text of `s[start..<end]`; ASCII runs are built from bytes, the fast path.
    static func string(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var ascii = true
        for k in start..<end where s[k].value >= 128 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: end - start) { buffer in
                for k in start..<end { buffer[k - start] = UInt8(truncatingIfNeeded: s[k].value) }
                return end - start
            }
        }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[start..<end])
        return String(v)
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
            while a < b, isSpace(s[a]) { a += 1 }
            while b > a, isSpace(s[b - 1]) { b -= 1 }
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
