/// Writes the chosen story containers as paragraphs: every block element starts a new one,
/// inline text flows. Furniture inside the story is skipped; a block made mostly of link text
/// ("Read more: ...", a list of related headlines) is dropped, and so is a heading or short label
/// that only introduced dropped blocks ("Related articles", "Mehr zum Thema"); figure captions are
/// set aside.
struct BlockWriter {
    let tree: PageTree
    let extractor: ContentExtractor

    private enum Entry {
        case heading(String)
        /// A list item or definition: short lines are normal there, not labels.
        case item(String)
        case paragraph(String)
        case dropped
    }

    private var entries: [Entry] = []
    private(set) var captions: [String] = []

    /// The kept blocks, in order.
    var paragraphs: [String] {
        var out: [String] = []
        for (k, entry) in entries.enumerated() {
            switch entry {
            case .dropped: continue
            case .item(let text): out.append(text)
            case .paragraph(let text) where !isLabel(text):
                out.append(text)
            case .heading(let text), .paragraph(let text):
                if introducesKeptText(after: k) { out.append(text) }
            }
        }
        return out
    }

    /// A short line without sentence punctuation: a heading in all but markup.
    private func isLabel(_ text: String) -> Bool {
        guard text.unicodeScalars.count < 50, let last = text.unicodeScalars.last else { return false }
        return !".!?\"”“»«:;)".unicodeScalars.contains(last)
    }

    /// Whether the next block after a heading or label is kept prose.
    private func introducesKeptText(after k: Int) -> Bool {
        guard k + 1 < entries.count else { return false }
        switch entries[k + 1] {
        case .paragraph, .item: return true
        case .heading, .dropped: return false
        }
    }

    private var current = WhitespaceCollapser()
    private var currentLinks = 0
    private var currentLetters = 0
    private var currentIsHeading = false
    private var currentIsItem = false

    init(tree: PageTree, extractor: ContentExtractor) {
        self.tree = tree
        self.extractor = extractor
    }

    mutating func write(_ roots: [Int]) {
        for root in roots { visit(root, inLink: false) }
        flush()
    }

    private mutating func visit(_ i: Int, inLink: Bool) {
        let node = tree.nodes[i]
        if node.tag == .text {
            guard !extractor.excluded[i] else { return }
            current.append(node.text)
            let letters = Int(extractor.text[i])
            currentLetters += letters
            if inLink { currentLinks += letters }
            return
        }
        if node.tag == .figcaption || node.tag == .figure {
            collectCaptions(i)
            return
        }
        guard !extractor.excluded[i], !node.tag.isNeverContent else { return }
        if node.tag == .td || node.tag == .th {
            // A table row is one line: its cells are words of it, not paragraphs of their own.
            current.breakWord()
            let link = inLink || node.tag == .a
            for child in tree.children(of: i) { visit(child, inLink: link) }
            current.breakWord()
            return
        }
        let block = node.tag.isBlock
        if block { flush() }
        if node.tag.isHeading { currentIsHeading = true }
        if node.tag == .li || node.tag == .dd || node.tag == .dt { currentIsItem = true }
        let link = inLink || node.tag == .a
        for child in tree.children(of: i) { visit(child, inLink: link) }
        if block { flush() }
    }

    private mutating func collectCaptions(_ i: Int) {
        for k in i..<Int(tree.nodes[i].end) where tree.nodes[k].tag == .figcaption {
            let caption = tree.plainText(of: k)
            if !caption.isEmpty { captions.append(caption) }
        }
    }

    private mutating func flush() {
        defer {
            current = WhitespaceCollapser()
            currentLinks = 0
            currentLetters = 0
            currentIsHeading = false
            currentIsItem = false
        }
        guard !current.isEmpty else { return }
        if currentLinks * 2 > currentLetters {
            if case .dropped = entries.last {} else { entries.append(.dropped) }
            return
        }
        let text = current.result
        entries.append(currentIsHeading ? .heading(text) : currentIsItem ? .item(text) : .paragraph(text))
    }
}
