/// General rules for page furniture in a text copy: no site's strings, only shapes and the
/// vocabulary of web pages. A line is furniture when it has no words (rules, lone bullets), is a
/// menu bullet, a copyright/legal footer, a cookie notice, a call to action ("Follow us on ...",
/// "Sign up for our newsletter"), or a link label ("Read more: ...", "Related: ...").
///
/// Word tests run on ``PageLine/head`` (packed word codes), so they cost no allocation.
enum FurnitureRules {
    /// Imperative openers of calls to action.
    static let actionVerbs = WordCode.set([
        "follow", "subscribe", "sign", "download", "click", "join", "share", "register", "log", "login",
        "watch", "listen", "tap", "visit", "read", "see", "view", "install", "bookmark", "donate",
        "email", "tweet", "print", "comment", "discover", "explore", "skip", "accept", "allow",
    ])
    static let shareVerbs = WordCode.set(["share", "print", "email", "tweet", "comment", "save", "copy"])
    /// Words that make an imperative line a promotion rather than a sentence of the story.
    static let promoWords = WordCode.set([
        "us", "our", "here", "now", "free", "newsletter", "newsletters", "app", "apps", "channel", "updates", "alerts",
        "inbox", "today", "subscription", "more", "full", "story", "article", "page", "cookies", "cookie", "twitter",
        "facebook", "instagram", "whatsapp", "telegram", "youtube", "linkedin", "podcast", "gallery", "video", "photos",
        "print", "pdf", "version", "options", "sharing", "mode", "via", "link",
    ])
    /// Phrases that make any short line a promotion.
    static let promoPhrases = PhraseSet([
        "newsletter", "newsletters", "subscribe to", "subscribe for", "sign up", "download our", "follow us", "advertisement",
        "breaking news alerts", "latest updates", "in your inbox", "our app",
    ])
    /// Link labels: a line that is one, or starts with one and a colon, points elsewhere.
    static let linkLabels = Set([
        "read more", "read also", "also read", "read", "related", "see also", "more", "watch", "listen", "recommended",
        "read next", "up next", "next", "trending", "popular", "most read", "advertisement", "sponsored", "promoted",
        "click here", "more from", "video", "photos", "gallery", "see more", "also see", "don't miss", "must read", "top stories",
        "also", "see", "listen now", "watch now", "more coverage", "more on", "related coverage", "related articles",
        "filed to", "filed under", "tags", "tagged", "topics", "categories", "category",
    ].map(WordCode.phrase))
    /// Heads of link blocks.
    static let sectionBreakPhrases = PhraseSet([
        "related", "read next", "read these next", "also read", "you may also", "you might also", "more from", "more stories",
        "recommended", "next in", "also like", "trending", "most popular", "most read", "top stories", "latest news", "more in",
        "more news", "more on this", "further reading", "read more", "popular", "editor's picks", "around the web", "sponsored",
        "promoted", "also on", "what to read next",
    ])
    static let commentsPhrases = ["leave a reply", "join the discussion", "leave a comment", "add a comment", "post a comment"].map(WordCode.phrase)
    static let comment = WordCode.of("comment"), comments = WordCode.of("comments"), discussion = WordCode.of("discussion")
    static let responses = WordCode.of("responses"), replies = WordCode.of("replies"), ago = WordCode.of("ago")
    static let copyright = WordCode.of("copyright"), allRightsReserved = WordCode.phrase("all rights reserved")
    static let cookie = WordCode.of("cookie"), cookies = WordCode.of("cookies")
    static let cookieContext = WordCode.set(["website", "consent", "browser", "privacy", "site", "experience"])
    static let galleryWords = WordCode.set(["image", "photo", "picture", "slide", "of"])
    static let of = WordCode.of("of")

