/// Author names from JSON-LD, meta tags (`author`, `article:author`, parse.ly, sailthru, Dublin
/// Core) or author elements; "By " prefixes stripped, URLs and duplicates dropped.
enum AuthorNames {
    static func from(_ m: PageMetadata) -> [String] {
        var raw = m.jsonLD?.authors ?? []
        if raw.isEmpty, let v = m.value("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                                         "dcterms.creator", "byl", "citation_author") {
            raw = [v]
        }
        if raw.isEmpty { raw = m.authorElements }
        var seen = Set<String>()
        var names: [String] = []
        for r in raw {
            var n = r.trimmingSpaces
            for prefix in ["By ", "by ", "BY ", "Von ", "von ", "Par ", "Por "] where n.hasPrefix(prefix) {
                n = String(n.dropFirst(prefix.count))
            }
            guard !n.isEmpty, n.count < 80, !n.hasPrefix("http"), !n.hasBytes("@") else { continue }
            if seen.insert(n.lowercased()).inserted { names.append(n) }
        }
        return names
    }
}
