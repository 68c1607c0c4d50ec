/// Picks the headline as readers see it: the page's `<h1>` (unless it is the site's logo), else
/// the heading the title tags repeat, else OpenGraph/Twitter title, JSON-LD headline, `<title>`
/// (those are often SEO variants of the headline); then strips a site-name prefix or suffix
/// (`Headline | Site`, `Site - Headline`).
enum TitleChooser {
    static func choose(_ m: PageMetadata, siteName: String?, url: String?) -> String? {
        let title = m.pageH1 ?? m.h1?.text ?? m.value("og:title", "twitter:title") ?? m.jsonLD?.headline ?? m.titleTag
        guard let raw = title?.trimmingSpaces, !raw.isEmpty else { return nil }
        return stripSiteName(raw, siteName: siteName, url: url)
    }

    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " • ", " ~ "]

    static func stripSiteName(_ title: String, siteName: String?, url: String?) -> String {
        var t = title
        let site = siteName.map(fold)
        let host = url.flatMap(hostWords)
        for _ in 0..<2 {
            var changed = false
            for sep in separators {
                if let r = t.range(of: sep, options: .backwards) {
                    let tail = String(t[r.upperBound...])
                    let head = String(t[..<r.lowerBound])
                    if isSiteName(tail, site: site, host: host) && head.count >= 8 { t = head; changed = true; break }
                }
                if let r = t.range(of: sep) {
                    let head = String(t[..<r.lowerBound])
                    let tail = String(t[r.upperBound...])
                    if isSiteName(head, site: site, host: host) && tail.count >= 8 { t = tail; changed = true; break }
                }
            }
            if !changed { break }
        }
        return t.trimmingSpaces
    }

    private static func isSiteName(_ part: String, site: String?, host: String?) -> Bool {
        let p = fold(part)
        guard !p.isEmpty else { return false }
        if let site, !site.isEmpty, site == p || site.hasBytes(p) || p.hasBytes(site) { return true }
        let compact = p.filter { $0.isLetter || $0.isNumber }
        if let host, compact.count >= 3, host.hasBytes(compact) { return true }
        return false
    }

    /// `www.example-news.co.uk` -> `examplenewscouk`.
    private static func hostWords(_ url: String) -> String? {
        guard let start = url.range(of: "://") else { return nil }
        let host = url[start.upperBound...].prefix { $0 != "/" }
        return String(host.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    static func fold(_ s: String) -> String {
        s.lowercased().trimmingSpaces
    }
}
