/// Splits tokens into sentences: at `.`, `!`, `?` (and a closing quote after them) followed by a
/// capitalized word or a quote mark, and at paragraph breaks. Abbreviations ("Mr.", "U.S.",
/// "Jan.") and initials ("A. Smith") do not end a sentence.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Rev",
        "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Adm", "Maj", "Cmdr", "Supt",
        "Pres", "Atty", "Del", "Ave", "Blvd", "Rd", "a.m", "p.m", "e.g", "i.e", "etc",
    ]

    static func sentences(tokens: [Token], scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = tokens.count
        func newlineBetween(_ a: Int, _ b: Int) -> Bool {
            guard a < b else { return false }
            for k in a..<b where scalars[k] == "\n" { return true }
            return false
        }
        while i < n {
            // A paragraph break always ends a sentence.
            if i > start, newlineBetween(tokens[i - 1].end, tokens[i].start) {
                out.append(start..<i)
                start = i
            }
            let t = tokens[i]
            var end = -1
            if t.kind == .punctuation, t.text == "." || t.text == "!" || t.text == "?" || t.text == "…" {
                var j = i + 1
                while j < n, tokens[j].kind == .punctuation, isCloser(tokens[j].text), tokens[j].start == tokens[j - 1].end { j += 1 }
                let prev = i > 0 ? tokens[i - 1] : nil
                let isAbbrev = t.text == "." && prev.map { p in
                    p.end == t.start && (abbreviations.contains(p.text) || (p.text.count == 1 && p.isCapitalized))
                } ?? false
                if !isAbbrev, j >= n || tokens[j].isCapitalized || tokens[j].kind == .number || isOpener(tokens[j].text) {
                    end = j
                }
            } else if t.kind == .word, t.text.hasSuffix("."), t.text.count > 2, i + 1 < n,
                      tokens[i + 1].isCapitalized, !isInitialism(t.text) {
                end = i + 1
            }
            if end > 0 {
                out.append(start..<end)
                start = end
                i = end
            } else {
                i += 1
            }
        }
        if start < n { out.append(start..<n) }
        return out
    }

    /// "U.S." style words that end with a dot but rarely end a sentence mid-paragraph.
    static func isInitialism(_ w: String) -> Bool { w.count <= 5 }

    static func isCloser(_ p: String) -> Bool { p == "\"" || p == "\u{201D}" || p == "'" || p == "\u{2019}" || p == ")" }

    static func isOpener(_ p: String) -> Bool { p == "\"" || p == "\u{201C}" || p == "(" || p == "'" || p == "\u{2018}" }
}