    static func isPlaceholder(_ line: PageLine) -> Bool {
        let u = line.text.unicodeScalars
        guard u.first == "[" else { return false }
        // "[logo]", "[                    ] [Go]": nothing but bracket groups and spaces
        var depth = 0
        var inside = 0
        for s in u {
            if s == "[" { depth += 1; inside = 0 } else if s == "]" { depth -= 1; if depth < 0 { return false } }
            else if depth == 0 && !PageLines.isSpace(s) { return false }
            else if depth > 0 { inside += 1; if inside > 60 { return false } }
        }
        return depth == 0
    }

    /// "Comments", "[ 167 comments ]", "Top Rated Comments", "Leave a Reply", "Join the discussion".
    static func isCommentsHead(_ line: PageLine) -> Bool {
        guard line.words >= 1, line.words <= 5, !line.endsSentence || line.text.hasSuffix(":") else { return false }
        let h = line.head
        if h.contains(comments) || (h.contains(comment) && h.count > 1) { return true }
        if h == [discussion] || h.last == responses || h.last == replies { return true }
        return h.count >= 2 && commentsPhrases.contains { h.starts(with: $0) }
    }

    /// Heads of link blocks: "Related", "Read these next", "Next In World", "Others Also Read", "You may also like".
    static func isSectionBreak(_ line: PageLine) -> Bool {
        guard line.words >= 1, line.words <= 6, !line.text.hasSuffix(".") || line.text.hasSuffix("...") else { return false }
        return sectionBreakPhrases.occurs(in: line.head)
    }

    /// "2 days ago at 07:52 am", "32M ago", "updated 15M ago": a relative timestamp.
    static func isRelativeTime(_ line: PageLine) -> Bool {
        line.words <= 8 && line.digits >= 1 && line.head.contains(ago)
    }

    /// An image file name or URL slug standing in for a picture: "plos-one-zebra-cow.jpg",
    /// "milano-design-week-2018-flos-arrangements-01" (no spaces, joined by hyphens or underscores).
    static func isFileName(_ line: PageLine) -> Bool {
        guard line.words <= 12 else { return false }
        if line.spaces == 0 && line.firstTokenHyphen && !line.firstTokenColon && line.chars >= 12 && line.words >= 3 { return true }
        guard line.firstTokenDot else { return false }
        // the first token ends in an image extension: ".jpg", ".png", ...
        let token = line.content.prefix(while: { $0 != " " })
        guard let dot = token.lastIndex(of: "."), token.distance(from: dot, to: token.endIndex) <= 5 else { return false }
        return ["jpg", "jpeg", "png", "gif", "webp", "svg"].contains(token[token.index(after: dot)...].lowercased())
    }

    /// "1 of 6", "Image 3 of 5", "Photo 2/10": a gallery's position.
    static func isGalleryCounter(_ line: PageLine) -> Bool {
        guard line.words >= 2, line.words <= 5, line.digits >= 2, line.digits <= 6 else { return false }
        let h = line.head
        return h.contains(of) && h.count <= 3 && (h.count == 1 || galleryWords.contains(h[0]))
    }

    static func isFooter(_ line: PageLine) -> Bool {
        guard line.words <= 40 else { return false }
        // "©", "(c)", "(C)" tested on the first bytes: `hasPrefix` compares whole characters.
        let t = line.content.utf8
        var b = t.makeIterator()
        let b0 = b.next(), b1 = b.next(), b2 = b.next()
        if b0 == 0xC2 && b1 == 0xA9 || b0 == UInt8(ascii: "(") && (b1 == UInt8(ascii: "c") || b1 == UInt8(ascii: "C")) && b2 == UInt8(ascii: ")") {
            // "© Shutterstock/racorn", "© Getty Images / Jane Doe" credit a picture
            return !(line.hasSlash && line.words <= 6)
        }
        if line.head.first == copyright { return true }
        if WordCode.contains(line.head, allRightsReserved) { return true }
        if line.words <= 12, line.hasCopyrightSign, !line.head.contains(WordCode.of("photo")) { return true }
        return false
    }

