import Foundation

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
    private let foldedForms: [[String]]
    private let surnames: [[String]]
    /// Speakers named in the text but absent from `people`: (token, name, gender).
    private var extraNames: [(token: Int, name: String, gender: PersonGender?)] = []
    /// Code-point ranges of quoted text: mentions there are not antecedents.
    private let quoted: [TextSpan]

    init(ctx: QuoteContext, people: [ArticlePerson], quoted: [TextSpan]) {
        self.ctx = ctx
        self.people = people
        self.quoted = quoted
        var ms: [PersonMention] = []
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
        self.genders = PersonGenderEvidence.genders(ctx: ctx, people: people, mentions: ms)
        self.foldedForms = people.map { p in ([p.name] + p.aliases).map(SpeakerResolver.fold) }
        self.surnames = people.map { p in
            ([p.name] + p.aliases).compactMap { SpeakerResolver.lastWord(SpeakerResolver.fold($0)) }
        }
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
    }

    static func lastWord(_ s: String) -> String? {
        s.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).last.map(String.init)
    }

    mutating func resolve(_ phrase: SpeakerPhrase) -> Resolved {
        switch phrase.kind {
        case .name: return resolveName(phrase)
        case .pronoun: return resolvePronoun(phrase.text, at: phrase.first)
        case .description: return resolveDescription(phrase)
        }
    }

    private mutating func resolveName(_ phrase: SpeakerPhrase) -> Resolved {
        let a = ctx.tokens[phrase.first].start, b = ctx.tokens[phrase.end - 1].end
        for m in mentions where m.start < b && a < m.end {
            return Resolved(speaker: people[m.person].name, person: m.person)
        }
        let f = SpeakerResolver.fold(phrase.text)
        for (p, forms) in foldedForms.enumerated() where forms.contains(f) {
            return Resolved(speaker: people[p].name, person: p)
        }
        if let last = SpeakerResolver.lastWord(f) {
            var best: Int? = nil, bestStart = -1
            for (p, s) in surnames.enumerated() where s.contains(last) {
                let near = mentions.last(where: { $0.person == p && $0.start < a })?.start ?? 0
                if best == nil || near > bestStart { best = p; bestStart = near }
            }
            if let best { return Resolved(speaker: people[best].name, person: best) }
        }
        let first = phrase.text.split(separator: " ").first.map(String.init) ?? ""
        var gender = GivenNames.gender(of: first)
        if gender == nil, phrase.first > 1, ctx.tokens[phrase.first].text == "Mr" { gender = .male }
        if gender == nil, ["Mrs", "Ms", "Miss"].contains(ctx.tokens[phrase.first].text) { gender = .female }
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

    /// The antecedent of a pronoun at token `at`.
    func resolvePronoun(_ pronoun: String, at: Int) -> Resolved {
        guard let g = PersonGenderEvidence.pronounGender(pronoun) else {
            return Resolved(speaker: pronoun, person: nil)
        }
        let pos = ctx.tokens[at].start
        // Candidates, nearest first: people's mentions and remembered names.
        var fallback: Resolved? = nil
        var mi = mentions.count - 1
        while mi >= 0, mentions[mi].start >= pos { mi -= 1 }
        var ei = extraNames.count - 1
        while ei >= 0, extraNames[ei].token >= at { ei -= 1 }
        var seen = 0
        while (mi >= 0 || ei >= 0), seen < 60 {
            let takeMention: Bool
            if mi < 0 { takeMention = false } else if ei < 0 { takeMention = true } else {
                takeMention = mentions[mi].firstToken >= extraNames[ei].token
            }
            seen += 1
            if takeMention {
                let m = mentions[mi]; mi -= 1
                if isQuoted(m.start) { continue }
                let mg = genders[m.person]
                if mg == g { return Resolved(speaker: people[m.person].name, person: m.person) }
                if mg == nil, fallback == nil { fallback = Resolved(speaker: people[m.person].name, person: m.person) }
            } else {
                let e = extraNames[ei]; ei -= 1
                if e.gender == g { return Resolved(speaker: e.name, person: nil) }
                if e.gender == nil, fallback == nil { fallback = Resolved(speaker: e.name, person: nil) }
            }
        }
        return fallback ?? Resolved(speaker: pronoun, person: nil)
    }

    private func resolveDescription(_ phrase: SpeakerPhrase) -> Resolved {
        let words = phrase.text.split(separator: " ")
        guard let head = words.last.map({ $0.lowercased() }), head.count > 2 else {
            return Resolved(speaker: phrase.text, person: nil)
        }
        let definite = words.first.map { ["the", "The"].contains(String($0)) } ?? false
        if definite {
            let pos = ctx.tokens[phrase.first].start
            var best: Int? = nil, bestStart = -1
            for (p, person) in people.enumerated()
            where person.titles.contains(where: { $0.lowercased().split(separator: " ").contains(Substring(head)) }) {
                let near = mentions.last(where: { $0.person == p && $0.start < pos })?.start ?? 0
                if best == nil || near > bestStart { best = p; bestStart = near }
            }
            if let best { return Resolved(speaker: people[best].name, person: best) }
        }
        return Resolved(speaker: phrase.text, person: nil)
    }
}
