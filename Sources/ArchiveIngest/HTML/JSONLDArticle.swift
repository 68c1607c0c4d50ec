import Foundation

/// What a page's JSON-LD says about its article (`NewsArticle`, `Article`, `BlogPosting`...,
/// also inside `@graph` arrays), plus the publisher's name from any object.
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String] = []
    var publisher: String?
    var url: String?
    /// The `@type` had an article type (not just a WebPage or Organization).
    var isArticle = false

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle", "liveblogposting",
        "socialmediaposting", "report", "posting", "review", "creativework", "medicalwebpage", "webpage",
    ]

    /// Merges every JSON-LD script of the page: an article object beats a WebPage for each field.
    static func read(_ scripts: [String]) -> JSONLDArticle? {
        var best: JSONLDArticle?
        var bestRank = -1
        var publisher: String?
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
                if let salvaged = salvage(script), bestRank < 0 { best = salvaged; bestRank = 0 }
                continue
            }
            var objects: [[String: Any]] = []
            flatten(json, into: &objects, depth: 0)
            // `@graph` entries refer to each other by `@id` (Yoast: "author": {"@id": "#/person/1"}).
            var byID: [String: [String: Any]] = [:]
            for object in objects {
                if let id = object["@id"] as? String, object.count > 1 { byID[id] = object }
            }
            func names(_ value: Any?) -> [String] { Self.names(value, byID: byID, depth: 0) }
            for object in objects {
                let types = typeNames(object)
                guard let type = types.first(where: articleTypes.contains) else { continue }
                let rank = type == "webpage" || type == "medicalwebpage" || type == "creativework" ? 1 : 2
                var found = JSONLDArticle()
                found.isArticle = rank == 2
                found.headline = (object["headline"] as? String) ?? (object["name"] as? String)
                found.datePublished = object["datePublished"] as? String ?? object["dateCreated"] as? String
                found.dateModified = object["dateModified"] as? String
                found.authors = names(object["author"]) + names(object["creator"])
                found.publisher = names(object["publisher"]).first
                found.url = (object["url"] as? String) ?? ((object["mainEntityOfPage"] as? [String: Any])?["@id"] as? String)
                if rank > bestRank || (rank == bestRank && best?.datePublished == nil && found.datePublished != nil) {
                    if let previous = best, rank > bestRank {
                        found.publisher = found.publisher ?? previous.publisher
                        found.datePublished = found.datePublished ?? previous.datePublished
                    }
                    best = found
                    bestRank = rank
                } else if var b = best {
                    b.publisher = b.publisher ?? found.publisher
                    if b.authors.isEmpty { b.authors = found.authors }
                    best = b
                }
            }
            for object in objects where publisher == nil {
                let types = typeNames(object)
                if types.contains("organization") || types.contains("newsmediaorganization") {
                    publisher = object["name"] as? String
                }
            }
        }
        if var b = best, b.publisher == nil { b.publisher = publisher; best = b }
        return best
    }

    private static func flatten(_ json: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 6 else { return }
        if let array = json as? [Any] {
            for item in array { flatten(item, into: &objects, depth: depth + 1) }
        } else if let object = json as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { flatten(graph, into: &objects, depth: depth + 1) }
            if let main = object["mainEntity"] { flatten(main, into: &objects, depth: depth + 1) }
        }
    }

    private static func typeNames(_ object: [String: Any]) -> [String] {
        if let t = object["@type"] as? String { return [t.lowercased()] }
        if let ts = object["@type"] as? [Any] { return ts.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    /// Names from a string, a `{name: ...}` object (or an `@id` reference to one), or an array.
    private static func names(_ value: Any?, byID: [String: [String: Any]], depth: Int) -> [String] {
        guard depth < 4 else { return [] }
        if let s = value as? String { return s.hasPrefix("http") ? [] : [s] }
        if let o = value as? [String: Any] {
            if let n = o["name"] as? String { return [n] }
            if let n = o["name"] as? [Any] { return names(n, byID: byID, depth: depth + 1) }
            if let id = o["@id"] as? String, let target = byID[id], target["@id"] as? String == id, target["name"] != nil {
                return names(target, byID: byID, depth: depth + 1)
            }
            return []
        }
        if let a = value as? [Any] { return a.flatMap { names($0, byID: byID, depth: depth + 1) } }
        return []
    }

    /// Broken JSON (stray control characters, trailing commas) still often holds
    /// `"datePublished": "..."` verbatim; take that much.
    private static func salvage(_ script: String) -> JSONLDArticle? {
        func field(_ key: String) -> String? {
            guard let r = script.range(of: "\"\(key)\"") else { return nil }
            let rest = script[r.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\n" || $0 == "\t" }
            guard rest.first == "\"" else { return nil }
            let value = rest.dropFirst().prefix { $0 != "\"" }
            return value.isEmpty ? nil : String(value)
        }
        var found = JSONLDArticle()
        found.datePublished = field("datePublished")
        found.dateModified = field("dateModified")
        found.headline = field("headline")
        return found.datePublished == nil && found.headline == nil ? nil : found
    }
}
