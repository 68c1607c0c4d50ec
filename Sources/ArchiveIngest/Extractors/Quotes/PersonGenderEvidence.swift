/// Decides the gender an article gives each of its people, from what the article itself says.
///
/// Evidence, strongest first: a common given name and a courtesy title before a mention ("Mr.
/// Trump", "Mrs. Clinton"), then the pronouns that follow the mentions before any other person
/// is named ("Sheinbaum said she..."). Pronoun votes are capped: in a story about a woman, "she"
/// follows most mentions of the man she debates, and must not outvote his given name. Votes are
/// summed; a tie leaves the gender unknown, and an unknown gender is compatible with both "he"
/// and "she".
enum PersonGenderEvidence {
    /// `subjects`: whether each mention is its clause's subject (``ClauseRoles/isSubject``), when
    /// the caller has it already.
    static func genders(ctx: QuoteContext, people: [ArticlePerson], mentions: [PersonMention], subjects: [Bool]? = nil) -> [PersonGender?] {
        let subjects = subjects ?? mentions.map { ClauseRoles.isSubject(ctx, $0.firstToken, $0.endToken) }
        var score = [Int](repeating: 0, count: people.count)
        var pronounVotes = [Int](repeating: 0, count: people.count)
        for (p, person) in people.enumerated() {
            switch GivenNames.gender(ofFirstWordOf: person.name) {
            case .male: score[p] += 6
            case .female: score[p] -= 6
            case nil: break
            }
            for t in person.titles {
                if t.hasPrefix("Mr") && !t.hasPrefix("Mrs") { score[p] += 4 }
                if t.hasPrefix("Mrs") || t.hasPrefix("Ms") || t.hasPrefix("Miss") { score[p] -= 4 }
            }
        }
        let tokens = ctx.tokens
        for (m, mention) in mentions.enumerated() {
            // A courtesy title right before the mention.
            var k = mention.firstToken - 1
            if k >= 0, ctx.punct(k) == 0x2E { k -= 1 }  // "."
            if k >= 0 {
                switch ctx.word(k) {
                case .Mr: score[mention.person] += 4
                case .Mrs, .Ms, .Miss: score[mention.person] -= 4
                default: break
                }
            }
            // The first personal pronoun after the mention, before anyone else is named as a subject
            // (a name inside an appositive, "Simmons, an Obama supporter, said he", does not count).
            var next = m + 1
            while next < mentions.count, next - m < 4, !subjects[next] { next += 1 }
            let stop = next < mentions.count ? mentions[next].firstToken : tokens.count
            // A pronoun opening the next sentence ("... told reporters that she left. He said")
            // is the surer evidence: it counts twice, and is looked for past a first pronoun
            // inside the mention's own sentence (which may be someone else).
            var i = mention.endToken
            let limit = min(stop, i + 30, tokens.count)
            var counted = false
            while i < limit {
                // (Only word tokens have a pronoun gender; a pronoun in quotation marks is passed.)
                if let g = pronounGender(ctx, i) {
                    if !ctx.inQuote[i] {
                        let opens = i > 0 && (ctx.endsSentence(i - 1) || !ctx.sameParagraph(i - 1, i))
                        if opens || !counted {
                            pronounVotes[mention.person] += (g == .male ? 1 : -1) * (opens ? 2 : 1)
                        }
                        if opens { break }
                        counted = true
                    }
                } else if counted, ctx.endsSentence(i) {
                    // Past a first pronoun, only the next sentence's first word is still asked.
                    if i + 1 < limit, tokens[i + 1].kind == .word, !ctx.inQuote[i + 1], let g = pronounGender(ctx, i + 1) {
                        pronounVotes[mention.person] += g == .male ? 2 : -2
                    }
                    break
                }
                i += 1
            }
        }
        for p in score.indices { score[p] += max(-5, min(5, pronounVotes[p])) }
        return score.map { $0 > 0 ? .male : ($0 < 0 ? .female : nil) }
    }

    /// ``pronounGender(_:)`` of token `i`, rejecting most words from their first code point
    /// and length without touching the token's string.
    static func pronounGender(_ ctx: QuoteContext, _ i: Int) -> PersonGender? {
        switch ctx.word(i) {
        case .he, .He, .him, .his, .His, .himself: return .male
        case .she, .She, .her, .Her, .hers, .herself: return .female
        default: return nil
        }
    }

    static func pronounGender(_ w: String) -> PersonGender? {
        // Cheap rejection first: every gendered pronoun starts with h/H/s/S and is short.
        let u = w.utf8
        guard u.count >= 2, u.count <= 7, let f = u.first, f == 0x68 || f == 0x48 || f == 0x73 || f == 0x53 else { return nil }
        switch w {
        case "he", "He", "him", "his", "His", "himself": return .male
        case "she", "She", "her", "Her", "hers", "herself": return .female
        default: return nil
        }
    }
}

/// One mention of one of the article's people, as token indexes.
struct PersonMention: Sendable {
    var person: Int
    var start: Int
    var end: Int
    var firstToken: Int
    var endToken: Int
}
