/// People a story quotes without naming: a sentence opening with "A 29-year-old Berlin woman
/// ...", "One California delegate said ...". A later "she said" most likely means that person,
/// not someone named further back, so these descriptions compete as pronoun antecedents (and
/// stand as the speaker, as written).
enum UnnamedSubjects {
    struct Subject {
        /// First token of the description and the token after it.
        var first: Int
        var end: Int
        var text: String
        var gender: PersonGender?
    }

    /// Nouns that name a person, with the gender they signal.
    static let personNouns: [String: PersonGender?] = {
        var d: [String: PersonGender?] = [:]
        for w in ["man", "father", "husband", "son", "brother", "guy", "boy", "businessman", "spokesman",
                  "congressman", "grandfather", "uncle", "gentleman"] { d[w] = .male }
        for w in ["woman", "mother", "wife", "daughter", "sister", "girl", "lady", "businesswoman",
                  "spokeswoman", "congresswoman", "grandmother", "aunt"] { d[w] = .female }
        for w in ["voter", "resident", "volunteer", "delegate", "supporter", "official", "aide", "student",
                  "worker", "doctor", "nurse", "teacher", "veteran", "activist", "protester", "lawmaker",
                  "member", "owner", "employee", "officer", "farmer", "retiree", "graduate", "immigrant",
                  "refugee", "user", "reader", "friend", "neighbor", "attendee", "organizer", "donor",
                  "spokesperson", "adviser", "advisor", "strategist", "staffer", "operative", "executive",
                  "parent", "customer", "witness", "pastor", "priest", "analyst", "economist"] { d[w] = .some(nil) }
        return d
    }()

    /// Every sentence-initial "A/An/One/Another (a few words) person-noun" followed by a verb
    /// or a comma, outside quotations.
    static func find(_ ctx: QuoteContext) -> [Subject] {
        var out: [Subject] = []
        let n = ctx.count
        for sentence in ctx.body.sentences {
            // Only sentence starts; cheap rejection first: "A..." and "O..." words of up to 7 letters.
            let i = sentence.lowerBound
            guard i < n, ctx.isCap(i) else { continue }
            let start = ctx.tokens[i].start, length = ctx.tokens[i].end - start
            let f = ctx.scalars[start].value
            guard length <= 7, f == 0x41 || f == 0x4F, !ctx.inQuote[i] else { continue }
            switch ctx.tokens[i].text {
            case "A", "An", "One", "Another": break
            default: continue
            }
            var j = i + 1
            while j < n, j - i <= 9, ctx.tokens[j].kind != .punctuation || ctx.tokens[j].text == "-" {
                if ctx.tokens[j].kind == .word, !ctx.isCap(j), let g = personNouns[ctx.tokens[j].text] {
                    let next = j + 1
                    guard next < n else { break }
                    let isVerb = ctx.tokens[next].kind == .word && !ctx.isCap(next) && !ctx.has(next, .preposition)
                        && !ctx.has(next, .clauseWord) && personNouns[ctx.tokens[next].text] == nil
                    if isVerb || ctx.isPunct(next, ",") {
                        out.append(Subject(first: i, end: next, text: ctx.string(i, next), gender: g))
                    }
                    break
                }
                if ctx.tokens[j].kind == .word, ctx.has(j, .clauseWord) || ctx.has(j, .speechVerb) || ctx.has(j, .auxiliary) { break }
                j += 1
            }
        }
        return out
    }
}
