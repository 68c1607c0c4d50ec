/// Decides from an element's tag, class, id, role and style whether it is page furniture
/// (navigation, share bars, comments, related links, ads, cookie notices, footers...).
///
/// Class and id values are split into lowercase words at every non-letter and at camelCase
/// humps, so `share-bar`, `shareBar` and `social_share` all yield the word `share`. Short words
/// like `ad` must match a whole word; longer, unambiguous stems may match inside a word.
enum BoilerplateRules {
    /// Whole words that mark furniture.
    private static let furnitureWords: Set<String> = [
        "ad", "ads", "adv", "advert", "advertisement", "advertising", "anzeige", "werbung", "nav", "navbar",
        "navigation", "menu", "menus", "share", "shares", "sharing", "social", "related", "comments", "comment",
        "kommentare", "footer", "sidebar", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "gdpr",
        "newsletter", "promo", "promos", "sponsored", "sponsor", "subscribe", "subscription", "popup", "modal",
        "banner", "tags", "tagcloud", "recommended", "recommendations",
        "outbrain", "taboola", "masthead", "toolbar", "pagination", "pager", "disqus", "signup", "login",
        "print", "rss", "skip", "offscreen", "sr", "visually", "screenreader", "trending",
        "popular", "mostread", "meistgelesen", "byline", "dateline", "author", "authors", "caption", "credit",
        "credits", "copyright", "disclaimer", "newsletters", "paywall", "overlay", "dialog", "tooltip",
        "readmore", "next", "prev", "previous", "ticker", "follow",
        "keywords", "topics", "category", "categories", "rating", "reactions", "timestamp", "date", "published",
        "meta", "metadata", "infobox", "toc", "jump", "gallery", "carousel", "video",
        "embed", "lightbox", "header", "logo", "search", "feedback", "survey", "donate", "donation",
        "tools", "utility", "actions", "button", "btn", "cta", "partner",
        "partners", "affiliate", "commercial", "marketing", "shop", "shopping", "store", "inline_related",
        "aside", "rail", "comercial", "publicidad", "publicite", "pub",
    ]

    /// Word stems that mark furniture wherever they occur inside a class or id word.
    private static let furnitureStems: [String] = [
        "comment", "related", "share", "social", "cookie", "newsletter", "breadcrumb", "sidebar", "footer",
        "advert", "sponsor", "recommend", "outbrain", "taboola", "subscri", "signup", "popup", "navigation",
        "navbar", "promo", "banner", "paywall", "byline", "dateline", "caption",
    ]

    /// Words that mark the article itself; an element carrying one is never furniture by class.
    private static let contentWords: Set<String> = [
        "article", "articlebody", "content", "story", "entry", "post", "body", "text", "main", "blog",
        "storycontent", "articletext", "artikel", "inhalt", "richtext", "prose",
    ]

    /// Words that leave no doubt, even on a block of long paragraphs (a sidebar of teasers with
    /// summaries, a comment thread). Other furniture words (`share`, `meta`, `tools`...) yield to
    /// prose: sites name their article wrapper `sharingContainer` or `post-meta-wrap`.
    private static let strongWords: Set<String> = [
        "sidebar", "comments", "comment", "kommentare", "related", "footer", "nav", "navbar", "navigation", "menu",
        "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters", "ad", "ads",
        "advert", "advertisement", "advertising", "anzeige", "werbung", "promo", "promos", "sponsored", "sponsor",
        "outbrain", "taboola", "recommended", "recommendations", "disqus", "popular", "mostread", "meistgelesen",
        "trending", "rail",
    ]

    private static let strongStems: [String] = ["comment", "related", "sidebar", "footer", "outbrain", "taboola", "recommend", "advert"]

    enum Verdict { case content, furniture, weakFurniture, neutral }

    /// Tags that are furniture by themselves.
    static func isFurnitureTag(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .nav, .footer, .aside, .form, .fieldset, .menu, .header, .figure, .figcaption, .button, .label,
             .address, .dialog:
            true
        default:
            tag.isNeverContent
        }
    }

    /// Judges the class/id/role/style of one element.
    static func verdict(tree: PageTree, node: Int) -> Verdict {
        if let role = tree.attribute(.role, of: node)?.lowercased() {
            switch role {
            case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog",
                 "alert", "alertdialog", "toolbar", "tablist", "button":
                return .furniture
            case "main", "article":
                return .content
            default: break
            }
        }
        if tree.attribute(.hidden, of: node) != nil { return .furniture }
        if let style = tree.attribute(.style, of: node), isHiddenStyle(style) { return .furniture }
        if let prop = tree.attribute(.itemprop, of: node)?.lowercased() {
            if prop.hasBytes("articlebody") || prop == "text" || prop == "reviewbody" { return .content }
            if prop == "author" || prop == "datepublished" || prop == "publisher" || prop == "comment" { return .furniture }
        }
        var words: [String] = []
        if let c = tree.attribute(.class, of: node) { splitWords(c, into: &words) }
        if let i = tree.attribute(.id, of: node) { splitWords(i, into: &words) }
        if words.isEmpty { return .neutral }
        var content = false
        var weak = false
        for word in words {
            if strongWords.contains(word) { return .furniture }
            let long = word.utf8.count > 4
            if long, strongStems.contains(where: { word.hasBytes($0) }) { return .furniture }
            if furnitureWords.contains(word) || (long && furnitureStems.contains(where: { word.hasBytes($0) })) {
                weak = true
            }
            if contentWords.contains(word) { content = true }
        }
        return weak ? .weakFurniture : content ? .content : .neutral
    }

    private static func isHiddenStyle(_ style: String) -> Bool {
        let compact = style.lowercased().filter { $0 != " " }
        return compact.hasBytes("display:none") || compact.hasBytes("visibility:hidden")
    }

    /// Splits `entry-content shareBar` into `entry`, `content`, `share`, `bar` (lowercase ASCII words).
    static func splitWords(_ value: String, into words: inout [String]) {
        var current = String.UnicodeScalarView()
        var previousLower = false
        for s in value.unicodeScalars {
            let upper = s >= "A" && s <= "Z"
            let alnum = upper || (s >= "a" && s <= "z") || (s >= "0" && s <= "9")
            if (!alnum || (upper && previousLower)) && !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
            if alnum { current.append(upper ? Unicode.Scalar(s.value + 32)! : s) }
            previousLower = s >= "a" && s <= "z"
        }
        if !current.isEmpty { words.append(String(current)) }
    }
}
