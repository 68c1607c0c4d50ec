/// Writes the chosen story containers as paragraphs: every block element starts a new one,
/// inline text flows. Furniture inside the story is skipped; a block made mostly of link text
/// ("Read more: ...", a list of related headlines) is dropped; figure captions are set aside.
struct BlockWriter {
    let tree: PageTree
    let extractor: ContentExtractor

    private(set) var paragraphs: [String] = []
    private(set) var captions: [String] = []
    private var current = WhitespaceCollapser()
    private var currentLinks = 0
    private var currentLetters = 0
    private var currentIsHeading = false

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
        let block = node.tag.isBlock
        if block { flush() }
        if node.tag.isHeading { currentIsHeading = true }
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
        }
        guard !current.isEmpty else { return }
        if currentLinks * 2 > currentLetters { return }
        paragraphs.append(current.result)
    }
}
