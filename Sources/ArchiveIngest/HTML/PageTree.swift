/// A page as a flat array of nodes in document order, copied out of libxml2 in one walk.
///
/// Working on Swift arrays keeps the cleaner free of C pointers and fast: a node's subtree is
/// the contiguous range `i ..< nodes[i].end`, so "all text below" or "every ancestor" are plain
/// loops. Only the attributes the cleaner reads are kept.
struct PageTree {
    struct Node {
        var tag: HTMLTag
        var parent: Int32
        /// One past the last node of this node's subtree.
        var end: Int32
        /// Text nodes: the raw text. Elements: empty.
        var text: String = ""
        /// Range into ``PageTree/attributes``.
        var attributeStart: Int32 = 0
        var attributeCount: UInt8 = 0
    }

    enum Attribute: UInt8 {
        case `class`, id, itemprop, role, href, rel, content, name, property, datetime, type, style, hidden, lang

        static let byKey: [UInt64: Attribute] = {
            let names: [(StaticString, Attribute)] = [
                ("class", .class), ("id", .id), ("itemprop", .itemprop), ("role", .role), ("href", .href),
                ("rel", .rel), ("content", .content), ("name", .name), ("property", .property),
                ("datetime", .datetime), ("type", .type), ("style", .style), ("hidden", .hidden), ("lang", .lang),
            ]
            var map: [UInt64: Attribute] = [:]
            for (n, a) in names { map[PackedName.key(n)] = a }
            return map
        }()
    }

    var nodes: [Node] = []
    var attributes: [(Attribute, String)] = []

    func attribute(_ name: Attribute, of node: Int) -> String? {
        let n = nodes[node]
        guard n.attributeCount > 0 else { return nil }
        let start = Int(n.attributeStart)
        for k in start..<start + Int(n.attributeCount) where attributes[k].0 == name { return attributes[k].1 }
        return nil
    }

    /// Direct children of `node`, in order.
    func children(of node: Int) -> ChildSequence { ChildSequence(tree: self, parent: node) }

    struct ChildSequence: Sequence, IteratorProtocol {
        private let nodes: [Node]
        private var cursor: Int
        private let end: Int
        init(tree: PageTree, parent: Int) {
            nodes = tree.nodes
            cursor = parent + 1
            end = Int(tree.nodes[parent].end)
        }
        mutating func next() -> Int? {
            guard cursor < end else { return nil }
            defer { cursor = Int(nodes[cursor].end) }
            return cursor
        }
    }

    /// All text below `node`, whitespace collapsed (no block structure).
    func plainText(of node: Int) -> String {
        var out = WhitespaceCollapser()
        for k in node..<Int(nodes[node].end) where nodes[k].tag == .text { out.append(nodes[k].text) }
        return out.result
    }
}

extension PageTree {
    /// Copies a parsed libxml2 document. Script and style bodies are dropped on the way, except
    /// JSON-LD scripts, whose text the metadata reader needs.
    init(_ document: LibXMLDocument) {
        guard let root = document.root else { return }
        nodes.reserveCapacity(4096)
        append(root, parent: -1)
    }

    private mutating func append(_ node: LibXMLNode, parent: Int32) {
        switch node.kind {
        case .other:
            return
        case .text:
            nodes.append(Node(tag: .text, parent: parent, end: Int32(nodes.count + 1), text: node.content))
        case .element:
            let index = nodes.count
            let tag = HTMLTag.from(key: node.nameKey, name: { node.name })
            var entry = Node(tag: tag, parent: parent, end: 0, attributeStart: Int32(attributes.count))
            var count = 0
            node.forEachAttribute { key, value in
                guard count < 255, let attribute = Attribute.byKey[key] else { return }
                attributes.append((attribute, value()))
                count += 1
            }
            entry.attributeCount = UInt8(count)
            nodes.append(entry)
            let keepsChildren: Bool
            switch tag {
            case .script: keepsChildren = attribute(.type, of: index)?.lowercased().hasBytes("ld+json") ?? false
            case .style, .svg, .noscript, .template, .iframe, .select, .object, .canvas: keepsChildren = false
            default: keepsChildren = true
            }
            if keepsChildren {
                var child = node.firstChild
                while let c = child {
                    append(c, parent: Int32(index))
                    child = c.nextSibling
                }
            }
            nodes[index].end = Int32(nodes.count)
        }
    }
}
