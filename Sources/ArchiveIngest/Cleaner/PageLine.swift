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
    /// The first words (up to ``headLimit``) as ``WordCode``s: numbers are skipped, long or
    /// non-ASCII words are 0. Enough for every furniture test, which all look at short lines.
    var head: [UInt64] = []
    /// How many `head` words come before the first colon or `|`, if there is one.
    var wordsBeforeColon: Int?
    var hasSlash = false
    var hasCopyrightSign = false
    /// Longest run of spaces inside the line (aligned columns have several).
    var longestSpaceRun = 0
    var spaces = 0
    /// The first space-free token holds a dot / a hyphen or underscore / a colon (file names, slugs).
    var firstTokenDot = false, firstTokenHyphen = false, firstTokenColon = false
    /// `<` and `&` characters (leaked markup has several).
    var markupMarks = 0

    static let headLimit = 30

    var stopwordShare: Double { words == 0 ? 0 : Double(stopwords) / Double(words) }
    var isAllCaps: Bool { letters >= 3 && upperLetters * 10 >= letters * 9 }

    init(_ text: String) {
        self.text = text
        self.content = Substring(text)
        measure()
    }

    /// The word being read: its ``WordCode`` so far and whether it has a letter.
    private struct WordScan {
        var inWord = false
        var hasLetter = false
        var code: UInt64 = 0
        var codeLength = 0
        var codeValid = true
    }

    /// Closes the word being read (counts it, tests it against the stopwords, keeps its code).
    @inline(__always)
    private mutating func endWord(_ w: inout WordScan) {
        guard w.inWord else { return }
        words += 1
        let c = w.codeValid && w.codeLength > 0 ? w.code : 0
        if c != 0 && Stopwords.codes.contains(c) { stopwords += 1 }
        if w.hasLetter && head.count < PageLine.headLimit { head.append(c) }
        w = WordScan()
    }

    private mutating func measure() {
        // (Locals, not captures of a nested function: those live in a heap box, and every
        // access to them was a memory round trip.)
        var w = WordScan()
        var lastMeaningful: Unicode.Scalar?
        var prevMeaningful: Unicode.Scalar?
        var first = true
        var count = 0
        var spaceRun = 0
        head.reserveCapacity(8)

        // Code points decoded from the UTF-8 bytes in place: the string's scalar view costs more
        // per character than everything this loop does with it.
        var utf8 = text
        utf8.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let scalar = PageLine.decode(bytes, at: &i)
                count += 1
                let v = scalar.value
                if first {
                    first = false
                    if PageLine.isBulletGlyph(scalar) { bullet = true; continue }
                }
                var isLetter = false, isDigit = false, isUpper = false, isSpace = false
                if v < 128 {
                    isLetter = (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
                    isUpper = v >= 65 && v <= 90
                    isDigit = v >= 48 && v <= 57
                    isSpace = v == 32 || v == 9 || v == 13
                } else if v >= 0x2000 && v <= 0x206F {
                    // general punctuation (curly quotes, dashes, bullets, ellipsis): no lookup needed
                    isSpace = v <= 0x200A || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F
                } else if v == 0xA0 {
                    isSpace = true
                } else if v >= 0xC0 && v <= 0x24F {
                    // Latin-1 and Latin Extended-A/B letters (é, ç, ł...): all letters but × and ÷
                    isLetter = v != 0xD7 && v != 0xF7
                    isUpper = v < 0xDF && isLetter || (v >= 0x100 && v <= 0x17F && v % 2 == 0)
                } else if v >= 0x400 && v <= 0x4FF {
                    // Cyrillic
                    isLetter = v < 0x482 || v >= 0x48A
                    isUpper = (v >= 0x400 && v <= 0x42F) || (v >= 0x460 && v % 2 == 0)
                } else {
                    let props = scalar.properties
                    isLetter = props.isAlphabetic
                    isUpper = isLetter && props.isUppercase
                    isDigit = props.numericType == .decimal
                    isSpace = props.isWhitespace
                }
                if spaces == 0 && !isSpace {
                    if v == 46 { firstTokenDot = true } else if v == 45 || v == 95 { firstTokenHyphen = true } else if v == 58 { firstTokenColon = true }
                }
                if isSpace { spaces += 1; spaceRun += 1; if spaceRun > longestSpaceRun { longestSpaceRun = spaceRun } } else { spaceRun = 0 }
                if isLetter || isDigit {
                    if !w.inWord {
                        w.inWord = true
                        if isUpper { capitalized += 1 }
                    }
                    if isLetter {
                        letters += 1
                        w.hasLetter = true
                        if isUpper { upperLetters += 1 }
                        if let c = WordCode.letter(scalar) { w.codeLength += 1; w.code = WordCode.append(w.code, c, length: w.codeLength) } else { w.codeValid = false }
                    } else {
                        digits += 1
                        w.codeValid = false
                    }
                } else if w.inWord && (v == 39 || v == 0x2019) {
                    w.codeLength += 1; w.code = WordCode.append(w.code, 27, length: w.codeLength)
                } else {
                    endWord(&w)
                    if v == 58 || v == 124 { if wordsBeforeColon == nil { wordsBeforeColon = head.count } }
                    else if v == 47 { hasSlash = true }
                    else if v == 0xA9 { hasCopyrightSign = true }
                    else if v == 60 || v == 38 { markupMarks += 1 }
                }
                // emoji and pictographs after a sentence ("See you soon! 🙂") do not hide its ending
                if !isSpace && !(v >= 0x2190 && !isLetter && !isDigit && scalar.properties.generalCategory == .otherSymbol) && v != 0xFE0F && v != 0x200B {
                    prevMeaningful = lastMeaningful; lastMeaningful = scalar
                }
            }
        }
        endWord(&w)
        chars = count
        if bullet {
            let u = text.unicodeScalars
            let rest = u[u.index(after: u.startIndex)...]
            content = Substring(rest).drop(while: { $0 == " " || $0 == "\u{A0}" })
            if u.first == "*" || u.first == "-" {
                // "*" and "-" are bullets only with a space after them ("*Home" is a menu, "-5%" is not a bullet)
                if let second = rest.first, second != " " {
                    bullet = u.first == "*"
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

    /// The code point starting at byte `i` of valid UTF-8, moving `i` past it.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> Unicode.Scalar {
        let b0 = UInt32(bytes[i])
        var v: UInt32
        if b0 < 0x80 {
            i += 1
            return Unicode.Scalar(UInt8(b0))
        } else if b0 < 0xE0 {
            v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            i += 2
        } else if b0 < 0xF0 {
            v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            i += 3
        } else {
            v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            i += 4
        }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
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
