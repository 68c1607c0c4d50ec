/// Finds the article's main text in a ``PageTree``, readability-style.
///
/// 1. Furniture is marked: tags that never hold the story (nav, footer, aside, form...) and
///    elements whose class/id/role say so (``BoilerplateRules``), with their whole subtrees.
/// 2. Every paragraph-like block of enough text scores its ancestors (more for the parent, less
///    further up): long text and commas mean prose. Containers are discounted by their share of
///    link text, so link lists lose against a story.
/// 3. The best container wins; its parent takes over when it scores nearly as well (the story
///    was split across siblings), and siblings that look like story paragraphs join it.
/// 4. The chosen subtrees are written out block by block (``BlockWriter``).
struct ContentExtractor {
    let tree: PageTree
    private(set) var excluded: [Bool]
    private(set) var text: [Int32]
    private(set) var links: [Int32]
    private(set) var commas: [Int32]
    /// Word gaps: a "paragraph" without any (`narrow-browser-and-phone`) is a token, not prose.
    private(set) var spaces: [Int32]
    /// Text directly in a block: its text nodes and inline children, not nested blocks.
    private(set) var inlineText: [Int32]
    private(set) var score: [Float]
    /// Elements whose class/id mark the article itself (`article-body`, `entry-content`).
    private var contentHinted: [Bool]
    /// Letters in prose blocks (long enough, few links) below each node.
    private(set) var prose: [Int32]

    init(tree: PageTree) {
        self.tree = tree
        let n = tree.nodes.count
        excluded = Array(repeating: false, count: n)
        text = Array(repeating: 0, count: n)
        links = Array(repeating: 0, count: n)
        commas = Array(repeating: 0, count: n)
        spaces = Array(repeating: 0, count: n)
        contentHinted = Array(repeating: false, count: n)
        inlineText = Array(repeating: 0, count: n)
        score = Array(repeating: 0, count: n)
        prose = Array(repeating: 0, count: n)
        measureText()
        markFurniture()
        aggregate()
        scoreCandidates()
    }

    /// Counts letters (non-space scalars) and commas of every text node, and their totals per
    /// element ignoring furniture, for the size guard in ``markFurniture``.
    private mutating func measureText() {
        let nodes = tree.nodes
        for i in nodes.indices where nodes[i].tag == .text {
            var letters: Int32 = 0
            var c: Int32 = 0
            var gaps: Int32 = 0
            for s in nodes[i].text.unicodeScalars {
                if !WhitespaceCollapser.isSpace(s) { letters += 1 } else { gaps += 1 }
                if s == "," || s == "\u{060C}" || s == "\u{FF0C}" { c += 1 }
            }
            text[i] = letters
            commas[i] = c
            spaces[i] = gaps
        }
    }

    /// Marks furniture subtrees. An element that looks like furniture by class but holds most of
    /// the page's text (a wrapper called `has-sidebar`) or several long paragraphs of prose (an
    /// article body called `sharingContainer`) is left alone. A `<header>` inside an article is
    /// judged by its parts: it often holds the lede next to the headline and byline.
    private mutating func markFurniture() {
        let nodes = tree.nodes
        var rawText = text
        var rawLinks = Array(repeating: Int32(0), count: nodes.count)
        var longParagraphs = Array(repeating: Int32(0), count: nodes.count)
        var inLink = Array(repeating: false, count: nodes.count)
        for i in nodes.indices where nodes[i].parent >= 0 {
            inLink[i] = inLink[Int(nodes[i].parent)] || nodes[i].tag == .a
        }
        for i in nodes.indices where nodes[i].tag == .text && inLink[i] { rawLinks[i] = text[i] }
        for i in nodes.indices.reversed() where nodes[i].parent >= 0 && !nodes[i].tag.isNeverContent {
            let p = Int(nodes[i].parent)
            rawText[p] += rawText[i]
            rawLinks[p] += rawLinks[i]
            if nodes[i].tag == .p && rawText[i] >= 150 && rawLinks[i] * 5 < rawText[i] { longParagraphs[i] += 1 }
            longParagraphs[p] += longParagraphs[i]
        }
        let pageText = max(rawText.first ?? 1, 1)
        var inArticle = Array(repeating: false, count: nodes.count)
        for i in nodes.indices {
            let node = nodes[i]
            let parent = Int(node.parent)
            if parent >= 0 {
                inArticle[i] = inArticle[parent] || nodes[parent].tag == .article || nodes[parent].tag == .main
                if excluded[parent] { excluded[i] = true; continue }
            }
            if node.tag == .text { continue }
            if node.tag == .script { excluded[i] = true; continue }
            if node.tag == .html || node.tag == .body || node.tag == .main || node.tag == .article {
                contentHinted[i] = node.attributeCount > 0 && BoilerplateRules.verdict(tree: tree, node: i) == .content
                continue
            }
            let most = rawText[i] * 2 >= pageText
            if BoilerplateRules.isFurnitureTag(node.tag) {
                if node.tag == .header && inArticle[i] {
                    contentHinted[i] = node.attributeCount > 0 && BoilerplateRules.verdict(tree: tree, node: i) == .content
                    continue
                }
                excluded[i] = node.tag.isNeverContent || !most
                continue
            }
            switch BoilerplateRules.verdict(tree: tree, node: i) {
            case .furniture: excluded[i] = !most
            case .weakFurniture: excluded[i] = !most && longParagraphs[i] < 3
            case .content: contentHinted[i] = true
            case .neutral: break
            }
        }
    }

