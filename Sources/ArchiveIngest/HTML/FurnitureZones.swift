/// Answers "does this node sit in comments, a related-articles list, a sidebar, a footer or
/// navigation?" for the date finder, which must not take a date from a comment or a teaser.
/// Answers are memoized per node, so asking for every text node of a page stays linear.
struct FurnitureZones {
    private let tree: PageTree
    /// -1 unknown, 0 no, 1 yes.
    private var memo: [Int8]

    init(tree: PageTree) {
        self.tree = tree
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
        switch tree.nodes[i].tag {
        case .footer, .aside, .nav: return true
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

    /// One class name or id that names furniture: `comments`, `related-posts`, `sidebar`, but not
    /// a layout that merely has a sidebar (`has-sidebar`, `lay-sidebar`) or its main column
    /// (`sidebar__main`).
    static func isFurnitureName(_ token: String) -> Bool {
        guard token.hasBytes("comment") || token.hasBytes("related") || token.hasBytes("sidebar")
            || token.hasBytes("footer") || token.hasBytes("teaser") || token.hasBytes("recommend") else { return false }
        for prefix in ["has-", "with-", "no-", "lay"] where token.hasPrefix(prefix) { return false }
        return !token.hasBytes("main")
    }
}
