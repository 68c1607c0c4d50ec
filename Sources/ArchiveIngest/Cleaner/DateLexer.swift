/// A tiny lexer for date parsing: numbers, letter runs and single punctuation marks, each with
/// its code-point offsets, so patterns can ask whether two pieces touch ("2026-01-12", "12th").
///
/// Header lines are short; lexing one costs far less than any regex would.
struct DateToken: Sendable {
    enum Kind: Sendable { case number, word, punct }
    var kind: Kind
    var start: Int
    var end: Int
    /// Numeric value of a number token (capped to avoid overflow on long digit runs).
    var value: Int = 0
    /// Lowercased ASCII text of a word (empty for words longer than 12 letters), or the punctuation mark.
    var text: String = ""

    var digits: Int { kind == .number ? end - start : 0 }

    func isPunct(_ mark: Character) -> Bool { kind == .punct && text.first == mark }
    func isWord(_ word: String) -> Bool { kind == .word && text == word }
}

enum DateLexer {
    static func tokens(_ line: String) -> [DateToken] {
        var out: [DateToken] = []
        var offset = 0
        var current: DateToken?
        var letters = String.UnicodeScalarView()

        func flush() {
            guard var token = current else { return }
            if token.kind == .word { token.text = token.end - token.start <= 12 ? String(letters).lowercased() : "" }
            out.append(token)
            current = nil
            letters = String.UnicodeScalarView()
        }

        for scalar in line.unicodeScalars {
            let v = scalar.value
            if v >= 48 && v <= 57 {
                if current?.kind != .number { flush(); current = DateToken(kind: .number, start: offset, end: offset) }
                if current!.end - current!.start < 9 { current!.value = current!.value * 10 + Int(v - 48) }
                current!.end = offset + 1
            } else if v < 128 ? ((v | 32) >= 97 && (v | 32) <= 122) : scalar.properties.isAlphabetic {
                if current?.kind != .word { flush(); current = DateToken(kind: .word, start: offset, end: offset) }
                if current!.end - current!.start < 13 { letters.append(scalar) }
                current!.end = offset + 1
            } else {
                flush()
                if !(v == 32 || (v >= 128 && scalar.properties.isWhitespace) || (v >= 9 && v <= 13)) {
                    out.append(DateToken(kind: .punct, start: offset, end: offset + 1, text: String(scalar)))
                }
            }
            offset += 1
        }
        flush()
        return out
    }
}
