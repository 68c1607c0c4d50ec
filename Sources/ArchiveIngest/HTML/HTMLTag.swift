/// The HTML elements the cleaner tells apart; everything else is `.other` (treated as inline).
enum HTMLTag: UInt8, Sendable {
    case other, text
    case html, head, body, title, meta, link, base, script, style, noscript, template
    case svg, iframe, object, embed, canvas, video, audio, picture, source, img, map
    case nav, header, footer, aside, form, fieldset, button, input, select, option, textarea, label, dialog, menu
    case article, main, section, div, p, br, hr, h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd, table, thead, tbody, tfoot, tr, td, th, caption
    case blockquote, pre, figure, figcaption, address, center, details, summary
    case a, span, em, strong, b, i, u, small, sup, sub, time, font, abbr, cite, q, mark, code

    private static let byName: [UInt64: HTMLTag] = {
        let names: [(StaticString, HTMLTag)] = [
            ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta), ("link", .link),
            ("base", .base), ("script", .script), ("style", .style), ("noscript", .noscript), ("template", .template),
            ("svg", .svg), ("iframe", .iframe), ("object", .object), ("embed", .embed), ("canvas", .canvas),
            ("video", .video), ("audio", .audio), ("picture", .picture), ("source", .source), ("img", .img), ("map", .map),
            ("nav", .nav), ("header", .header), ("footer", .footer), ("aside", .aside), ("form", .form),
            ("fieldset", .fieldset), ("button", .button), ("input", .input), ("select", .select), ("option", .option),
            ("textarea", .textarea), ("label", .label), ("dialog", .dialog), ("menu", .menu),
            ("article", .article), ("main", .main), ("section", .section), ("div", .div), ("p", .p), ("br", .br),
            ("hr", .hr), ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5), ("h6", .h6),
            ("ul", .ul), ("ol", .ol), ("li", .li), ("dl", .dl), ("dt", .dt), ("dd", .dd), ("table", .table),
            ("thead", .thead), ("tbody", .tbody), ("tfoot", .tfoot), ("tr", .tr), ("td", .td), ("th", .th),
            ("caption", .caption), ("blockquote", .blockquote), ("pre", .pre), ("figure", .figure),
            ("figcaption", .figcaption), ("address", .address), ("center", .center), ("details", .details),
            ("summary", .summary), ("a", .a), ("span", .span), ("em", .em), ("strong", .strong), ("b", .b), ("i", .i),
            ("u", .u), ("small", .small), ("sup", .sup), ("sub", .sub), ("time", .time), ("font", .font),
            ("abbr", .abbr), ("cite", .cite), ("q", .q), ("mark", .mark), ("code", .code),
        ]
        var map: [UInt64: HTMLTag] = [:]
        for (name, tag) in names where PackedName.key(name) != UInt64.max { map[PackedName.key(name)] = tag }
        return map
    }()

    /// Names longer than 8 bytes (blockquote, figcaption) do not pack; they are matched by text.
    static func from(key: UInt64, name: () -> String) -> HTMLTag {
        if key != UInt64.max { return byName[key] ?? .other }
        switch name() {
        case "blockquote": return .blockquote
        case "figcaption": return .figcaption
        default: return .other
        }
    }

    /// Elements that start and end a paragraph of their own when the page is turned into text.
    var isBlock: Bool {
        switch self {
        case .html, .body, .article, .main, .section, .div, .p, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl,
             .dt, .dd, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .blockquote, .pre, .figure,
             .figcaption, .address, .center, .details, .summary, .header, .footer, .nav, .aside, .form, .fieldset,
             .hr, .br, .menu, .dialog:
            true
        default:
            false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }

    /// Elements whose content is never article text.
    var isNeverContent: Bool {
        switch self {
        case .head, .title, .meta, .link, .base, .script, .style, .noscript, .template, .svg, .iframe, .object,
             .embed, .canvas, .video, .audio, .picture, .source, .img, .map, .button, .input, .select, .option,
             .textarea, .dialog:
            true
        default:
            false
        }
    }
}
