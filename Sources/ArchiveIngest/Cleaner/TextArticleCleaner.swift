/// Cleans a plain-text page copy (a browser's "save as text", a `w3m -dump`, a pasted story) into
/// an article: the story's paragraphs in `body`, and title, date, source, section, dateline,
/// credit lines and photo captions beside it.
///
/// How: every line is classified by its shape (``LineClassifier``), the story is the run of lines
/// richest in prose (``MainBlock``), and the header fields are read from the lines just above it
/// (``HeaderFields``) and from its opening dateline (``Dateline``). Nothing is keyed to one site.
///
/// Date policy: `published` comes from a date line above the story (`header`); else from the
/// dateline ("Jan 12 (Reuters)"), with the year taken from the nearest full date elsewhere on the
/// page (`dateline`; the year that puts the dateline closest to that date), and left absent when
/// the page has no full date; else from a date line right under the story (`page`). Dates inside
/// the story's sentences are events, never the publication date.
public struct TextArticleCleaner: ArticleCleaning {
    public init() {}

    public func clean(_ document: RawDocument) -> Article {
        let lines = PageLines.split(document.text)
        let kinds = LineClassifier.kinds(lines)
        var article = Article(path: document.path, key: document.key, kind: document.kind, body: "", encoding: document.encoding)
        guard let found = MainBlock.find(MainBlock.weights(lines, kinds)) else {
            // no prose at all (a table, a list, a fragment): keep every line, a short first one as the title
            var rest = lines[...]
            if let first = lines.first, first.words <= 30, first.chars <= 250, lines.count > 1 {
                article.title = first.text
                rest = lines.dropFirst()
            }
            article.body = rest.map(\.text).joined(separator: "\n\n")
            return article
        }

        let block = MainBlock.trimHeader(found, lines, kinds)
        var bodyIndexes = StoryLines.select(lines, kinds, in: block)
        var titleIndex = HeaderFields.titleIndex(lines, kinds, blockStart: block.lowerBound)
        if titleIndex == nil, let first = bodyIndexes.first, first == 0, bodyIndexes.count >= 2,
           lines[first].words <= 25, lines[first].chars <= 200 {
            // a pasted story that opens with its headline (even one ending in a period)
            titleIndex = first
            bodyIndexes.removeFirst()
        }
        article.body = bodyIndexes.map { lines[$0].text }.joined(separator: "\n\n")

        if let titleIndex { article.title = lines[titleIndex].text }
        article.section = HeaderFields.section(lines, kinds, from: (titleIndex ?? max(0, block.lowerBound - 6)) + 1, to: block.lowerBound)

        let dateline = bodyIndexes.first.flatMap { Dateline.parse(lines[$0].text) }
        article.dateline = dateline?.place
        readDate(into: &article, lines, kinds, block: block, titleIndex: titleIndex, dateline: dateline)

        let credits = StoryLines.credits(lines, kinds, titleIndex: titleIndex, block: block)
        let creditLines = credits.map { lines[$0].text } + StoryLines.photoCredits(lines, kinds, titleIndex: titleIndex, block: block)
        if !creditLines.isEmpty { article.byline = creditLines.joined(separator: "\n") }
        article.source = dateline?.tag
            ?? credits.lazy.compactMap { BylineRules.agency(in: lines[$0].content) }.first
            ?? StoryLines.sourceLine(lines, titleIndex: titleIndex, block: block)
        article.captions = StoryLines.captions(lines, kinds, titleIndex: titleIndex, block: block)
        return article
    }

    private func readDate(into article: inout Article, _ lines: [PageLine], _ kinds: [LineKind], block: ClosedRange<Int>,
                          titleIndex: Int?, dateline: Dateline?) {
        if let d = HeaderFields.headerDate(lines, kinds, blockStart: block.lowerBound, titleIndex: titleIndex) {
            article.published = d.iso; article.dateSource = "header"; return
        }
        if let full = dateline?.date {
            article.published = full.iso; article.dateSource = "dateline"; return
        }
        if let month = dateline?.month, let day = dateline?.day, let ref = HeaderFields.anyDate(lines),
           let d = HeaderFields.year(for: month, day: day, near: ref) {
            article.published = d.iso; article.dateSource = "dateline"; return
        }
        if let d = HeaderFields.footerDate(lines, kinds, blockEnd: block.upperBound) {
            article.published = d.iso; article.dateSource = "page"
        }
    }
}
