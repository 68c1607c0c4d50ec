/// The metadata a page declares about itself, gathered in one pass over the ``PageTree``:
/// `<title>`, `<meta>` tags (OpenGraph, Dublin Core, parse.ly, sailthru, itemprop...),
/// `<link rel=canonical>`, JSON-LD scripts, the first `<h1>`, `<time>` elements and bylines.
struct PageMetadata {
    var titleTag: String?
    /// Meta values by lowercased `name`/`property`/`itemprop`; the first value wins.
    var meta: [String: String] = [:]
    var canonical: String?
    var jsonLD: JSONLDArticle?
    /// The headline element: the longest `<h1>`-`<h3>` whose text the title tags repeat, else the
    /// first `<h1>` outside navigation (logos are often an `<h1>` too).
    var h1: (text: String, node: Int)?
    private var headings: [(text: String, node: Int, tag: HTMLTag)] = []
    /// `<time>` elements and elements with `itemprop=datePublished`: node, machine value, text.
    var timeElements: [(node: Int, value: String?, text: String)] = []
    /// Text of elements whose class says byline/author (not in comments), first few.
    var bylines: [String] = []
    /// Authors given by `itemprop=author` or `rel=author` elements.
    var authorElements: [String] = []
    /// The page's language: `<html lang>`, else `og:locale` or a `language` meta tag (`de`, `en-US`, `es_PE`).
    var language: String?

    init(tree: PageTree) {
        var scripts: [String] = []
        let nodes = tree.nodes
        var zones = FurnitureZones(tree: tree)
        for i in nodes.indices {
            switch nodes[i].tag {
            case .html where language == nil:
                language = tree.attribute(.lang, of: i)?.trimmingSpaces.nilIfEmpty
            case .title where titleTag == nil:
                let t = tree.plainText(of: i)
                if !t.isEmpty { titleTag = t }
            case .meta:
                guard let content = tree.attribute(.content, of: i) else { continue }
                for key in [tree.attribute(.name, of: i), tree.attribute(.property, of: i), tree.attribute(.itemprop, of: i)] {
                    if let key = key?.lowercased(), !key.isEmpty, meta[key] == nil {
                        let value = content.trimmingSpaces
                        if !value.isEmpty { meta[key] = value }
                    }
                }
            case .link:
                if canonical == nil, let rel = tree.attribute(.rel, of: i)?.lowercased(), rel == "canonical",
                   let href = tree.attribute(.href, of: i), href.hasPrefix("http") {
                    canonical = href
                }
                if let prop = tree.attribute(.itemprop, of: i)?.lowercased(), prop == "url" || prop == "mainentityofpage",
                   meta["itemprop:url"] == nil, let href = tree.attribute(.href, of: i) {
                    meta["itemprop:url"] = href
                }
            case .script:
                let text = tree.plainText(of: i)
                if !text.isEmpty { scripts.append(rawText(tree, i)) }
            case .h1, .h2, .h3:
                guard headings.count < 120 else { break }
                let t = tree.plainText(of: i)
                if t.count >= 4 && !excludedByNav(tree, i) { headings.append((t, i, nodes[i].tag)) }
            case .time:
                let value = tree.attribute(.datetime, of: i)
                timeElements.append((i, value, tree.plainText(of: i)))
            default:
                break
            }
            guard nodes[i].attributeCount > 0, nodes[i].tag != .meta, nodes[i].tag != .text else { continue }
            if let prop = tree.attribute(.itemprop, of: i)?.lowercased() {
                if prop == "datepublished" || prop == "datecreated", nodes[i].tag != .time {
                    timeElements.append((i, tree.attribute(.datetime, of: i) ?? tree.attribute(.content, of: i),
                                         tree.plainText(of: i)))
                }
                if prop == "author" || prop == "creator", authorElements.count < 5 {
                    var name: String? = nil
                    for k in i..<Int(nodes[i].end) where tree.attribute(.itemprop, of: k)?.lowercased() == "name" {
                        name = tree.attribute(.content, of: k) ?? tree.plainText(of: k)
                        break
                    }
                    let n = name ?? tree.plainText(of: i)
                    if !n.isEmpty && n.count < 80 { authorElements.append(n) }
                }
            }
            if nodes[i].tag == .a, let rel = tree.attribute(.rel, of: i)?.lowercased(), rel == "author",
               authorElements.count < 5 {
                let n = tree.plainText(of: i)
                if !n.isEmpty && n.count < 80 { authorElements.append(n) }
            }
            if bylines.count < 3, let cls = tree.attribute(.class, of: i)?.lowercased(),
               cls.hasBytes("byline") || cls.hasBytes("author"), !zones.contains(i) {
                let t = tree.plainText(of: i)
                if t.count >= 3 && t.count < 200 { bylines.append(t) }
            }
        }
        if !scripts.isEmpty { jsonLD = JSONLDArticle.read(scripts) }
        language = language ?? value("og:locale", "language", "content-language", "dc.language")
        h1 = chooseHeadline()
        if let h1, headings.contains(where: { $0.node == h1.node && $0.tag == .h1 }) {
            pageH1 = h1.text
        } else {
            // An h1 that only partly agrees does not beat a heading the titles repeat in full.
            var best: Double = h1 != nil ? 1.0 : 1.0 / 3
            let minimum = (h1?.text.count ?? 0) / 2
            for h in headings where h.tag == .h1 && h.text.count >= minimum && !looksLikeSiteName(h.text) {
                let agreement = agreementWithDeclaredTitle(h.text)
                if agreement >= best { best = agreement + 1e-9; pageH1 = h.text }
            }
        }
    }

