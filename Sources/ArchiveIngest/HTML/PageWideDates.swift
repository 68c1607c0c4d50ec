/// Last-resort guesses for a page that declares no date and shows none near a headline (home
/// pages, pages rendered by scripts, redirect stubs), in htmldate's spirit: a labelled date
/// anywhere ("Stand: 09.10.2017", "Published: ...", even in a footer), else the most frequent
/// date in the page's URLs (links, a redirect target), else the most frequent date in its text.
/// Only runs when everything better failed, so its cost does not matter for ordinary pages.
enum PageWideDates {
    static func guess(tree: PageTree, html: String?, dayFirst: Bool = false) -> (String, String)? {
        if let labelled = labelledDate(tree, dayFirst: dayFirst) { return (labelled, "label") }
        if let html, let linked = mostFrequentURLDate(html) { return (linked, "links") }
        if let common = mostFrequentTextDate(tree, dayFirst: dayFirst) { return (common, "page") }
        return nil
    }

    /// Words that introduce the date a page was published or last brought up to date, in the
    /// languages the reader knows (German "Stand" is "as of").
    static let labels = [
        "stand", "veröffentlicht", "erstellt", "publiziert", "datum", "aktualisiert", "zuletzt",
        "published", "posted", "updated", "date", "last modified", "publié", "mis à jour", "publicado",
        "actualizado", "pubblicato", "aggiornato", "gepubliceerd", "opublikowano",
    ]

    /// The first date in the page that directly follows one of ``labels`` (at most three words
    /// between them: "Stand: 09.10.2017", "Published on March 4, 2021", "Erstellt am: 30.01.2022").
    /// Dates outside comments, sidebars and footers come first; a footer's "Stand:" (as of) line
    /// is the fallback.
    static func labelledDate(_ tree: PageTree, dayFirst: Bool = false) -> String? {
        var zones = FurnitureZones(tree: tree)
        var inFurniture: String?
        for (i, node) in tree.nodes.enumerated() where node.tag == .text && node.text.utf8.count < 300
            && VisibleDates.hasDigit(node.text) && !VisibleDates.inScript(tree, i) {
            guard let date = labelled(node.text, dayFirst: dayFirst) else { continue }
            if !zones.contains(i) { return date }
            if inFurniture == nil { inFurniture = date }
        }
        return inFurniture
    }

    /// The date right after a label in one piece of text.
    static func labelled(_ text: String, dayFirst: Bool = false, labels: [String] = labels) -> String? {
        let lower = text.lowercased()
        for label in labels where lower.hasBytes(label) {
            var from = lower.startIndex
            while let r = lower.range(of: label, range: from..<lower.endIndex) {
                from = r.upperBound
                let before = r.lowerBound > lower.startIndex ? lower[lower.index(before: r.lowerBound)] : " "
                let after = r.upperBound < lower.endIndex ? lower[r.upperBound] : " "
                guard !before.isLetter, !after.isLetter else { continue }
                let rest = String(lower[r.upperBound...].prefix(48))
                if VisibleDates.wordsBeforeDigit(rest) <= 3, let date = DateParsing.firstDate(in: rest, dayFirst: dayFirst) { return date }
            }
        }
        return nil
    }

    /// Dates written as URL path segments anywhere in the HTML (`/2020/04/28/`, `/20200428/`,
    /// `/2020-04-28`): the most frequent, the first on a tie.
    static func mostFrequentURLDate(_ html: String) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        var html = html
        html.withUTF8 { b in
            func digits(_ at: Int, _ n: Int) -> Int? { ASCIIText.number(b, at: at, count: n) }
            func isDigit(_ at: Int) -> Bool { at < b.count && b[at] >= 48 && b[at] <= 57 }
            var i = 0
            while i + 10 < b.count {
                defer { i += 1 }
                guard b[i] == 47, let y = digits(i + 1, 4), (1995...2035).contains(y) else { continue }
                var date: String?
                let sep = b[i + 5]
                if sep == 47 || sep == 45, let m = digits(i + 6, 2), i + 8 < b.count, b[i + 8] == sep,
                   let d = digits(i + 9, 2), !isDigit(i + 11) {
                    date = DateParsing.formatted(y, m, d)
                } else if let m = digits(i + 5, 2), let d = digits(i + 7, 2), i + 9 < b.count, b[i + 9] == 47 {
                    date = DateParsing.formatted(y, m, d)
                }
                if let date { counts[date, default: (0, i)].count += 1 }
            }
        }
        return mostFrequent(counts)
    }

    /// The date written most often in the page's text (not in scripts), the first on a tie.
    static func mostFrequentTextDate(_ tree: PageTree, dayFirst: Bool = false) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        for (i, node) in tree.nodes.enumerated() where node.tag == .text && node.text.utf8.count < 2000 {
            guard VisibleDates.hasDigit(node.text), !VisibleDates.inScript(tree, i), let date = DateParsing.firstDate(in: node.text, dayFirst: dayFirst) else { continue }
            counts[String(date.prefix(10)), default: (0, i)].count += 1
        }
        return mostFrequent(counts)
    }

    /// The date counted most often; on a tie, the one seen first.
    private static func mostFrequent(_ counts: [String: (count: Int, first: Int)]) -> String? {
        counts.max { a, b in a.value.count < b.value.count || (a.value.count == b.value.count && a.value.first > b.value.first) }?.key
    }
}
