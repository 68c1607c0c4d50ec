/// Finds the people of an article: those the body mentions (with every mention's span, the
/// forms of their name and the titles written beside it) and those credited for it (reporters,
/// editors, photographers from the byline, captions, metadata and a credit line left in the body).
///
/// How a run of capitalized words is judged to be a person is explained in ``NameClassifier``;
/// how short forms are resolved to full names, in ``PersonGrouper``.
public struct PeopleExtractor: PeopleExtracting {
    private typealias Credit = CreditParser.Credit

    public init() {}

    public func people(in article: Article, text: BodyText) -> [ArticlePerson] {
        // Credit lines and photo credits left in the body are credits, not mentions.
        var skip: [TextSpan] = []
        var credits: [Credit] = []
        for p in text.paragraphs where p.length < 400 {
            guard CreditParser.mayBeCreditLine(text.scalars, p) else { continue }
            // (Built from the code points with the tokenizer's ASCII fast path: `string(_:)`
            // appends them one at a time.)
            let line = Tokenizer.string(text.scalars, p.start, p.end)
            if CreditParser.isCreditLine(line) {
                skip.append(p)
                credits += CreditParser.credits(inLine: line)
            }
        }
        if CreditParser.mayHavePhotoCredit(text.text) {
            for (name, span) in CreditParser.photoCredits(in: text.scalars) {
                skip.append(span)
                credits.append(.init(name: name, role: .photographer))
            }
        }

        let runs = NameRunScanner.runs(in: text, skip: skip)
        var candidates: [NameCandidate] = []
        candidates.reserveCapacity(runs.runs.count)
        for (k, run) in runs.runs.enumerated() {
            candidates.append(NameClassifier.classify(run, index: k, words: runs.words, text: text))
        }
        NameClassifier.acceptListNeighbours(&candidates, runs: runs, tokens: text.tokens)
        NameClassifier.rejectAffiliations(&candidates, words: runs.words, text: text)
        var grouper = PersonGrouper(text: text)
        grouper.group(runs: runs, candidates: candidates)
        grouper.collectTitles()
        for caption in article.captions where !caption.isEmpty {
            let scalars = Array(caption.unicodeScalars)
            let photo = CreditParser.photoCredits(in: scalars)
            for (name, _) in photo { credits.append(.init(name: name, role: .photographer)) }
            // Tokenize the caption only when it names someone of the body, and only up to the
            // last such name: titles stand before names.
            var cut = -1
            for d in grouper.drafts where d.hasMentions {
                if let end = caption.utf8.endOffset(of: d.surname.utf8) { cut = max(cut, end) }
            }
            if cut > 0 {
                let head = String(decoding: caption.utf8.prefix(cut), as: UTF8.self)
                let c = BodyText(head)
                grouper.collectTitles(from: c, runs: NameRunScanner.runs(in: c, skip: []))
            }
        }
        var people = grouper.people()

        if let byline = article.byline, !byline.isEmpty {
            credits += CreditParser.credits(inLine: byline)
            // A photo credit has a slash ("AFP/Jane Doe"): most bylines are not copied to scalars.
            if CreditParser.mayHavePhotoCredit(byline) {
                for (name, _) in CreditParser.photoCredits(in: Array(byline.unicodeScalars)) {
                    credits.append(.init(name: name, role: .photographer))
                }
            }
        }
        for author in article.authors {
            if let name = CreditParser.cleanName(author) {
                credits.append(.init(name: name, role: .author))
            }
        }
        // Each name and role once, first come first kept: a few credits are compared pairwise
        // rather than hashed.
        if credits.count <= 64 {
            for (k, c) in credits.enumerated() where !credits[..<k].contains(where: { $0.role == c.role && $0.name == c.name }) {
                people.append(ArticlePerson(name: c.name, aliases: [c.name], role: c.role))
            }
        } else {
            var seen: Set<Credit> = []
            for c in credits where seen.insert(c).inserted {
                people.append(ArticlePerson(name: c.name, aliases: [c.name], role: c.role))
            }
        }
        return people
    }
}

