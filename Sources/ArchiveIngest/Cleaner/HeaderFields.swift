/// Reads the story's metadata from the lines around the main block: the headline above it, the date
/// line, a section bullet, credit lines, captions, and a "Source:" line.
struct HeaderFields {
    var titleIndex: Int?
    var published: String?
    var dateSource: String?
    var section: String?
    var source: String?

    /// How far above the story the header may reach.
    static let reach = 40

    /// The headline: the nearest line above the story that reads like one (3-30 words, not a date,
    /// credit, caption, menu, URL or handle). A line printed twice on the page (headline and gallery
    /// title) is preferred; a line of capitalized names only ("Jane Roe and John Doe Daily Planet")
    /// or one ending in a period (a photo caption) is taken only when nothing else qualifies.
    static func titleIndex(_ lines: [PageLine], _ kinds: [LineKind], blockStart: Int) -> Int? {
        var best: Int?, fallback: Int?, repeated: Int?
        var j = blockStart - 1
        let floor = max(0, blockStart - 25)
        while j >= floor {
            let line = lines[j]
            switch kinds[j] {
            case .heading, .shortProse, .prose, .listItem:
                guard line.words >= 3, line.words <= 30, line.chars <= 250, !looksLikeAddress(line) else { break }
                let secondTier = isNameLike(line) || line.text.hasSuffix(".") || line.isAllCaps
                if secondTier { if fallback == nil { fallback = j } }
                else {
                    if best == nil { best = j }
                    if repeated == nil, line.words >= 4, appearsTwice(lines, j) { repeated = j }
                }
            default: break
            }
            j -= 1
        }
        if let repeated { return repeated }
        if let best { return aboveStandfirst(lines, kinds, best) }
        if let fallback { return fallback }
        // never a line of the story itself: a page that is one paragraph has no headline
        let textual: [LineKind] = [.heading, .shortProse, .prose, .listItem, .data]
        return lines.indices.first(where: { $0 < blockStart && lines[$0].words >= 3 && textual.contains(kinds[$0]) })
    }

    /// A long line right under a shorter headline-shaped one is the standfirst (the summary under
    /// the headline): the headline is the line above it.
    static func aboveStandfirst(_ lines: [PageLine], _ kinds: [LineKind], _ j: Int) -> Int {
        guard lines[j].words >= 12 else { return j }
        var k = j - 1
        while k >= 0 && k >= j - 3 {
            let up = lines[k]
            if [.heading, .shortProse, .prose, .listItem].contains(kinds[k]) {
                let headlineShaped = up.words >= 3 && up.words < lines[j].words && !up.text.hasSuffix(".") && !isNameLike(up) && !looksLikeAddress(up)
                return headlineShaped ? k : j
            }
            if kinds[k] != .image && kinds[k] != .caption && kinds[k] != .credit { return j }
            k -= 1
        }
        return j
    }

    static let nameJoiners = WordCode.set(["and", "of", "the", "de", "van", "von", "da", "del", "la", "le", "for"])

    /// Capitalized words (and joiners like "and", "of") only: a byline or credit more than a headline.
    /// A Title Case headline has function words besides the joiners ("Drops Its Case Against").
    static func isNameLike(_ line: PageLine) -> Bool {
        guard line.words <= 10, !line.endsSentence else { return false }
        let joiners = line.head.filter { nameJoiners.contains($0) }.count
        return line.capitalized + joiners >= line.words && line.stopwords <= joiners
    }

    /// URLs, e-mail addresses and social handles are never headlines.
    static func looksLikeAddress(_ line: PageLine) -> Bool {
        line.text.unicodeScalars.contains("@") || (line.hasSlash && line.text.contains("://")) || line.text.hasPrefix("www.")
    }

    /// The same line again within 30 lines (a headline and its gallery or share-card copy; site
    /// chrome repeated at the top and bottom of the page is farther apart).
    static func appearsTwice(_ lines: [PageLine], _ j: Int) -> Bool {
        let text = lines[j].text
        let range = max(0, j - 30)...min(lines.count - 1, j + 30)
        return range.contains { $0 != j && lines[$0].chars == lines[j].chars && lines[$0].text == text }
    }

    /// The first short bullet between the headline and the story ("• World").
    static func section(_ lines: [PageLine], _ kinds: [LineKind], from: Int, to: Int) -> String? {
        guard from < to else { return nil }
        // a section bullet sits by the headline or by the date line
        func nearHeader(_ j: Int) -> Bool {
            for k in max(0, j - 2)...min(lines.count - 1, j + 2) where k != j && (k == from - 1 || kinds[k] == .date) { return true }
            return false
        }
        for j in from..<to where lines[j].bullet && lines[j].words >= 1 && lines[j].words <= 3 && lines[j].digits == 0 {
            let c = lines[j].content
            if lines[j].capitalized == lines[j].words, lines[j].wordsBeforeColon == nil, kinds[j] != .date,
               !lines[j].head.contains(where: { notSections.contains($0) }), nearHeader(j) {
                return String(c)
            }
        }
        return nil
    }

    /// Share buttons, social networks and navigation words are not sections.
    static let notSections = WordCode.set([
        "share", "facebook", "twitter", "linkedin", "whatsapp", "email", "mail", "print", "reddit", "pinterest", "tumblr",
        "instagram", "youtube", "telegram", "home", "menu", "search", "subscribe", "login", "log", "sign", "comments",
        "comment", "save", "copy", "link", "more", "close", "next", "previous", "advertisement", "publicidade", "top",
        "gmail", "fb", "via", "reprints", "order", "flipboard", "messenger", "sms", "text", "whatsapp",
    ])

    /// The date line nearest above the story (within the header's reach).
    static func headerDate(_ lines: [PageLine], _ kinds: [LineKind], blockStart: Int, titleIndex: Int?) -> HeaderDate? {
        let floor = max(0, min(titleIndex ?? blockStart, blockStart - reach) - 3)
        var j = blockStart - 1
        while j >= floor {
            if kinds[j] == .date, let d = HeaderDate.parse(lines[j].text) { return d }
            j -= 1
        }
        return nil
    }

    /// A date line just below the story ("First published on ...", "Published 10:02 AM EST Nov 19, 2019").
    static func footerDate(_ lines: [PageLine], _ kinds: [LineKind], blockEnd: Int) -> HeaderDate? {
        var j = blockEnd + 1
        while j < lines.count && j <= blockEnd + 12 {
            if kinds[j] == .date, let d = HeaderDate.parse(lines[j].text) { return d }
            if kinds[j] == .footer { break }
            j += 1
        }
        return nil
    }

    /// The first complete date written anywhere on the page (for a dateline without a year).
    static func anyDate(_ lines: [PageLine]) -> HeaderDate? {
        for line in lines where line.digits >= 4 {
            if let d = HeaderDate.parse(line.text) { return d }
        }
        return nil
    }

    /// Completes a dateline's month and day with the year that puts it closest to a reference date.
    static func year(for month: Int, day: Int, near ref: HeaderDate) -> HeaderDate? {
        let refDay = HeaderDate.dayNumber(year: ref.year, month: ref.month, day: ref.day)
        var best: (Int, Int)?
        for y in (ref.year - 1)...(ref.year + 1) where HeaderDate.isValid(year: y, month: month, day: day) {
            let distance = abs(HeaderDate.dayNumber(year: y, month: month, day: day) - refDay)
            if best == nil || distance < best!.1 { best = (y, distance) }
        }
        guard let best, best.1 <= 200 else { return nil }
        return HeaderDate(year: best.0, month: month, day: day, range: 0..<0)
    }
}
