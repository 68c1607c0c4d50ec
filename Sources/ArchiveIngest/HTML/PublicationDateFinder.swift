/// Finds when the article was published, most trusted evidence first, in the order of htmldate's
/// heuristics: the publication date the page declares (meta tags, then JSON-LD), a full date in
/// the URL, a `<time>` element or a written date near the headline, and only then guesses: the
/// declared modification date, a labelled date anywhere ("Stand: 09.10.2017"), a dated link or
/// redirect, the most frequent date. A modification date never replaces a publication date.
/// Nothing depends on today's date: results do not change from one run to the next.
enum PublicationDateFinder {
    /// Meta names that name the publication date explicitly (lowercased `name`, `property` or
    /// `itemprop`), trusted first.
    static let publishedMetaKeys = [
        "article:published_time", "og:published_time", "article:published", "og:article:published_time",
        "publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
        "dc.date.issued", "dcterms.issued", "parsely-pub-date", "sailthru.date", "article.published",
        "published_time", "published-date", "citation_publication_date", "originalpublicationdate",
        "article_date_original", "cxenseparse:recs:publishtime", "og:pubdate", "article:post_date",
        "prism.publicationdate", "release_date", "live_date", "article:publicationdate", "date_published",
        "dc.date.publication", "rnews:datepublished", "shareaholic:article_published_time", "bt:pubdate",
        "dateposted", "article.created",
    ]

    /// Meta names that hold "a date" of the page, usually the publication date. Like htmldate,
    /// they are read before JSON-LD (a page's head is its own statement); when they disagree
    /// with JSON-LD, the date the reader sees decides (see ``corroborated``).
    static let genericMetaKeys = [
        "datepublished", "date", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "dc:date",
        "dc.created", "dc:created", "citation_date", "displaydate", "datecreated", "date.available", "created",
    ]

    /// Meta names of the last modification: never the publication date, but a better guess than
    /// a date picked from the page's text when nothing else is declared or shown.
    static let modifiedMetaKeys = [
        "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified", "dc.modified",
        "dcterms.modified", "modified_time", "updated_time", "last-modified", "lastmodified", "dateupdated",
    ]

    static func find(tree: PageTree, metadata: PageMetadata, url: String?, storyStart: Int?,
                     html: String? = nil) -> (String, String)? {
        let anchor = headlineNode(tree: tree, metadata: metadata) ?? storyStart ?? 0
        let declared = declaredDates(metadata)
        var visible = visibleDate(tree: tree, metadata: metadata, anchor: anchor)
        // The headline may be a logo far above the story (a blog's name): try from the story too.
        if visible == nil, let storyStart, storyStart != anchor {
            visible = VisibleDates.dateNear(tree: tree, anchor: storyStart, dayFirst: metadata.writesDayFirst).map { ($0.iso, "text") }
        }
        let urlDate = url.flatMap(dateInURL)

        guard let (date, source) = corroborated(declared, visible: visible?.0) else {
            if let urlDate { return (urlDate, "url") }
            if let visible { return visible }
            if let modified = modifiedDate(metadata) { return modified }
            return PageWideDates.guess(tree: tree, html: html, dayFirst: metadata.writesDayFirst)
        }
        // A visible date that confirms the declared day settles it (a slug's date can be the day
        // the story was drafted). Otherwise a timestamp in UTC can fall on the day before or after
        // the local calendar date that readers see; the URL (written by the publisher's system)
        // or the visible dateline show the local day.
        let day = String(date.prefix(10))
        if let visible, visible.0.hasPrefix(day) { return (date, source) }
        if let urlDate, daysApart(urlDate, day) == 1 { return (urlDate, "url") }
        if isUTC(date), let visible, daysApart(String(visible.0.prefix(10)), day) == 1 { return visible }
        return (date, source)
    }

    /// A publication date the page declares in its metadata.
    struct Declared {
        var iso: String
        /// `meta` or `json-ld`.
        var source: String
        /// Named explicitly as the publication date (`article:published_time`...), not just "a date".
        var explicit: Bool
    }

    /// The `<time>` element near the headline, unless a written dateline sits much closer to the
    /// headline than the nearest `<time>` (which then belongs to a list further down the page).
    static func visibleDate(tree: PageTree, metadata: PageMetadata, anchor: Int) -> (String, String)? {
        let time = VisibleDates.timeElement(tree: tree, metadata: metadata, anchor: anchor)
        if let time, time.marked || abs(time.node - anchor) <= 150 { return (time.iso, "time") }
        let written = VisibleDates.dateNear(tree: tree, anchor: anchor, dayFirst: metadata.writesDayFirst)
        if let time, let written, abs(written.node - anchor) * 3 > abs(time.node - anchor) { return (time.iso, "time") }
        if let written { return (written.iso, "text") }
        return time.map { ($0.iso, "time") }
    }

