/// Finds the title written right before a name: "Mexican Foreign Minister", "U.S. Secretary of
/// State", "State Department spokesperson", "Venezuela's President".
enum TitlePhrase {
    /// Longest title phrase, in tokens.
    static let maxTokens = 8

    /// The title phrase that ends right before token `first` (the name's first token), if any.
    static func before(_ first: Int, in text: BodyText) -> String? {
        // Tokens are read by index, their words' classes and letters from the body's code points.
        let tokens = text.tokens
        let sentenceStart = text.sentenceIndex(ofToken: first).map { text.sentences[$0].lowerBound } ?? 0
        var j = first - 1
        var start = first
        var hasTitle = false
        while j >= sentenceStart, first - j <= maxTokens + 1 {
            if tokens[j].kind == .punctuation {
                // The dot of "Mr." or "Gen." belongs to its word.
                if NameClassifier.isMark(text, j, Mark.dot), j > sentenceStart, tokens[j - 1].end == tokens[j].start,
                   PeopleLexicon.classes(ofToken: j - 1, in: text).contains(.honorific) {
                    j -= 1
                    continue
                }
                break
            }
            guard tokens[j].kind == .word else { break }
            let c = PeopleLexicon.classes(ofToken: j, in: text)
            if NameClassifier.isCapitalized(text, j) {
                // "US President", "NATO Secretary-General": short acronyms belong to titles.
                if Letters.isAllCaps(tokens[j].text), !NameRunScanner.isDottedInitials(tokens[j].text), tokens[j].end - tokens[j].start > 5 { break }
            } else if isOfOrFor(text, j) {
                // Only inside a title: "Secretary of State", "Minister for Trade".
                guard j > sentenceStart, NameClassifier.isCapitalized(text, j - 1) else { break }
            } else if c.isDisjoint(with: [.title, .modifier]) {
                break
            }
            if c.contains(.title) || c.contains(.honorific)
                || mayBePossessive(text, j) && possessiveBase(tokens[j].text).map({ PeopleLexicon.classes($0).contains(.title) }) == true {
                hasTitle = true
            }
            start = j
            j -= 1
        }
        guard hasTitle, start < first else { return nil }
        // Trim the left edge: sentence openers and dates are not part of a title ("On Sunday").
        while start < first {
            let c = PeopleLexicon.classes(ofToken: start, in: text)
            let isTitleWord = !c.isDisjoint(with: [.title, .honorific, .modifier, .demonym, .place, .orgHead])
            if isOfOrFor(text, start) || c.contains(.calendar)
                || (c.contains(.common) && !isTitleWord && !(mayBePossessive(text, start) && possessiveBase(tokens[start].text) != nil)) {
                start += 1
                continue
            }
            break
        }
        // The phrase must still hold a title word.
        var holds = false
        for k in start..<first where tokens[k].kind == .word {
            let c = PeopleLexicon.classes(ofToken: k, in: text)
            if c.contains(.title) || c.contains(.honorific) { holds = true; break }
        }
        guard holds, start < first else { return nil }
        // Built from the tokens, one space between words as the body has them (cheaper than slicing).
        var out = ""
        for k in start..<first {
            if k > start, tokens[k].start > tokens[k - 1].end { out += " " }
            out += tokens[k].text
        }
        return out
    }

    /// The title in an apposition right after a name: "Tommy Pigott, a State Department
    /// spokesman, said" -> "State Department spokesman"; "Eva Lind, the party's deputy leader".
    static func after(_ last: Int, in text: BodyText) -> String? {
        let tokens = text.tokens
        var j = last + 1
        guard j + 1 < tokens.count, tokens[j].isMark(Mark.comma) else { return nil }
        j += 1
        let article = tokens[j].text
        if article == "a" || article == "an" || article == "the" || article == "his" || article == "her" || article == "its" { j += 1 }
        var head = -1
        var k = j
        while k < tokens.count, k < j + maxTokens {
            let t = tokens[k]
            guard t.kind == .word else { break }
            let c = PeopleLexicon.classes(t.text)
            if c.contains(.title) || c.contains(.honorific) { head = k }
            else if Letters.isCapitalized(t.text) || c.contains(.modifier) || c.contains(.demonym) {}
            else { break }
            k += 1
        }
        // The phrase ends with its role word, and the apposition ends there or goes on with "of ...".
        guard head >= j else { return nil }
        let next = head + 1 < tokens.count ? tokens[head + 1].text : ","
        guard next == "," || next == "." || next == "of" || next == "for" || next == "at" || next == "who" || next == ";" else { return nil }
        var out = ""
        for k in j...head {
            if k > j, tokens[k].start > tokens[k - 1].end { out += " " }
            out += tokens[k].text
        }
        return out
    }

    /// "of" or "for" (compared by key: no other text equals them).
    @inline(__always)
    static func isOfOrFor(_ text: BodyText, _ i: Int) -> Bool {
        guard let key = NameClassifier.wordKey(text, i) else { return false }
        return key == of || key == for_
    }

    private static var of: UInt64 { ShortWordKey.ascii("o", "f") }
    private static var for_: UInt64 { ShortWordKey.ascii("f", "o", "r") }

    /// False when token `i` cannot end with "'s" or "’s": its last code point is no "s", or the
    /// one before is no apostrophe. (When it may, ``possessiveBase(_:)`` decides on the text's
    /// characters.)
    @inline(__always)
    static func mayBePossessive(_ text: BodyText, _ i: Int) -> Bool {
        let start = text.tokens[i].start, end = text.tokens[i].end
        guard end - start >= 2, text.scalars[end - 1] == "s" else { return false }
        let a = text.scalars[end - 2]
        return a == "'" || a == "\u{2019}"
    }

    static func possessiveBase(_ s: String) -> String? {
        if s.hasSuffix("'s") || s.hasSuffix("\u{2019}s") { return String(s.dropLast(2)) }
        return nil
    }

    static func normalizeSpaces(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
