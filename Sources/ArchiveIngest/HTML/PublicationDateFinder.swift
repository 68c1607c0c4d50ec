/// Finds when the article was published, most trusted evidence first: JSON-LD, meta tags,
/// `<time>` elements near the headline, a date written near the headline, a date in the URL.
/// Returns nil rather than guess: a modification date or a date elsewhere on the page is not
/// the publication date.
enum PublicationDateFinder {
    /// Meta names that carry the publication date (lowercased `name`, `property` or `itemprop`).
    static let metaKeys = [
        "article:published_time", "og:published_time", "article:published", "og:article:published_time",
        "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
        "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created",
        "parsely-pub-date", "sailthru.date", "article.published", "published_time", "published-date",
        "citation_publication_date", "citation_date", "originalpublicationdate", "article_date_original",
        "displaydate", "date", "datecreated", "cxenseparse:recs:publishtime", "date.available", "created",
        "og:pubdate", "article:post_date", "release_date", "live_date", "prism.publicationdate",
    ]

    static func find(tree: PageTree, metadata: PageMetadata, url: String?, storyStart: Int?) -> (String, String)? {
        if let raw = metadata.jsonLD?.datePublished, let iso = DateParsing.iso(from: raw) { return (iso, "json-ld") }
        for key in metaKeys {
            if let raw = metadata.meta[key], let iso = DateParsing.iso(from: raw) { return (iso, "meta") }
        }
        let anchor = metadata.h1?.node ?? storyStart ?? 0
        if let time = timeElement(tree: tree, metadata: metadata, anchor: anchor) { return (time, "time") }
        if let text = dateNear(tree: tree, anchor: anchor) { return (text, "text") }
        if let url, let date = dateInURL(url) { return (date, "url") }
        return nil
    }

    /// `itemprop=datePublished` first; else the first `<time>` after the headline (or before it,
    /// within a short distance), skipping comments and related-article lists.
    private static func timeElement(tree: PageTree, metadata: PageMetadata, anchor: Int) -> String? {
        var best: (distance: Int, iso: String)?
        for (node, value, text) in metadata.timeElements {
            guard !inFurnitureList(tree, node) else { continue }
            guard let iso = value.flatMap(DateParsing.iso(from:)) ?? DateParsing.firstDate(in: text) else { continue }
            if let prop = tree.attribute(.itemprop, of: node)?.lowercased(), prop == "datepublished" { return iso }
            let distance = node >= anchor ? node - anchor : (anchor - node) * 3
            if best == nil || distance < best!.distance { best = (distance, iso) }
        }
        guard let best, best.distance < 3000 else { return nil }
        return best.iso
    }

    /// The first date written in the text just after the headline (or shortly before it).
    private static func dateNear(tree: PageTree, anchor: Int) -> String? {
        let nodes = tree.nodes
        var seen = 0
        var i = anchor
        while i < nodes.count && seen < 60 {
            if nodes[i].tag == .text {
                let t = nodes[i].text
                if t.utf8.count > 5, !inFurnitureList(tree, i), let d = DateParsing.firstDate(in: t) { return d }
                if t.utf8.count > 1 { seen += 1 }
            }
            i += 1
        }
        seen = 0
        i = anchor - 1
        while i >= 0 && seen < 15 {
            if nodes[i].tag == .text {
                let t = nodes[i].text
                if t.utf8.count > 5, let d = DateParsing.firstDate(in: t) { return d }
                if t.utf8.count > 1 { seen += 1 }
            }
            i -= 1
        }
        return nil
    }

    /// Whether a node sits in comments, related-article lists, sidebars or footers.
    private static func inFurnitureList(_ tree: PageTree, _ node: Int) -> Bool {
        var p = node
        var depth = 0
        while p >= 0 && depth < 12 {
            switch tree.nodes[p].tag {
            case .footer, .aside, .nav: return true
            default: break
            }
            if let c = tree.attribute(.class, of: p)?.lowercased() ?? tree.attribute(.id, of: p)?.lowercased(),
               c.hasBytes("comment") || c.hasBytes("related") || c.hasBytes("sidebar") || c.hasBytes("footer")
                || c.hasBytes("teaser") || c.hasBytes("recommend") {
                return true
            }
            p = Int(tree.nodes[p].parent)
            depth += 1
        }
        return false
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
