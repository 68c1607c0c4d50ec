/// Answers "does this node sit in comments, a related-articles list, a sidebar, a footer or
/// navigation?" for the date finder, which must not take a date from a comment or a teaser.
/// Answers are memoized per node, so asking for every text node of a page stays linear.
struct FurnitureZones {
    private let tree: PageTree
    /// -1 unknown, 0 no, 1 yes.
    private var memo: [Int8]

    /// An element that encloses this node (the headline) is a layout column, however it is named:
    /// comments, teasers and sidebars never hold the article's headline (`st-sidebar__content`).
    private let headline: Int?

    init(tree: PageTree, headline: Int? = nil) {
        self.tree = tree
        self.headline = headline
        memo = Array(repeating: -1, count: tree.nodes.count)
    }

    mutating func contains(_ node: Int) -> Bool {
        var chain: [Int] = []
        var p = node
        var result = false
        while p >= 0 {
            if memo[p] >= 0 { result = memo[p] == 1; break }
            if isZone(p) { result = true; break }
            chain.append(p)
            p = Int(tree.nodes[p].parent)
        }
        if p >= 0 && result { memo[p] = 1 }
        for c in chain { memo[c] = result ? 1 : 0 }
        return result
    }

    private func isZone(_ i: Int) -> Bool {
        if let headline, i <= headline, headline < Int(tree.nodes[i].end) { return false }
        switch tree.nodes[i].tag {
        case .footer, .nav: return true
        case .aside:
            // An `<aside>` just below the headline is the article's info box (author, date).
            guard let headline, i > headline, i - headline < 80 else { return true }
        case .body, .html, .text: return false
        default: break
        }
        guard tree.nodes[i].attributeCount > 0 else { return false }
        for value in [tree.attribute(.class, of: i), tree.attribute(.id, of: i)] {
            guard let v = value?.lowercased(), v.utf8.count > 4 else { continue }
            guard v.hasBytes("comment") || v.hasBytes("related") || v.hasBytes("sidebar") || v.hasBytes("footer")
                || v.hasBytes("teaser") || v.hasBytes("recommend") else { continue }
            for token in v.split(separator: " ") where Self.isFurnitureName(String(token)) { return true }
        }
        return false
    }

    /// One class name or id that names furniture: `comments`, `related-posts`, `sidebar`,
    /// `article__related`, but not a layout that merely has a sidebar (`has-sidebar`,
    /// `lay-sidebar`) or a BEM element of such a block (`sidebar__main`, `st-sidebar__content`:
    /// when the block itself is furniture, its own class marks it).
    static func isFurnitureName(_ name: String) -> Bool {
        var element = Substring(name)
        if let r = name.range(of: "__", options: .backwards) { element = name[r.upperBound...] }
        let token = String(element)
        guard token.hasBytes("comment") || token.hasBytes("related") || token.hasBytes("sidebar")
            || token.hasBytes("footer") || token.hasBytes("teaser") || token.hasBytes("recommend") else { return false }
        for prefix in ["has-", "with-", "no-", "lay"] where token.hasPrefix(prefix) { return false }
        return !token.hasBytes("main")
    }
}