    /// The publication dates the page declares, most trusted first: explicit meta tags, generic
    /// meta dates, JSON-LD `datePublished` (or `dateCreated`).
    static func declaredDates(_ metadata: PageMetadata) -> [Declared] {
        var found: [Declared] = []
        for key in publishedMetaKeys {
            if let raw = metadata.meta[key], let iso = DateParsing.iso(from: raw) { found.append(Declared(iso: iso, source: "meta", explicit: true)) }
        }
        for key in genericMetaKeys {
            if let raw = metadata.meta[key], let iso = DateParsing.iso(from: raw) { found.append(Declared(iso: iso, source: "meta", explicit: false)) }
        }
        if let raw = metadata.jsonLD?.datePublished, let iso = DateParsing.iso(from: raw) {
            found.append(Declared(iso: iso, source: "json-ld", explicit: false))
        }
        return found
    }

    /// The first declared date, unless it is only "a date" of the page, the declarations
    /// disagree, and the date the reader sees near the headline is one of them: then that one
    /// (a generic `date` meta tag can carry the last edit while JSON-LD and the dateline agree
    /// on the publication day). A date declared explicitly as the publication date stands.
    static func corroborated(_ declared: [Declared], visible: String?) -> (String, String)? {
        guard let first = declared.first else { return nil }
        guard let visible, !first.explicit else { return (first.iso, first.source) }
        let seen = String(visible.prefix(10))
        let agreeing = declared.first { $0.iso.hasPrefix(seen) } ?? first
        return (agreeing.iso, agreeing.source)
    }

    /// The declared last modification, for pages that declare nothing else.
    static func modifiedDate(_ metadata: PageMetadata) -> (String, String)? {
        for key in modifiedMetaKeys {
            if let raw = metadata.meta[key], let iso = DateParsing.iso(from: raw) { return (iso, "modified") }
        }
        if let raw = metadata.jsonLD?.dateModified, let iso = DateParsing.iso(from: raw) { return (iso, "modified") }
        return nil
    }

    private static func isUTC(_ iso: String) -> Bool {
        iso.hasSuffix("Z") || iso.hasSuffix("+00:00")
    }

    /// Whole days between two `YYYY-MM-DD` dates.
    static func daysApart(_ a: String, _ b: String) -> Int {
        guard let x = dayNumber(a), let y = dayNumber(b) else { return Int.max }
        return abs(x - y)
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` date (the proleptic Gregorian calendar).
    static func dayNumber(_ s: String) -> Int? {
        let parts = s.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return CivilCalendar.dayNumber(year: parts[0], month: parts[1], day: parts[2])
    }

    /// The `<h1>`, else the first `<h2>`/`<h3>` whose text is the page's declared title.
    private static func headlineNode(tree: PageTree, metadata: PageMetadata) -> Int? {
        if let h1 = metadata.h1 { return h1.node }
        guard let declared = metadata.value("og:title", "twitter:title") ?? metadata.jsonLD?.headline
            ?? metadata.titleTag else { return nil }
        let title = TitleChooser.fold(declared)
        for i in tree.nodes.indices where tree.nodes[i].tag == .h2 || tree.nodes[i].tag == .h3 {
            let t = TitleChooser.fold(tree.plainText(of: i))
            if t.utf8.count >= 8 && title.hasBytes(t) { return i }
        }
        return nil
    }

    /// `/2019/11/19/`, `/2019-11-19`, `/20191119/` in the page's URL.
    static func dateInURL(_ url: String) -> String? {
        let b = Array(url.utf8)
        func digits(_ at: Int, _ n: Int) -> Int? {
            guard at >= 0, at + n <= b.count else { return nil }
            var v = 0
            for k in at..<at + n {
                guard b[k] >= 48 && b[k] <= 57 else { return nil }
                v = v * 10 + Int(b[k] - 48)
            }
            return v
        }
        func isDigit(_ at: Int) -> Bool { at >= 0 && at < b.count && b[at] >= 48 && b[at] <= 57 }
        var i = 0
        while i + 8 <= b.count {
            if !isDigit(i - 1), let y = digits(i, 4), (1990...2035).contains(y) {
                let sep = i + 4 < b.count ? b[i + 4] : 0
                if sep == 47 || sep == 45 || sep == 95 || sep == 46, let m = digits(i + 5, 2), i + 7 < b.count,
                   b[i + 7] == sep, let d = digits(i + 8, 2), !isDigit(i + 10),
                   let date = DateParsing.formatted(y, m, d) {
                    return date
                }
                if let m = digits(i + 4, 2), let d = digits(i + 6, 2), !isDigit(i + 8),
                   let date = DateParsing.formatted(y, m, d) {
                    return date
                }
            }
            i += 1
        }
        return nil
    }
}
