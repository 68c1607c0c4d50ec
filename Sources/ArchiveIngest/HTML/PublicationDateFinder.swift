/// Finds when the article was published, most trusted evidence first: JSON-LD, meta tags,
/// `<time>` elements near the headline, a date written near the headline, a date in the URL.
/// Returns nil rather than guess: a modification date or a date elsewhere on the page is not
/// the publication date.
enum PublicationDateFinder {
    /// Meta names that name the publication date explicitly (lowercased `name`, `property` or
    /// `itemprop`), trusted above JSON-LD.
    static let publishedMetaKeys = [
        "article:published_time", "og:published_time", "article:published", "og:article:published_time",
        "publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
        "dc.date.issued", "dcterms.issued", "parsely-pub-date", "sailthru.date", "article.published",
        "published_time", "published-date", "citation_publication_date", "originalpublicationdate",
        "article_date_original", "cxenseparse:recs:publishtime", "og:pubdate", "article:post_date",
        "prism.publicationdate", "release_date", "live_date",
    ]

    /// Meta names that hold "a date" of the page, usually but not always the publication date;
    /// trusted below JSON-LD.
    static let genericMetaKeys = [
        "datepublished", "date", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "citation_date", "displaydate",
        "datecreated", "date.available", "created",
    ]

    static func find(tree: PageTree, metadata: PageMetadata, url: String?, storyStart: Int?) -> (String, String)? {
        let anchor = headlineNode(tree: tree, metadata: metadata) ?? storyStart ?? 0
        let visible = visibleDate(tree: tree, metadata: metadata, anchor: anchor)
        let urlDate = url.flatMap(dateInURL)
        guard let (date, source) = declaredDate(metadata) ?? visible else {
            return urlDate.map { ($0, "url") }
        }
        // A timestamp in UTC can fall on the day before or after the local calendar date that
        // readers see; the URL (written by the publisher's system) or the visible dateline show
        // the local day.
        let day = String(date.prefix(10))
        if let urlDate, daysApart(urlDate, day) == 1 { return (urlDate, "url") }
        if isUTC(date), let visible, daysApart(String(visible.0.prefix(10)), day) == 1 { return visible }
        return (date, source)
    }

    private static func declaredDate(_ metadata: PageMetadata) -> (String, String)? {
        for key in publishedMetaKeys {
            if let raw = metadata.meta[key], let iso = DateParsing.iso(from: raw) { return (iso, "meta") }
        }
        if let raw = metadata.jsonLD?.datePublished, let iso = DateParsing.iso(from: raw) { return (iso, "json-ld") }
        for key in genericMetaKeys {
            if let raw = metadata.meta[key], let iso = DateParsing.iso(from: raw) { return (iso, "meta") }
        }
        return nil
    }

    private static func visibleDate(tree: PageTree, metadata: PageMetadata, anchor: Int) -> (String, String)? {
        if let time = timeElement(tree: tree, metadata: metadata, anchor: anchor) { return (time, "time") }
        if let text = dateNear(tree: tree, anchor: anchor) { return (text, "text") }
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
        let (y0, m, d) = (parts[0], parts[1], parts[2])
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
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

    /// `itemprop=datePublished` first; else the first `<time>` after the headline (or before it,
    /// within a short distance), skipping comments and related-article lists.
    private static func timeElement(tree: PageTree, metadata: PageMetadata, anchor: Int) -> String? {
        var zones = FurnitureZones(tree: tree)
        var best: (distance: Int, iso: String)?
        for (node, value, text) in metadata.timeElements {
            guard let iso = value.flatMap(DateParsing.iso(from:)) ?? DateParsing.firstDate(in: text) else { continue }
            if let prop = tree.attribute(.itemprop, of: node)?.lowercased(), prop == "datepublished" { return iso }
            guard !zones.contains(node) else { continue }
            let distance = node >= anchor ? node - anchor : (anchor - node) * 3
            if best == nil || distance < best!.distance { best = (distance, iso) }
        }
        guard let best, best.distance < 3000 else { return nil }
        return best.iso
    }

    /// The date written closest to the headline: in the text after it (a dateline, "Published
    /// ...") or shortly before it (a date above the headline). Neighbouring text nodes are read
    /// together, since pages split dates over elements (`<span>26</span> Okt 2018`).
    private static func dateNear(tree: PageTree, anchor: Int) -> String? {
        let nodes = tree.nodes
        var pieces: [String] = []
        var seen = 0
        var i = anchor
        var forward: (String, Int)?
        var length = 0
        var zones = FurnitureZones(tree: tree)
        while i < nodes.count && seen < 150 {
            if nodes[i].tag == .text, nodes[i].text.utf8.count > 1, !zones.contains(i) {
                let t = nodes[i].text
                seen += 1
                pieces.append(t)
                // Only text with digits can complete a date; a date inside a long paragraph is
                // an event of the story, not a dateline.
                if hasDigit(t), !inLongBlock(tree, i),
                   let d = DateParsing.firstDate(in: pieces.suffix(3).joined(separator: " ")) {
                    forward = (d, length)
                    break
                }
                length += t.utf8.count
            }
            i += 1
        }
        pieces = []
        seen = 0
        i = anchor - 1
        var backward: (String, Int)?
        length = 0
        while i >= 0 && seen < 25 {
            if nodes[i].tag == .text, nodes[i].text.utf8.count > 1 {
                let t = nodes[i].text
                seen += 1
                pieces.append(t)
                length += t.utf8.count
                if hasDigit(t), let d = DateParsing.firstDate(in: pieces.suffix(3).reversed().joined(separator: " ")) {
                    backward = (d, length)
                    break
                }
            }
            i -= 1
        }
        switch (forward, backward) {
        case let (f?, b?): return b.1 * 2 < f.1 ? b.0 : f.0
        case let (f?, nil): return f.0
        case let (nil, b?): return b.0
        default: return nil
        }
    }

    /// Whether the nearest block around a text node holds more than 200 bytes of text.
    private static func inLongBlock(_ tree: PageTree, _ node: Int) -> Bool {
        var b = Int(tree.nodes[node].parent)
        while b >= 0 && !tree.nodes[b].tag.isBlock { b = Int(tree.nodes[b].parent) }
        guard b >= 0 else { return false }
        var bytes = 0
        for k in b..<Int(tree.nodes[b].end) where tree.nodes[k].tag == .text {
            bytes += tree.nodes[k].text.utf8.count
            if bytes > 200 { return true }
        }
        return false
    }

    private static func hasDigit(_ s: String) -> Bool {
        s.utf8.contains { $0 >= 48 && $0 <= 57 }
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
