/// General rules for page furniture in a text copy: no site's strings, only shapes. A line is
/// furniture when it is an image or form placeholder (`[logo]`, `[    ] [Go]`), has no words
/// (rules, lone bullets), is a menu bullet, a copyright/legal footer, a call to action ("Follow us
/// on ...", "Sign up for our newsletter"), or a link-label prefix ("Read more: ...", "Related: ...").
enum FurnitureRules {
    /// Imperative openers of calls to action.
    static let actionVerbs: Set<String> = [
        "follow", "subscribe", "sign", "download", "click", "join", "share", "register", "log", "login",
        "watch", "listen", "tap", "visit", "read", "see", "view", "install", "bookmark", "donate",
        "email", "tweet", "print", "comment", "discover", "explore", "skip", "accept", "allow",
    ]
    /// Words that make an imperative line a promotion rather than a sentence of the story.
    static let promoWords: Set<String> = [
        "us", "our", "here", "now", "free", "newsletter", "newsletters", "app", "apps", "channel", "updates", "alerts",
        "inbox", "today", "subscription", "more", "full", "story", "article", "page", "cookies", "cookie", "twitter",
        "facebook", "instagram", "whatsapp", "telegram", "youtube", "linkedin", "podcast", "gallery", "video", "photos",
    ]
    /// Link-label prefixes: a line that starts with one (and a colon) points elsewhere.
    static let linkLabels: Set<String> = [
        "read more", "read also", "also read", "read", "related", "see also", "more", "watch", "listen", "recommended",
        "read next", "up next", "next", "trending", "popular", "most read", "advertisement", "sponsored", "promoted",
        "click here", "more from", "video", "photos", "gallery", "see more", "also see", "don't miss", "must read", "top stories",
    ]

    static func isPlaceholder(_ line: PageLine) -> Bool {
        let u = line.text.unicodeScalars
        guard u.first == "[" else { return false }
        // "[logo]", "[                    ] [Go]": nothing but bracket groups and spaces
        var depth = 0
        var inside = 0
        for s in u {
            if s == "[" { depth += 1; inside = 0 } else if s == "]" { depth -= 1; if depth < 0 { return false } }
            else if depth == 0 && !s.properties.isWhitespace { return false }
            else if depth > 0 { inside += 1; if inside > 60 { return false } }
        }
        return depth == 0
    }

    /// "Comments", "[ 167 comments ]", "Top Rated Comments", "Leave a Reply", "Join the discussion".
    static func isCommentsHead(_ line: PageLine) -> Bool {
        guard line.words >= 1, line.words <= 5, !line.endsSentence || line.text.hasSuffix(":") else { return false }
        let words = lowerWords(line.content, limit: 6)
        if words.contains("comments") || words.contains("comment") && words.count > 1 { return true }
        let joined = words.joined(separator: " ")
        return joined.hasPrefix("leave a reply") || joined.hasPrefix("join the discussion") || joined.hasPrefix("leave a comment")
            || joined == "discussion" || joined.hasSuffix("responses") || joined.hasSuffix("replies")
    }

    /// Heads of link blocks: "Related", "Read these next", "Next In World", "Others Also Read", "You may also like".
    static func isSectionBreak(_ line: PageLine) -> Bool {
        guard line.words >= 1, line.words <= 6, !line.endsSentence || line.text.hasSuffix(":") else { return false }
        let joined = " " + lowerWords(line.content, limit: 7).joined(separator: " ") + " "
        for key in [" related ", " read next ", " read these next ", " also read ", " you may also ", " you might also ", " more from ",
                    " more stories ", " recommended ", " next in ", " also like ", " trending ", " most popular ", " most read ",
                    " top stories ", " latest news ", " more in ", " more news ", " more on this ", " further reading ", " read more ",
                    " popular ", " editor's picks ", " around the web ", " sponsored ", " promoted ", " also on ", " what to read next "] where joined.contains(key) {
            return true
        }
        return false
    }

