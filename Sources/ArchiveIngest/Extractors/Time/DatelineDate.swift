/// Recognizes the date of a wire dateline ("MEXICO CITY, Jan 12 (Reuters) - ...",
/// "NICOSIA, August 8 (Xinhua) --"): it restates the publication date and is not an event.
enum DatelineDate {
    /// True when `m` sits at the head of one of the first paragraphs, after only capitalized
    /// place words and commas, and is followed by an optional "(Agency)" and a dash.
    static func holds(_ m: TimeMention, tokens: [Token], paragraphs: [TextSpan]) -> Bool {
        let startOffset = tokens[m.first].start
        guard let paragraph = paragraphs.prefix(3).first(where: { $0.start <= startOffset && startOffset < $0.end }) else {
            return false
        }
        // What comes before: a place ("WASHINGTON", "Mexico City", "INDEPENDENCE, Mo.").
        var i = m.first - 1
        var words = 0
        while i >= 0, tokens[i].start >= paragraph.start {
            let t = tokens[i]
            if t.kind == .word, t.isCapitalized { words += 1 } else if t.text != "," && t.text != "." { return false }
            if words > 6 { return false }
            i -= 1
        }
        // What follows: "(Reuters)" then a dash, or a dash directly (after a place).
        var j = m.end
        let hasAgency = j < tokens.count && tokens[j].text == "("
        guard words >= 1 || hasAgency else { return false }
        if hasAgency {
            var k = j + 1
            while k < tokens.count, k - j <= 5, tokens[k].text != ")" { k += 1 }
            guard k < tokens.count, tokens[k].text == ")" else { return false }
            j = k + 1
        }
        guard j < tokens.count else { return false }
        let d = tokens[j].text
        return d == "-" || d == "\u{2013}" || d == "\u{2014}" || d == "_" || d == ":"
    }
}
