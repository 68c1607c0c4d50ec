/// Last pass over the story's paragraphs: the headline repeated at the top of the story is
/// dropped (the title is kept apart), as are exact duplicate paragraphs; wire-copy credit lines
/// at the end ("Reporting by ...; Editing by ...") move out of the body into the byline.
enum BodyCleanup {
    static func split(_ paragraphs: [String], title: String?) -> (body: [String], credits: [String]) {
        var out: [String] = []
        var seen = Set<String>()
        let t = title.map(TitleChooser.fold)
        for (k, p) in paragraphs.enumerated() {
            if k < 3, let t, TitleChooser.fold(p) == t { continue }
            if p.count > 30 && !seen.insert(p).inserted { continue }
            out.append(p)
        }
        var credits: [String] = []
        while let last = out.last, out.count > 1, credits.count < 2, isCreditLine(last) {
            credits.insert(last, at: 0)
            out.removeLast()
        }
        return (out, credits)
    }

    private static let creditStarts = ["reporting by", "writing by", "editing by", "additional reporting by",
                                       "compiled by", "(reporting by", "(writing by", "(editing by",
                                       "(additional reporting by"]

    private static func isCreditLine(_ paragraph: String) -> Bool {
        guard paragraph.count < 400 else { return false }
        let lower = paragraph.lowercased()
        return creditStarts.contains { lower.hasPrefix($0) }
    }
}
