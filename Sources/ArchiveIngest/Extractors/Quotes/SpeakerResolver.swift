/// Turns a speaker phrase into a speaker: one of the article's people when it can, else the words.
///
/// - A name is the person whose mention covers it, or whose name or alias it equals, or whose
///   surname it ends with (the nearest one mentioned before, when several share it).
/// - "he"/"she" is the nearest person mentioned before it (outside quotations) whose gender,
///   as ``PersonGenderEvidence`` reads it, agrees; a person of unknown gender is the fallback.
/// - "the spokesperson" is the person with that word in their titles, when the article has one.
/// - Names the people list lacks are remembered, so later pronouns can still find them.
struct SpeakerResolver {
    struct Resolved: Equatable {
        var speaker: String?
        var person: Int?
    }

    private let ctx: QuoteContext
    private let people: [ArticlePerson]
    private let mentions: [PersonMention]
    private let genders: [PersonGender?]
    /// Whether each mention is the subject of its clause (computed once).
    private let subjectMention: [Bool]
    /// Folded names and aliases, and their last words; computed on first need.
    /// Every person's folded name and aliases, and their last words, in people order (one flat
    /// list each: the first entry of a person wins as the nested lists' first match did).
    private var foldedForms: [(person: Int, form: String)] = []
    private var surnames: [(person: Int, surname: String)] = []
    private var formsBuilt = false
    /// The lower-case words of each person's titles; computed on first need.
    private var titleWords: [[String]] = []
    /// Speakers named in the text but absent from `people`: (token, name, gender).
    private var extraNames: [(token: Int, name: String, gender: PersonGender?)] = []
    private var lastSpeaker: (person: Int?, name: String, token: Int)? = nil
    /// Unnamed people opening sentences ("A Berlin woman, 29, ..."): antecedents too.
    private let unnamed: [UnnamedSubjects.Subject]
    /// Code-point ranges of quoted text: mentions there are not antecedents.
    private let quoted: [TextSpan]

    init(ctx: QuoteContext, people: [ArticlePerson], quoted: [TextSpan]) {
        self.ctx = ctx
        self.people = people
        self.quoted = quoted
        var ms: [PersonMention] = []
        // Room for all at once (the array would otherwise be copied as it grows).
        var mentionCount = 0
        for person in people { mentionCount += person.mentions.count }
        ms.reserveCapacity(mentionCount)
        for (p, person) in people.enumerated() {
            for span in person.mentions {
                let a = ctx.body.tokenIndex(atOrAfter: span.start)
                var b = a
                while b < ctx.count, ctx.tokens[b].start < span.end { b += 1 }
                ms.append(PersonMention(person: p, start: span.start, end: span.end, firstToken: a, endToken: b))
            }
        }
        ms.sort { $0.start < $1.start }
        self.mentions = ms
        let subjects = ms.map { ClauseRoles.isSubject(ctx, $0.firstToken, $0.endToken) }
        self.genders = PersonGenderEvidence.genders(ctx: ctx, people: people, mentions: ms, subjects: subjects)
        self.subjectMention = zip(ms, subjects).map { $0.1 || SpeakerResolver.speaks(ctx, $0.0) }
        if people.isEmpty { self.extraNames = SpeakerResolver.subjectNames(ctx) }
        self.unnamed = UnnamedSubjects.find(ctx)
    }

    static func fold(_ s: String) -> String { NameFolding.fold(s) }

