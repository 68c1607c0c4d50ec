/// Author names from JSON-LD, meta tags (`author`, `article:author`, parse.ly, sailthru, Dublin
/// Core), author elements, or else a short visible byline ("By Ann Lee and Bo Kim"); "By "
/// prefixes stripped, URLs, handles and duplicates dropped.
enum AuthorNames {
    static func from(_ m: PageMetadata) -> [String] {
        var raw = m.jsonLD?.authors ?? []
        if raw.isEmpty, let v = m.value("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                                         "dcterms.creator", "byl", "citation_author") {
            raw = [v]
        }
        if raw.isEmpty { raw = m.authorElements }
        var names = clean(raw)
        if names.isEmpty, let byline = m.bylines.first { names = clean(split(byline)) }
        return names
    }

    private static let prefixes = ["by ", "von ", "par ", "por ", "door ", "di ", "da ", "autor:", "author:", "text:"]

    private static func clean(_ raw: [String]) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for r in raw {
            var n = r.trimmingSpaces
            for prefix in prefixes where n.lowercased().hasPrefix(prefix) {
                n = String(n.dropFirst(prefix.count)).trimmingSpaces
            }
            n = String(n.drop { "|-–—:·".contains($0) || $0 == " " }).trimmingSpaces
            guard !n.isEmpty, n.count < 80, !n.hasPrefix("http"), !n.hasBytes("@") else { continue }
            // "example.org" or "jane.doe" is a site or a login, not a name.
            if !n.hasBytes(" ") && n.hasBytes(".") { continue }
            if seen.insert(n.lowercased()).inserted { names.append(n) }
        }
        return names
    }

    /// A visible byline becomes names only when it is short and holds no digits (no dates).
    private static func split(_ byline: String) -> [String] {
        let words = byline.split(separator: " ")
        guard words.count <= 8, !byline.unicodeScalars.contains(where: { $0.properties.numericType != nil }) else {
            return []
        }
        var parts = [byline]
        for separator in [" and ", " und ", " et ", " y ", " e ", ", ", " & "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts
    }
}
