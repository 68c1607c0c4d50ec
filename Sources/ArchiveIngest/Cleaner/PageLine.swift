/// One line of a text page copy with the surface features the cleaner decides on: length, words,
/// function-word share, capitalization, bullets, how it ends, and whether blank lines surround it.
///
/// Page copies (browser "save as text", w3m dumps) put each paragraph on one line, so a line is the
/// unit of decision. All features come from one pass over the line's code points.
struct PageLine: Sendable {
    /// The line without surrounding whitespace.
    var text: String
    /// Code points of `text`.
    var chars = 0
    var words = 0
    /// Words that are function words ("the", "of", "said"...).
    var stopwords = 0
    /// Words that start with an uppercase letter.
    var capitalized = 0
    var upperLetters = 0
    var letters = 0
    var digits = 0
    /// Starts with a bullet glyph (•, ☆, □, ○, ►, a "* " or "- " marker).
    var bullet = false
    /// The text after the bullet glyph, if any.
    var content: Substring
    /// Ends like a sentence: `.`, `!`, `?`, `:`, `…`, or a closing quote/bracket after one.
    var endsSentence = false
    /// Blank line (or start of page) right before / after.
    var blankBefore = true
    var blankAfter = true

    var stopwordShare: Double { words == 0 ? 0 : Double(stopwords) / Double(words) }
    var isAllCaps: Bool { letters >= 3 && upperLetters * 10 >= letters * 9 }

    init(_ text: String) {
        self.text = text
        self.content = Substring(text)
        measure()
    }

    private mutating func measure() {
        var inWord = false
        var wordLetters = 0
        var wordASCII = true
        var word = String.UnicodeScalarView()
        var lastMeaningful: Unicode.Scalar?
        var prevMeaningful: Unicode.Scalar?
        var first = true
        var count = 0

        func endWord(_ line: inout PageLine) {
            guard inWord else { return }
            line.words += 1
            if wordASCII && wordLetters > 0 && wordLetters <= 8 && Stopwords.english.contains(String(word).lowercased()) {
                line.stopwords += 1
            }
            inWord = false
            wordLetters = 0
            wordASCII = true
            word.removeAll(keepingCapacity: true)
        }

        for scalar in text.unicodeScalars {
            count += 1
            let props = scalar.properties
            if first {
                first = false
                if PageLine.isBulletGlyph(scalar) { bullet = true; continue }
            }
            if props.isAlphabetic || (scalar.value >= 48 && scalar.value <= 57) {
                if !inWord {
                    inWord = true
                    if props.isUppercase { capitalized += 1 }
                }
                if props.isAlphabetic {
                    letters += 1
                    wordLetters += 1
                    if props.isUppercase { upperLetters += 1 }
                } else { digits += 1 }
                if scalar.value > 127 { wordASCII = false }
                if word.count < 9 { word.append(scalar) }
            } else if inWord && (scalar == "'" || scalar == "\u{2019}") {
                if word.count < 9 { word.append("'") }
            } else {
                endWord(&self)
            }
            // emoji and pictographs after a sentence ("See you soon! 🙂") do not hide its ending
            if !props.isWhitespace && !(scalar.value >= 0x2190 && props.generalCategory == .otherSymbol) && scalar.value != 0xFE0F && scalar.value != 0x200B {
                prevMeaningful = lastMeaningful; lastMeaningful = scalar
            }
        }
        endWord(&self)
        chars = count
        if bullet {
            let rest = text.unicodeScalars.dropFirst()
            content = Substring(String(String.UnicodeScalarView(rest)).drop(while: { $0.isWhitespace }))
            if text.unicodeScalars.first == "*" || text.unicodeScalars.first == "-" {
                // "*" and "-" are bullets only with a space after them ("*Home" is a menu, "-5%" is not a bullet)
                if let second = text.unicodeScalars.dropFirst().first, second != " " {
                    bullet = text.unicodeScalars.first == "*"
                    if !bullet { content = Substring(text) }
                }
            }
        }
        if let last = lastMeaningful {
            if PageLine.isTerminal(last) { endsSentence = true }
            else if PageLine.isCloser(last), let before = prevMeaningful, PageLine.isTerminal(before) || before == "," { endsSentence = true }
            else if PageLine.isCloser(last) && last != ")" && last != "]" { endsSentence = words >= 8 }
        }
    }

    static func isBulletGlyph(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "•", "◦", "○", "●", "□", "■", "▪", "▫", "☆", "★", "◆", "◇", "►", "▶", "▸", "‣", "⁃", "·", "»", "*", "-", "–", "→", "✓", "✔":
            return true
        default: return false
        }
    }

    static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == ":" || s == "…" || s == ";"
    }

    static func isCloser(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "\u{201D}" || s == "\u{2019}" || s == "'" || s == ")" || s == "]" || s == "»"
    }
}

enum PageLines {
    /// Splits a page into its non-empty lines, trimmed, each knowing whether blank lines surround it.
    static func split(_ text: String) -> [PageLine] {
        var lines: [PageLine] = []
        var blankSeen = true
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = trim(raw)
            if trimmed.isEmpty { blankSeen = true; if !lines.isEmpty { lines[lines.count - 1].blankAfter = true }; continue }
            var line = PageLine(String(trimmed))
            line.blankBefore = blankSeen
            line.blankAfter = false
            if !blankSeen, !lines.isEmpty { lines[lines.count - 1].blankAfter = false }
            lines.append(line)
            blankSeen = false
        }
        if !lines.isEmpty { lines[lines.count - 1].blankAfter = true }
        return lines
    }

    static func trim(_ s: Substring) -> Substring {
        var lo = s.unicodeScalars.startIndex, hi = s.unicodeScalars.endIndex
        let u = s.unicodeScalars
        while lo < hi, u[lo].properties.isWhitespace || u[lo] == "\u{FEFF}" { lo = u.index(after: lo) }
        while hi > lo, u[u.index(before: hi)].properties.isWhitespace { hi = u.index(before: hi) }
        return Substring(u[lo..<hi])
    }
}