    /// Navigation and breadcrumbs, as a line's first words.
    static let navigationPhrases = ["back to", "you are here", "skip to", "go to", "return to", "jump to", "scroll to"].map(WordCode.phrase)
    static let browser = WordCode.of("browser")
    static let browserNotice = WordCode.set(["update", "upgrade", "supported", "enable", "detected", "outdated", "modern", "unsupported"])
    static let also = WordCode.of("also"), min = WordCode.of("min"), mins = WordCode.of("mins"), minute = WordCode.of("minute"),
               minutes = WordCode.of("minutes"), read = WordCode.of("read"), javascript = WordCode.of("javascript")

    static func isFurniture(_ line: PageLine) -> Bool {
        if line.words == 0 { return true }
        if isMarkup(line) { return true }
        if line.words <= 5 && line.head.contains(read) && line.head.contains(where: { $0 == min || $0 == mins || $0 == minute || $0 == minutes }) {
            return true  // "5 Min Read"
        }
        if line.words <= 14 && line.head.contains(javascript) { return true }  // "This slideshow requires JavaScript."
        if line.words <= 8 && navigationPhrases.contains(where: { line.head.starts(with: $0) }) { return true }  // "Back to Gallery"
        if line.words <= 30 && line.head.contains(browser) && line.head.contains(where: { browserNotice.contains($0) }) {
            return true  // "We've detected you are on Internet Explorer ... please update your browser"
        }
        if isCookieNotice(line) { return true }
        if line.bullet && !(line.words >= 12 && line.endsSentence) { return true }
        if line.words <= 30 && isCallToAction(line) { return true }
        if line.words <= 40 && hasLinkLabel(line) { return true }
        return false
    }

    /// "Follow us on our official channel for ...", "Sign up for our newsletter", "Click here to ...".
    static func isCallToAction(_ line: PageLine) -> Bool {
        let h = line.head
        guard let first = h.first else { return false }
        if actionVerbs.contains(first) {
            if h.count <= 3 { return true }
            // "Share Close extra sharing options", "Print this page"
            if line.words <= 6 && shareVerbs.contains(first) { return true }
            return h.dropFirst().contains(where: { promoWords.contains($0) })
        }
        return promoPhrases.occurs(in: h)
    }

    /// "This website uses cookies ...": a line that says "cookie" twice, or with "website"/"consent"/"browser".
    static func isCookieNotice(_ line: PageLine) -> Bool {
        guard line.words >= 3 else { return false }
        var seen = 0
        for c in line.head where c == cookie || c == cookies { seen += 1 }
        if seen == 0 { return false }
        return seen >= 2 || line.head.contains(where: { cookieContext.contains($0) })
    }

    /// "Read more: ...", "RELATED: ...", "Also: ...", "On Example.com: ...": a label, a colon, a headline.
    static func hasLinkLabel(_ line: PageLine) -> Bool {
        guard let n = line.wordsBeforeColon else {
            return line.words <= 3 && linkLabels.contains(line.head)
        }
        guard n >= 1, n <= 3 else { return false }
        if n == 1 && line.head[0] == also { return true }
        if linkLabels.contains(Array(line.head.prefix(n))) { return true }
        // a site name as the label
        let label = line.content.prefix(40).prefix(while: { $0 != ":" && $0 != "|" })
        return label.hasSuffix(".com") || label.hasSuffix(".org") || label.hasSuffix(".net") || label.hasSuffix(".co.uk")
    }

    /// Leaked HTML: escaped or raw tags and attributes ("&lt;span style=...", "<div class=").
    static func isMarkup(_ line: PageLine) -> Bool {
        guard line.markupMarks >= 2, line.text.utf8.count >= 12 else { return false }
        var hits = 0
        let t = line.text
        for needle in ["&lt;", "&gt;", "=\"", "</", "/>", "&amp;#", "<span", "<div", "<a ", "<img"] where t.contains(needle) {
            hits += 1
            if hits >= 2 { return true }
        }
        return false
    }
}
