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
            if v.hasBytes("comment") || v.hasBytes("related") || v.hasBytes("sidebar") || v.hasBytes("footer")
                || v.hasBytes("teaser") || v.hasBytes("recommend") {
                return true
            }
        }
        return false
    }
}