    /// Sums text, link text and commas of kept nodes into their ancestors.
    private mutating func aggregate() {
        let nodes = tree.nodes
        var inLink = Array(repeating: false, count: nodes.count)
        for i in nodes.indices where nodes[i].parent >= 0 {
            inLink[i] = inLink[Int(nodes[i].parent)] || nodes[i].tag == .a
        }
        for i in nodes.indices where excluded[i] { text[i] = 0; commas[i] = 0; spaces[i] = 0 }
        for i in nodes.indices where nodes[i].tag == .text && inLink[i] { links[i] = text[i] }
        for i in nodes.indices.reversed() {
            let p = Int(nodes[i].parent)
            guard p >= 0, !excluded[i] else { continue }
            text[p] += text[i]
            links[p] += links[i]
            commas[p] += commas[i]
            spaces[p] += spaces[i]
            if !nodes[i].tag.isBlock { inlineText[p] += text[i] }
        }
    }

    private func initialWeight(_ i: Int) -> Float {
        var w: Float
        switch tree.nodes[i].tag {
        case .div, .article, .section, .main: w = 5
        case .pre, .td, .blockquote: w = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: w = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: w = -5
        default: w = 0
        }
        if tree.nodes[i].tag == .article { w += 10 }
        if contentHinted[i] { w += 25 }
        return w
    }

    private mutating func scoreCandidates() {
        let nodes = tree.nodes
        var touched = Array(repeating: false, count: nodes.count)
        for i in nodes.indices where !excluded[i] && nodes[i].tag.isBlock {
            let length = nodes[i].tag == .p ? text[i] : inlineText[i]
            guard length >= 25, spaces[i] >= 2 || length >= 60 else { continue }
            let points = 1 + Float(commas[i]) + min(Float(length) / 100, 3)
            if length >= 60 && linkDensity(i) < 0.3 { prose[i] = length }
            var ancestor = Int(nodes[i].parent)
            var level = 0
            while ancestor >= 0 && level < 5 {
                if !touched[ancestor] {
                    touched[ancestor] = true
                    score[ancestor] = initialWeight(ancestor)
                }
                let divider: Float = level == 0 ? 1 : (level == 1 ? 2 : Float(level) * 3)
                score[ancestor] += points / divider
                ancestor = Int(nodes[ancestor].parent)
                level += 1
            }
        }
        for i in nodes.indices.reversed() where nodes[i].parent >= 0 {
            prose[Int(nodes[i].parent)] += prose[i]
        }
        for i in nodes.indices where touched[i] {
            score[i] *= 1 - linkDensity(i)
        }
        for i in nodes.indices where !touched[i] || nodes[i].tag == .html { score[i] = -.infinity }
    }

    func linkDensity(_ i: Int) -> Float {
        text[i] > 0 ? Float(links[i]) / Float(text[i]) : 0
    }

    /// The chosen story containers, in document order.
    func storyNodes() -> [Int] {
        let nodes = tree.nodes
        guard var top = score.indices.max(by: { score[$0] < score[$1] }), score[top] > -.infinity else {
            return nodes.isEmpty ? [] : [0]
        }
        // Climb while the parent scores nearly as well: the story is split over siblings.
        var last = score[top]
        var parent = Int(nodes[top].parent)
        while parent >= 0 && nodes[parent].tag != .body && nodes[parent].tag != .html {
            if score[parent] == -.infinity { break }
            if score[parent] < last / 3 { break }
            if score[parent] > last { top = parent; last = score[parent] }
            parent = Int(nodes[parent].parent)
        }
        // Climb while the parent adds prose and little else (the story continues in a sibling
        // container), or adds nothing (a wrapper).
        while nodes[top].parent >= 0 {
            let p = Int(nodes[top].parent)
            if nodes[p].tag == .body || nodes[p].tag == .html { break }
            let addsProse = prose[p] - prose[top] >= 80 && linkDensity(p) <= 0.3 && prose[p] * 2 >= text[p]
            if !addsProse && text[p] > text[top] + 20 { break }
            top = p
        }
        let parentIndex = Int(nodes[top].parent)
        guard parentIndex >= 0 else { return [top] }
        let threshold = max(10, score[top] * 0.2)
        var chosen: [Int] = []
        for s in tree.children(of: parentIndex) {
            if s == top { chosen.append(s); continue }
            if excluded[s] || nodes[s].tag == .text { continue }
            if score[s] >= threshold { chosen.append(s); continue }
            let length = inlineText[s]
            if nodes[s].tag == .p && length > 80 && linkDensity(s) < 0.25 { chosen.append(s) }
        }
        return chosen
    }
}
