/// Pages saved or mailed as plain text are often hard-wrapped: every paragraph broken into lines
/// of at most ~70-80 columns. The cleaner decides per paragraph, so such lines are rejoined first.
enum HardWrap {
    /// The wrap width when the page looks hard-wrapped, else nil: many lines of 45+ columns, none
    /// longer than 100, and most of the long ones followed directly by another line.
    static func width(_ lines: [Substring?]) -> Int? {
        var longest = 0, long = 0, continued = 0
        for (i, line) in lines.enumerated() {
            guard let line else { continue }
            let n = line.unicodeScalars.count
            if n > 100 { return nil }
            longest = max(longest, n)
            if n >= 45 {
                long += 1
                if i + 1 < lines.count, lines[i + 1] != nil { continued += 1 }
            }
        }
        guard long >= 6, continued * 10 >= long * 6 else { return nil }
        return longest
    }

    /// Whether `next` continues the paragraph of `line`: the next line's first word would have fit
    /// on this line had the writer not wrapped it, and the next line is not a list item.
    static func continues(_ line: Substring, with next: Substring, width: Int) -> Bool {
        guard let first = next.unicodeScalars.first, !PageLine.isBulletGlyph(first) || next.unicodeScalars.dropFirst().first != " " else {
            return false
        }
        let firstWord = next.unicodeScalars.prefix(while: { $0 != " " }).count
        return line.unicodeScalars.count + 1 + firstWord > width - 2
    }
}