    static func lastWord(_ s: String) -> String? {
        // ASCII (no no-break space): the bytes after the last space.
        var copy = s
        let ascii = copy.withUTF8 { b -> String?? in
            for c in b where c >= 0x80 || c == 0x0D { return .none }
            var hi = b.count
            while hi > 0, b[hi - 1] == 0x20 { hi -= 1 }
            var lo = hi
            while lo > 0, b[lo - 1] != 0x20 { lo -= 1 }
            guard lo < hi else { return .some(nil) }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self))
        }
        if let ascii { return ascii }
        return s.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).last.map(String.init)
    }

    /// `quote`: the code points of the quotation the phrase attributes, when there is one: a
    /// person the quotation names is seldom its speaker ("Sanders proved it," he said).
    mutating func resolve(_ phrase: SpeakerPhrase, quote: TextSpan? = nil) -> Resolved {
        switch phrase.kind {
        case .name: return resolveName(phrase)
        case .pronoun: return resolvePronoun(phrase.text, at: phrase.first, quote: quote)
        case .description: return resolveDescription(phrase)
        }
    }

    private mutating func resolveName(_ phrase: SpeakerPhrase) -> Resolved {
        // Match on the surname: the title words at the front may belong to another mention.
        let a = ctx.tokens[phrase.end - 1].start, b = ctx.tokens[phrase.end - 1].end
        // Mentions are sorted by start: find the first that could overlap, then check a few.
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].end <= a { lo = mid + 1 } else { hi = mid }
        }
        var k = max(0, lo - 2)
        while k < mentions.count, mentions[k].start < b {
            if a < mentions[k].end { return Resolved(speaker: people[mentions[k].person].name, person: mentions[k].person) }
            k += 1
        }
        if !formsBuilt, !people.isEmpty {
            formsBuilt = true
            for (p, person) in people.enumerated() {
                for k in -1..<person.aliases.count {
                    let form = SpeakerResolver.fold(k < 0 ? person.name : person.aliases[k])
                    foldedForms.append((p, form))
                    if let last = SpeakerResolver.lastWord(form) { surnames.append((p, last)) }
                }
            }
        }
        let f = SpeakerResolver.fold(phrase.text)
        if let match = foldedForms.first(where: { $0.form == f }) {
            return Resolved(speaker: people[match.person].name, person: match.person)
        }
        if let last = SpeakerResolver.lastWord(f) {
            var best: Int? = nil, bestStart = -1
            var previous = -1
            for entry in surnames where entry.person != previous && entry.surname == last {
                // (Each person once, in people order.)
                previous = entry.person
                let p = entry.person
                let near = mentions.last(where: { $0.person == p && $0.start < a })?.start ?? 0
                if best == nil || near > bestStart { best = p; bestStart = near }
            }
            if let best { return Resolved(speaker: people[best].name, person: best) }
        }
        var gender = GivenNames.gender(ofFirstWordOf: phrase.text)
        if gender == nil, phrase.first > 1, ctx.word(phrase.first) == .Mr { gender = .male }
        if gender == nil, [QuoteWord.Mrs, .Ms, .Miss].contains(ctx.word(phrase.first)) { gender = .female }
        extraNames.append((phrase.first, phrase.text, gender))
        return Resolved(speaker: phrase.text, person: nil)
    }

    private func isQuoted(_ offset: Int) -> Bool {
        var lo = 0, hi = quoted.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if offset < quoted[mid].start { hi = mid - 1 } else if offset >= quoted[mid].end { lo = mid + 1 } else { return true }
        }
        return false
    }

    /// The antecedent of a pronoun at token `at`: the most salient compatible candidate among
    /// the mentions of the last few sentences (near, a clause subject, of the right gender, the
    /// previous speaker), else the nearest one of the right gender anywhere before.
    func resolvePronoun(_ pronoun: String, at: Int, quote: TextSpan? = nil) -> Resolved {
        guard let g = PersonGenderEvidence.pronounGender(pronoun) else {
            if pronoun == "it" || pronoun == "It", let body = organisationSubject(before: at) { return Resolved(speaker: body, person: nil) }
            return Resolved(speaker: pronoun, person: nil)
        }
        let named = quote.map { peopleNamed(in: $0) } ?? []
        let pos = ctx.tokens[at].start
        let here = ctx.body.sentenceIndex(ofToken: at) ?? 0
        var best: Resolved? = nil, bestScore = Int.min
        var farthestKnown: Resolved? = nil
        // The last mention starting before the pronoun (binary search: mentions are sorted).
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < pos { lo = mid + 1 } else { hi = mid }
        }
        var mi = lo - 1
        var looked = 0
        while mi >= 0, looked < 300, at - mentions[mi].firstToken < 600 {
            looked += 1
            let subject = subjectMention[mi]
            let m = mentions[mi]; mi -= 1
            if isQuoted(m.start) { continue }
            let mg = genders[m.person]
            if let mg, mg != g { continue }
            let dist = here - (ctx.body.sentenceIndex(ofToken: m.firstToken) ?? 0)
            if dist > 6 {
                if mg == g { farthestKnown = Resolved(speaker: people[m.person].name, person: m.person); break }
                continue
            }
            var score = -PronounWeights.distance * dist
            if mg == g { score += PronounWeights.gender }
            if subject { score += PronounWeights.subject }
            if ctx.paragraph(m.firstToken) == ctx.paragraph(at) { score += PronounWeights.paragraph }
            if m.person == lastSpeaker?.person, lastSpeaker?.token ?? 0 < at { score += PronounWeights.lastSpeaker }
            if named.contains(m.person) { score -= PronounWeights.namedInQuote }
            if score > bestScore {
                bestScore = score
                best = Resolved(speaker: people[m.person].name, person: m.person)
            }
        }
        // Remembered names are in discovery order, not text order: look at each (a few hundred at most).
        for e in extraNames.suffix(400) where e.token < at && at - e.token < 600 {
            if let eg = e.gender, eg != g { continue }
            let dist = here - (ctx.body.sentenceIndex(ofToken: e.token) ?? 0)
            if dist > 6 { continue }
            // A name the people list lacks is weaker evidence when there is a list: only a
            // known gender lets it compete with the article's people as a clause subject.
            var score = -PronounWeights.distance * dist + (people.isEmpty || e.gender != nil ? PronounWeights.subject : 0)
            if e.gender == g { score += PronounWeights.gender }
            if ctx.paragraph(e.token) == ctx.paragraph(at) { score += PronounWeights.paragraph }
            if lastSpeaker?.person == nil, lastSpeaker?.name == e.name { score += PronounWeights.lastSpeaker }
            if score > bestScore { bestScore = score; best = Resolved(speaker: e.name, person: nil) }
        }
        for u in unnamed where u.first < at && at - u.first < 600 {
            if let ug = u.gender, ug != g { continue }
            let dist = here - (ctx.body.sentenceIndex(ofToken: u.first) ?? 0)
            if dist > 6 { continue }
            var score = -PronounWeights.distance * dist + PronounWeights.subject
            if u.gender == g { score += PronounWeights.gender }
            if ctx.paragraph(u.first) == ctx.paragraph(at) { score += PronounWeights.paragraph }
            if score > bestScore { bestScore = score; best = Resolved(speaker: u.text, person: nil) }
        }
        return best ?? farthestKnown ?? Resolved(speaker: pronoun, person: nil)
    }

    /// "it" as a speaker: the organisation named as the subject of its sentence or the one
    /// before (`The Security Council condemned the test as what it called "..."`), when that
    /// subject is a name and not one of the article's people.
    private func organisationSubject(before at: Int) -> String? {
        guard let here = ctx.body.sentenceIndex(ofToken: at) else { return nil }
        for s in [here, here - 1] where s >= 0 {
            let range = ctx.body.sentences[s]
            let limit = s == here ? at : range.upperBound
            guard range.lowerBound < limit, let subject = AttributionFinder.sentenceSubject(ctx, start: range.lowerBound, limit: limit),
                  subject.kind == .name else { continue }
            // A heading in capitals ("FULL TEXT") is not a body's name, nor a name modifying the
            // subject ("German football club ...", "Group advertising revenues were up").
            if subject.end - subject.first > 1, (subject.first..<subject.end).allSatisfy({ ctx.tokens[$0].kind != .word || ctx.tokens[$0].isAllCaps }) { return nil }
            if ctx.has(subject.end - 1, .titleWord) { return nil }
            // Its verb follows (`Deloitte said`, `The Council on Friday made`), not a noun it
            // modifies (`Group advertising revenues`).
            if subject.end < ctx.count, ctx.tokens[subject.end].kind == .word {
                let next = ctx.tokens[subject.end].text
                let verbLike = ctx.has(subject.end, .auxiliary) || AttributionFinder.isCue(ctx, subject.end) || ctx.has(subject.end, .preposition)
                    || ctx.has(subject.end, .adverb) || next.hasSuffix("ed") || next.hasSuffix("s") && !next.hasSuffix("ss")
                if ctx.isCap(subject.end) || !verbLike { return nil }
            }
            let a = ctx.tokens[subject.first].start, b = ctx.tokens[subject.end - 1].end
            if peopleNamed(in: TextSpan(start: a, end: b)).isEmpty { return subject.text }
            return nil
        }
        return nil
    }

    /// The people mentioned inside code points `span` (a few at most).
    private func peopleNamed(in span: TextSpan) -> [Int] {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < span.start { lo = mid + 1 } else { hi = mid }
        }
        var out: [Int] = []
        while lo < mentions.count, mentions[lo].start < span.end {
            if !out.contains(mentions[lo].person) { out.append(mentions[lo].person) }
            lo += 1
        }
        return out
    }

    /// Without a people list, the capitalized names that are clause subjects outside quotations
    /// stand in as pronoun antecedents ("Ana Ruiz visited the plant. ... she said").
    static func subjectNames(_ ctx: QuoteContext) -> [(token: Int, name: String, gender: PersonGender?)] {
        var out: [(token: Int, name: String, gender: PersonGender?)] = []
        var i = 0
        while i < ctx.count {
            guard ctx.isCap(i), !ctx.inQuote[i], !ctx.has(i, .capitalizedFunctionWord) else { i += 1; continue }
            var e = i
            while e < ctx.count, e - i < 4, ctx.isCap(e) || ctx.isPunct(e, ".") && e > i && ctx.tokens[e - 1].text.count <= 3 { e += 1 }
            while e > i, ctx.tokens[e - 1].kind == .punctuation { e -= 1 }
            if e > i, ClauseRoles.isSubject(ctx, i, e), let run = SpeakerPhraseReader.nameRun(ctx, endingAt: e - 1, lower: i) {
                var gender = GivenNames.gender(of: ctx.tokens[run.first].text)
                if i > 1, ctx.isPunct(i - 1, ".") {
                    switch ctx.tokens[i - 2].text {
                    case "Mr": gender = .male
                    case "Mrs", "Ms": gender = .female
                    default: break
                    }
                }
                out.append((run.first, run.text, gender))
            }
            i = max(e, i + 1)
        }
        return out
    }

    /// Whether pronoun `pronoun` (token `at`) goes on with the previous quotation's speaker:
    /// of a compatible gender, and no other person named outside quotation marks between that
    /// quotation's end (token `from`) and the pronoun (`"...," said X. ¶ "...," he added.`).
    func continues(_ previous: Resolved, pronoun: String, from: Int, at: Int) -> Bool {
        guard let g = PersonGenderEvidence.pronounGender(pronoun), from < at else { return false }
        if let p = previous.person {
            if let pg = genders[p], pg != g { return false }
        } else if let name = previous.speaker {
            guard let pg = GivenNames.gender(ofFirstWordOf: name), pg == g else { return false }
        }
        let a = ctx.tokens[from].start, b = ctx.tokens[at].start
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < a { lo = mid + 1 } else { hi = mid }
        }
        var k = lo
        while k < mentions.count, mentions[k].start < b {
            if mentions[k].person != previous.person, !isQuoted(mentions[k].start) { return false }
            k += 1
        }
        // An unnamed person opening a sentence in between is a new candidate too.
        for u in unnamed where u.first > from && u.first < at && u.text != previous.speaker { return false }
        return true
    }

    /// True when a speech verb follows the mention (`... the most able candidate Viguerie
    /// argues`): the subject of reported speech, whatever stands before it.
    /// Also `Trump's attorney, Alan Garten, said` and the inverted `..., said Grant Green, a
    /// former official.`
    static func speaks(_ ctx: QuoteContext, _ m: PersonMention) -> Bool {
        var k = m.endToken
        // Past a comma only when the mention is itself set off by commas (an appositive name).
        if ctx.isPunct(k, ","), m.firstToken > 0, ctx.isPunct(m.firstToken - 1, ",") { k += 1 }
        while k < ctx.count, k - m.endToken < 4, SpeakerPhraseReader.isSkippable(ctx, k) { k += 1 }
        if k < ctx.count && !ctx.inQuote[k] && ctx.tokens[k].kind == .word && !ctx.isCap(k)
            && AttributionFinder.isCue(ctx, k) && !ctx.isParticiple(k) { return true }
        // Inverted: a comma-led speech verb right before the name (titles between), and the name
        // ends its clause.
        var b = m.firstToken - 1
        while b > 0, ctx.tokens[b].kind == .word, ctx.has(b, .titleWord) || ctx.isPunct(b, ".") { b -= 1 }
        guard b > 0, ctx.tokens[b].kind == .word, !ctx.inQuote[b], ctx.isPunct(b - 1, ","), AttributionFinder.isCue(ctx, b),
              !ctx.isParticiple(b) else { return false }
        return m.endToken >= ctx.count || ctx.tokens[m.endToken].kind == .punctuation
    }

    /// Remembers who spoke last: a pronoun soon after most often means the same speaker.
    mutating func noteSpeaker(_ r: Resolved, at token: Int) {
        guard let name = r.speaker else { return }
        lastSpeaker = (r.person, name, token)
    }


    private mutating func resolveDescription(_ phrase: SpeakerPhrase) -> Resolved {
        // Only a person's title can resolve a description: without people it stands as written.
        // (Any other way out gives the same.)
        guard !people.isEmpty, SpaceSeparatedWords.first(phrase.text).map({ $0 == "the" || $0 == "The" }) ?? false,
              let head = SpaceSeparatedWords.last(phrase.text).map({ $0.lowercased() }), head.count > 2 else {
            return Resolved(speaker: phrase.text, person: nil)
        }
        if titleWords.isEmpty {
            titleWords = people.map { person in person.titles.flatMap { $0.lowercased().split(separator: " ").map(String.init) } }
        }
        let pos = ctx.tokens[phrase.first].start
        var best: Int? = nil, bestStart = -1
        for p in people.indices where titleWords[p].contains(head) {
            let near = mentions.last(where: { $0.person == p && $0.start < pos })?.start ?? 0
            if best == nil || near > bestStart { best = p; bestStart = near }
        }
        if let best { return Resolved(speaker: people[best].name, person: best) }
        return Resolved(speaker: phrase.text, person: nil)
    }
}


/// Salience weights for pronoun antecedents (tuned on development articles; the results were
/// flat around these values, so they are round numbers rather than fitted ones).
enum PronounWeights {
    /// Cost per sentence of distance.
    static let distance = 2
    /// A mention whose gender the article confirms.
    static let gender = 2
    /// A mention that is the subject of its clause.
    static let subject = 4
    /// A mention in the pronoun's own paragraph.
    static let paragraph = 2
    /// The person who spoke last.
    static let lastSpeaker = 1
    /// A person the quotation itself names (a penalty).
    static let namedInQuote = 3
}