    /// The visible headline: the `<h1>` the title tags repeat, else the `<h1>` that shares the
    /// largest share (at least a third) of its words with the declared titles and is not the
    /// site's name (so not a logo, "Navigation" or "Newsletter"). `og:title` and `<title>` are
    /// often SEO variants of it.
    var pageH1: String?

    /// An `<h1>` is the site's name (a logo) when `og:site_name` says so, or when the `<title>`
    /// carries it only as a prefix or suffix (`Story | Site`) and either `og:title` (the story's
    /// title) lacks most of its words or, with no `og:title`, it is the suffix.
    private func looksLikeSiteName(_ text: String) -> Bool {
        let t = TitleChooser.fold(text)
        if let site = meta["og:site_name"].map(TitleChooser.fold),
           site.hasBytes(t) || (t.hasBytes(site) && t.utf8.count <= site.utf8.count + 12) {
            return true
        }
        guard let title = titleTag.map(TitleChooser.fold), title.utf8.count > t.utf8.count + 3,
              title.hasPrefix(t) || title.hasSuffix(t) else { return false }
        if let story = meta["og:title"] ?? meta["twitter:title"] {
            let words = Self.words(text)
            let storyWords = Set(Self.words(story))
            return words.filter(storyWords.contains).count * 2 < words.count
        }
        // Without a story title to compare, follow the common convention `Story | Site`.
        return title.hasSuffix(t)
    }

    /// The share of the heading's words that occur in `og:title`, the JSON-LD headline or
    /// `<title>` (the best of them). Words of the site's name and single letters do not count:
    /// "» Example News Ranking" shares "example" and "news" with "Some Story | Example News"
    /// without being its headline.
    private func agreementWithDeclaredTitle(_ text: String) -> Double {
        let siteWords = Set([meta["og:site_name"], meta["application-name"], jsonLD?.publisher].compactMap { $0 }
            .flatMap(Self.words))
        let words = Self.words(text).filter { !siteWords.contains($0) && $0.count > 1 }
        guard !words.isEmpty else { return 0 }
        var best = 0.0
        for declared in [meta["og:title"], meta["twitter:title"], jsonLD?.headline, titleTag].compactMap({ $0 }) {
            let other = Set(Self.words(declared))
            let shared = words.filter(other.contains).count
            best = max(best, Double(shared) / Double(words.count))
        }
        return best
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    private func chooseHeadline() -> (text: String, node: Int)? {
        let declared = [meta["og:title"], meta["twitter:title"], jsonLD?.headline, titleTag].compactMap { $0 }
            .map(TitleChooser.fold)
        var best: (text: String, node: Int)?
        var bestLength = 7
        for h in headings {
            let t = TitleChooser.fold(h.text)
            // Contained in a declared title and a real part of it (not one word of a long title).
            if t.utf8.count > bestLength, declared.contains(where: { $0.hasBytes(t) && t.utf8.count * 10 >= $0.utf8.count * 3 }),
               !looksLikeSiteName(h.text) {
                best = (h.text, h.node)
                bestLength = t.utf8.count
            }
        }
        if let best { return best }
        return headings.first(where: { $0.tag == .h1 && !looksLikeSiteName($0.text) }).map { ($0.text, $0.node) }
    }

    /// Script text without whitespace collapsing (JSON strings may hold meaningful spaces).
    private func rawText(_ tree: PageTree, _ i: Int) -> String {
        var s = ""
        for k in i..<Int(tree.nodes[i].end) where tree.nodes[k].tag == .text { s += tree.nodes[k].text }
        return s
    }

    /// A heading inside `<nav>`, `<footer>` or `<aside>` is not the headline.
    private func excludedByNav(_ tree: PageTree, _ i: Int) -> Bool {
        var p = Int(tree.nodes[i].parent)
        while p >= 0 {
            if tree.nodes[p].tag == .nav || tree.nodes[p].tag == .footer || tree.nodes[p].tag == .aside { return true }
            p = Int(tree.nodes[p].parent)
        }
        return false
    }

    /// Whether an ambiguous `05/07/2022` on this page is 5 July: everywhere but in American
    /// English (a page without a declared language keeps the US reading).
    var writesDayFirst: Bool {
        guard let lang = language?.lowercased(), lang.utf8.count >= 2 else { return false }
        guard lang.hasPrefix("en") else { return true }
        for region in ["gb", "au", "nz", "ie", "in", "za", "uk"] where lang.hasSuffix("-" + region) || lang.hasSuffix("_" + region) {
            return true
        }
        return false
    }

    func value(_ keys: String...) -> String? {
        for k in keys { if let v = meta[k] { return v } }
        return nil
    }
}

extension String {
    var trimmingSpaces: String {
        var c = WhitespaceCollapser()
        c.append(self)
        return c.result
    }
}
