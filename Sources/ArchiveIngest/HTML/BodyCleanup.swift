/// Last pass over the story's paragraphs: the headline repeated at the top of the story is
/// dropped (the title is kept apart), as are exact duplicate paragraphs.
enum BodyCleanup {
    static func paragraphs(_ paragraphs: [String], title: String?) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        let t = title.map(TitleChooser.fold)
        for (k, p) in paragraphs.enumerated() {
            if k < 3, let t, TitleChooser.fold(p) == t { continue }
            if p.count > 30 && !seen.insert(p).inserted { continue }
            out.append(p)
        }
        return out
    }
}