    /// "2 days ago at 07:52 am", "32M ago", "updated 15M ago": a relative timestamp.
    static func isRelativeTime(_ line: PageLine) -> Bool {
        guard line.words <= 8, line.digits >= 1 else { return false }
        let words = lowerWords(line.content, limit: 9)
        return words.contains("ago")
    }

    /// "1 of 6", "Image 3 of 5", "Photo 2/10": a gallery's position.
    static func isGalleryCounter(_ line: PageLine) -> Bool {
        guard line.words >= 2, line.words <= 5, line.digits >= 2, line.digits <= 6 else { return false }
        let words = lowerWords(line.content, limit: 6)
        return words.contains("of") && words.count <= 3 && (words.count == 1 || ["image", "photo", "picture", "slide", "of"].contains(words[0]))
    }

    static func isFooter(_ line: PageLine) -> Bool {
        guard line.words <= 40 else { return false }
        let t = line.content
        if t.hasPrefix("©") || t.hasPrefix("(c)") || t.hasPrefix("(C)") { return true }
        let lower = t.lowercased()
        if lower.hasPrefix("copyright") { return true }
        if lower.contains("all rights reserved") { return true }
        if line.words <= 12, lower.contains("©"), !lower.contains("photo") { return true }
        return false
    }

    static func isFurniture(_ line: PageLine) -> Bool {
        if line.words == 0 { return true }
        if isCookieNotice(line) { return true }
        if line.bullet && !(line.words >= 12 && line.endsSentence) { return true }
        if line.words <= 30 && isCallToAction(line) { return true }
        if line.words <= 40 && hasLinkLabel(line) { return true }
        return false
    }

    /// "Follow us on our official channel for ...", "Sign up for our newsletter", "Click here to ...".
    static func isCallToAction(_ line: PageLine) -> Bool {
        let words = lowerWords(line.content, limit: 40)
        guard let first = words.first else { return false }
        if actionVerbs.contains(first) {
            if words.count <= 3 { return true }
            return words.dropFirst().contains(where: { promoWords.contains($0) })
        }
        if line.words <= 30 {
            // "Never miss a story: get our newsletter", "Need more? Subscribe to our magazine"
            let joined = " " + words.joined(separator: " ") + " "
            for key in [" newsletter ", " newsletters ", " subscribe to ", " subscribe for ", " sign up ", " download our ", " follow us ", " advertisement ", " breaking news alerts ", " latest updates ", " in your inbox ", " our app "] where joined.contains(key) {
                return true
            }
        }
        return false
    }

    /// "This website uses cookies ...": a line that says "cookie" twice, or "cookies" and "consent"/"browser"/"website".
    static func isCookieNotice(_ line: PageLine) -> Bool {
        guard line.words >= 3, line.text.utf8.count >= 20 else { return false }
        let lower = line.text.lowercased()
        guard let first = lower.range(of: "cookie") else { return false }
        if lower[first.upperBound...].contains("cookie") { return true }
        return lower.contains("website") || lower.contains("consent") || lower.contains("browser") || lower.contains("privacy")
    }

    /// "Read more: ...", "RELATED: ...", "Watch: ...": a label, a colon, a headline.
    static func hasLinkLabel(_ line: PageLine) -> Bool {
        let t = line.content
        guard let colon = t.firstIndex(where: { $0 == ":" || $0 == "|" }) else {
            return line.words <= 3 && linkLabels.contains(lowerWords(t, limit: 4).joined(separator: " "))
        }
        let label = t[t.startIndex..<colon]
        guard label.count <= 20 else { return false }
        return linkLabels.contains(lowerWords(label, limit: 4).joined(separator: " "))
    }

    static func lowerWords(_ s: Substring, limit: Int) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in s {
            if ch.isLetter || ch == "'" || ch == "’" { current.append(ch) }
            else if !current.isEmpty { out.append(current.lowercased()); current = ""; if out.count >= limit { return out } }
        }
        if !current.isEmpty { out.append(current.lowercased()) }
        return out
    }
}
