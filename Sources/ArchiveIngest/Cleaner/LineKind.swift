/// What a page line is, as far as its own text tells. The main-block search weighs lines by kind;
/// context (neighbours, position) is applied afterwards.
enum LineKind: Sendable, Equatable {
    /// A sentence-like paragraph: ends like a sentence, enough words, enough function words.
    case prose
    /// A table row or a list entry carrying figures ("Palm Bay 18 22 13 17 — 70", "1a etapa: 10 de março"),
    /// or a sentence with hardly any function words ("Davis 17 points. Moore 3 points."): part of a
    /// story that is a table or a list, but never enough to make one.
    case data
    /// A short sentence ("That's correct," he said.) that belongs to prose around it.
    case shortProse
    /// A short line without sentence ending: a subheading inside a story, or a headline/menu item outside one.
    case heading
    /// An item of a tight list of short lines (related headlines, menus) in a page that separates paragraphs by blank lines.
    case listItem
    /// A date line ("Monday, 12 Jan 2026", "Updated 1:39 am EST, ...").
    case date
    /// A credit line ("By ...", "(Reporting by ...; Editing by ...)").
    case byline
    /// A photo caption or a photo credit.
    case caption
    /// An image or form placeholder (`[logo]`, `[5dd41099]`) or a gallery counter ("Image 3 of 5").
    case image
    /// A photo-credit line alone ("Photo: Name, AP").
    case credit
    /// Page furniture: buttons, promos, placeholders, symbols, copyright, bullets of menus.
    case furniture
    /// A copyright or legal footer, or the head of a comments section: ends the story for good.
    case footer
    /// The head of a block of links to other stories ("Related", "Read these next", "More in World").
    case sectionBreak
}
