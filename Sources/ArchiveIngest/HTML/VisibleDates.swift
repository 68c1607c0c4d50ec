/// Dates the reader sees next to the headline: a `<time>` element, or a dateline written in the
/// text just after (or shortly before) the headline. Dates in comments, teaser lists and
/// sidebars, and dates inside the story's sentences (events, not datelines) are skipped.
enum VisibleDates {
    /// `itemprop=datePublished` first; else the `<time>` closest after the headline (or before
    /// it, within a short distance), skipping comments and related-article lists. A `<time>`
    /// marked as an update (`class="updated"`) only counts when no other one is near.
    /// A date seen on the page and the node it was read from.
    struct Sighting {
        var iso: String
        var node: Int
        /// Marked up as the publication date (`itemprop=datePublished`).
        var marked = false
    }

    static func timeElement(tree: PageTree, metadata: PageMetadata, anchor: Int) -> Sighting? {
        var zones = FurnitureZones(tree: tree, headline: anchor)
        var best: (distance: Int, sighting: Sighting)?
        var bestUpdate: (distance: Int, sighting: Sighting)?
        let dayFirst = metadata.writesDayFirst
        for (node, value, text) in metadata.timeElements {
            guard let iso = value.flatMap({ DateParsing.iso(from: $0, dayFirst: dayFirst) })
                ?? DateParsing.firstDate(in: text, dayFirst: dayFirst) else { continue }
            if let prop = tree.attribute(.itemprop, of: node)?.lowercased(), prop == "datepublished" {
                return Sighting(iso: iso, node: node, marked: true)
            }
            guard !zones.contains(node) else { continue }
            let distance = node >= anchor ? node - anchor : (anchor - node) * 3
            if marksUpdate(tree, node) {
                if bestUpdate == nil || distance < bestUpdate!.distance { bestUpdate = (distance, Sighting(iso: iso, node: node)) }
            } else if best == nil || distance < best!.distance {
                best = (distance, Sighting(iso: iso, node: node))
            }
        }
        guard let chosen = best ?? bestUpdate, chosen.distance < 3000 else { return nil }
        return chosen.sighting
    }

    /// A `<time>` (or its parent) whose class or itemprop says it holds the last update.
    private static func marksUpdate(_ tree: PageTree, _ node: Int) -> Bool {
        for n in [node, Int(tree.nodes[node].parent)] where n >= 0 {
            for value in [tree.attribute(.class, of: n), tree.attribute(.itemprop, of: n)] {
                guard let v = value?.lowercased() else { continue }
                if v.hasBytes("updated") || v.hasBytes("modified") || v.hasBytes("update-") { return true }
            }
        }
        return false
    }

    /// The date written closest to the headline: in the text after it (a dateline, "Published
    /// ...") or shortly before it (a date above the headline). Neighbouring text nodes are read
    /// together, since pages split dates over elements (`<span>26</span> Okt 2018`).
    static func dateNear(tree: PageTree, anchor: Int, dayFirst: Bool = false) -> Sighting? {
        let nodes = tree.nodes
        var pieces: [String] = []
        var seen = 0
        var i = anchor
        var forward: (Sighting, Int)?
        var length = 0
        var zones = FurnitureZones(tree: tree, headline: anchor)
        while i < nodes.count && seen < 150 {
            if nodes[i].tag == .text, nodes[i].text.utf8.count > 1, !inScript(tree, i), !zones.contains(i) {
                let t = nodes[i].text
                seen += 1
                pieces.append(t)
                // Only text with digits can complete a date; a date inside a long paragraph or
                // deep in a sentence is an event of the story, not a dateline.
                if hasDigit(t), !inLongBlock(tree, i), !isProse(t),
                   let d = DateParsing.firstDate(in: pieces.suffix(3).joined(separator: " "), dayFirst: dayFirst) {
                    let published = publishedInsteadOfUpdate(tree, pieces.suffix(3), after: i, dayFirst: dayFirst)
                    forward = (Sighting(iso: published ?? d, node: i), length)
                    break
                }
                length += t.utf8.count
            }
            i += 1
        }
        pieces = []
        seen = 0
        i = anchor - 1
        var backward: (Sighting, Int)?
        length = 0
        while i >= 0 && seen < 25 {
            if nodes[i].tag == .text, nodes[i].text.utf8.count > 1, !inScript(tree, i) {
                let t = nodes[i].text
                seen += 1
                pieces.append(t)
                length += t.utf8.count
                if hasDigit(t), !isProse(t), let d = DateParsing.firstDate(in: pieces.suffix(3).reversed().joined(separator: " "), dayFirst: dayFirst) {
                    backward = (Sighting(iso: d, node: i), length)
                    break
                }
            }
            i -= 1
        }
        switch (forward, backward) {
        case let (f?, b?): return b.1 * 2 < f.1 ? b.0 : f.0
        case let (f?, nil): return f.0
        case let (nil, b?): return b.0
        default: return nil
        }
    }

