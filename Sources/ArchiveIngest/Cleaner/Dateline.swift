/// The dateline that opens a wire story: "MEXICO CITY, Jan 12 (Reuters) - ", "WASHINGTON (AP) — ",
/// "SIOUX FALLS, S.D. – ", "(Reuters) - ". The place, the wire tag and the month/day are read;
/// the dateline stays in the body (it is part of the story's first sentence).
struct Dateline: Sendable, Equatable {
    var place: String?
    /// The wire tag as written: "Reuters", "AP", "AFP".
    var tag: String?
    var month: Int?
    var day: Int?
    /// A full date written in the dateline, if any ("Jan. 12, 2026").
    var date: HeaderDate?

    /// Where the dateline ends: the first " - ", " -- ", or en/em dash (spaced or not).
    static func firstDash(_ s: Substring) -> String.Index? {
        let u = s.unicodeScalars
        var i = u.startIndex
        var previous: Unicode.Scalar = "x"
        while i < u.endIndex {
            let c = u[i]
            if c == "\u{2013}" || c == "\u{2014}" {
                return previous == " " ? u.index(before: i) : i
            }
            if c == "-" && previous == " " {
                let next = u.index(after: i)
                if next < u.endIndex && (u[next] == " " || u[next] == "-") { return u.index(before: i) }
            }
            previous = c
            i = u.index(after: i)
        }
        return nil
    }

    static func parse(_ paragraph: String) -> Dateline? {
        let head = paragraph.prefix(120)
        guard let cut = firstDash(head), cut > head.startIndex else { return nil }
        var prefix = PageLines.trim(head[head.startIndex..<cut])
        guard prefix.count <= 80 else { return nil }
        var result = Dateline()
        if prefix.hasSuffix(")"), let open = prefix.lastIndex(of: "(") {
            let inner = String(PageLines.trim(prefix[prefix.index(after: open)..<prefix.index(before: prefix.endIndex)]))
            let words = inner.split(separator: " ")
            guard !words.isEmpty, words.count <= 4, inner.count <= 40, inner.first?.isUppercase ?? false,
                  !inner.contains(where: { $0.isNumber }) else { return nil }
            result.tag = inner
            prefix = prefix[prefix.startIndex..<open]
        }
        var place = String(PageLines.trim(prefix))
        if let full = HeaderDate.parse(place) {
            result.date = full
            place = prefixBefore(place, at: full.range.lowerBound)
        } else if let md = HeaderDate.monthDay(place) {
            result.month = md.month
            result.day = md.day
            place = prefixBefore(place, at: md.range.lowerBound)
        }
        while let last = place.last, last == "," || last == " " { place.removeLast() }
        if place.isEmpty {
            return result.tag != nil ? result : nil
        }
        guard isPlace(place, strict: result.tag == nil && result.date == nil && result.month == nil) else { return nil }
        result.place = place
        return result
    }

    private static func prefixBefore(_ s: String, at codePoint: Int) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.prefix(codePoint)))
    }

    /// A place name: capitalized words (or abbreviations like "S.D."), a comma or two; with no tag or
    /// date to confirm it, it must be all caps or at most three words.
    static func isPlace(_ s: String, strict: Bool) -> Bool {
        let words = s.split(whereSeparator: { $0 == " " || $0 == "," })
        guard !words.isEmpty, words.count <= 6 else { return false }
        var allCaps = true
        for w in words {
            guard let f = w.first, f.isUppercase || (["de", "la", "del", "el", "al", "du", "upon", "on"].contains(w.lowercased()) && w != words.first!) else { return false }
            if w.contains(where: { $0.isLowercase }) { allCaps = false }
            if w.contains(where: { $0.isNumber }) { return false }
            // "PanARMENIAN.Net" is a site name, "S.D." and "D.C." are places
            let mixed = w.dropFirst().contains(where: { $0.isUppercase }) && w.contains(where: { $0.isLowercase })
            if mixed && !w.contains("-") && !w.contains("'") { return false }
        }
        if strict { return allCaps || words.count <= 3 }
        return true
    }
}