    static let publicationLabels = [
        "veröffentlicht", "erstellt", "publiziert", "erschienen", "published", "posted", "publié", "publicado",
        "pubblicato", "gepubliceerd", "opublikowano",
    ]
    static let updateLabels = [
        "aktualisiert", "geändert", "updated", "modified", "mis à jour", "actualizado", "aggiornato", "bijgewerkt",
    ]

    /// A dateline that reads "Updated 22.03.2019 | Published 21.03.2019": the first date is the
    /// update, so take the one after a publication label, in this text or the next few pieces.
    private static func publishedInsteadOfUpdate(_ tree: PageTree, _ pieces: ArraySlice<String>, after node: Int,
                                                 dayFirst: Bool) -> String? {
        var line = pieces.joined(separator: " ")
        var k = node + 1
        var added = 0
        while k < tree.nodes.count && added < 6 {
            if tree.nodes[k].tag == .text { line += " " + tree.nodes[k].text; added += 1 }
            k += 1
        }
        let lower = line.lowercased()
        guard updateLabels.contains(where: { lower.hasBytes($0) }) else { return nil }
        return PageWideDates.labelled(line, dayFirst: dayFirst, labels: publicationLabels)
    }

    /// A text with a digit whose first digit comes after more than nine words: the date sits in a
    /// sentence ("The mayor presented the budget to the council on Thursday, 28 September 2017"),
    /// which a dateline or byline ("By Jane Doe, Berlin, 28 September 2017") never is.
    static func isProse(_ text: String) -> Bool { wordsBeforeDigit(text) > 9 }

    /// The words before the first digit of a text (`Int.max` when it has none).
    static func wordsBeforeDigit(_ text: String) -> Int {
        var words = 0
        var inWord = false
        for s in text.unicodeScalars {
            if s.value >= 48 && s.value <= 57 { return words }
            if s.properties.isAlphabetic {
                if !inWord { words += 1; inWord = true }
            } else {
                inWord = false
            }
        }
        return Int.max
    }

    /// Whether the nearest block around a text node holds more than 200 bytes of text.
    private static func inLongBlock(_ tree: PageTree, _ node: Int) -> Bool {
        var b = Int(tree.nodes[node].parent)
        while b >= 0 && !tree.nodes[b].tag.isBlock { b = Int(tree.nodes[b].parent) }
        guard b >= 0 else { return false }
        var bytes = 0
        for k in b..<Int(tree.nodes[b].end) where tree.nodes[k].tag == .text {
            bytes += tree.nodes[k].text.utf8.count
            if bytes > 200 { return true }
        }
        return false
    }

    /// JSON-LD script text is kept in the tree for the metadata reader; it is not page text.
    static func inScript(_ tree: PageTree, _ node: Int) -> Bool {
        let parent = Int(tree.nodes[node].parent)
        return parent >= 0 && tree.nodes[parent].tag == .script
    }

    static func hasDigit(_ s: String) -> Bool {
        s.utf8.contains { $0 >= 48 && $0 <= 57 }
    }
}
