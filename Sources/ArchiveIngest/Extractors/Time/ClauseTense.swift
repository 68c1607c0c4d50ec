/// Whether a time expression sits in a past or a future clause, which decides where an
/// unanchored weekday or month falls ("met Monday" is last Monday, "will meet Monday" the next).
enum ClauseTense: Sendable, Equatable {
    case past, future, unknown

    /// The tense of the marker nearest to the expression (tokens `first..<end`) within its
    /// sentence: "will", "is due to", "plans to", "scheduled" for the future; "was", "had",
    /// "said", verbs in -ed and common irregular past forms for the past.
    static func of(tokensFrom first: Int, to end: Int, sentence: Range<Int>, words: ClauseWords) -> ClauseTense {
        let before = first - 1 >= sentence.lowerBound ? words[first - 1] : ""
        if before == "since" { return .past }
        let found = nearestMarker(first: first, end: end, sentence: sentence, words: words)
        // "by Thursday", "until March": a deadline ahead unless the clause says otherwise.
        if found == .unknown, before == "by" || before == "until" || before == "till" { return .future }
        return found
    }

    private static func nearestMarker(first: Int, end: Int, sentence: Range<Int>, words: ClauseWords) -> ClauseTense {
        var best: ClauseTense = .unknown
        var bestDistance = Int.max
        let window = 14
        // Left of the expression, nearest first, within its clause.
        var i = first - 1
        while i >= sentence.lowerBound, first - i <= window {
            let roles = Roles.of(words[i])
            if let t = marker(at: i, roles: roles, words: words, sentence: sentence) {
                best = t; bestDistance = first - i
                break
            }
            if roles.contains(.clauseOpener) { break }
            i -= 1
        }
        // Right of it: a marker strictly closer wins; a new clause ("saying that it plans to") ends the search.
        // After a comma the clause is over ("... on Friday, officials said"), unless the
        // expression opens the sentence ("On Friday, officials met").
        let opensSentence = first <= sentence.lowerBound + 1
        var j = end
        while j < sentence.upperBound, j - end + 1 < min(bestDistance, window + 1) {
            let roles = Roles.of(words[j])
            if roles.contains(.clauseOpener) || words[j] == ";" || (words[j] == "," && !opensSentence) { break }
            if let t = marker(at: j, roles: roles, words: words, sentence: sentence) { return t }
            j += 1
        }
        return best
    }

    private static func marker(at i: Int, roles: Roles, words: ClauseWords, sentence: Range<Int>) -> ClauseTense? {
        if roles.contains(.future) { return .future }
        let k = words[i]
        let n = k.utf8.count
        if n > 3, words.hasSuffix(i, "'ll") || words.hasNonASCIISuffix(i, "\u{2019}ll") { return .future }
        if roles.rawValue & Roles.needsNextWord.rawValue != 0 {
            let next = i + 1 < sentence.upperBound ? words[i + 1] : ""
            if roles.contains(.leadsTo), next == "to" { return .future }
            if roles.contains(.leadsToOrFor), next == "to" || next == "for" { return .future }
            if roles.contains(.presentBe), next == "to" { return .future }
            if roles.contains(.due) {
                // "is due to", "due on Thursday"; but "due to its loss" means "because of".
                if next == "on" || next == "in" || next == "for" || next == "by" { return .future }
                let prev = i - 1 >= sentence.lowerBound ? words[i - 1] : ""
                if next == "to", Roles.of(prev).contains(.beVerb) || (i - 1 >= sentence.lowerBound && words.hasSuffix(i - 1, "'s")) {
                    return .future
                }
                return nil
            }
        }
        // "is calling", "are": a present-tense clause; it says nothing of past or future, but it
        // is the clause's verb, so farther markers do not count.
        if roles.contains(.presentBe), k != "being" { return .unknown }
        let participle = roles.contains(.past)
            || (n > 4 && !roles.contains(.notPast) && words.hasSuffix(i, "ed") && !words.hasPrefix(i, "un"))
        guard participle else { return nil }
        // "will be paid", "to be completed": future; "is heard": present; "the reduced dividend": an adjective.
        let prev = i - 1 >= sentence.lowerBound ? words[i - 1] : ""
        if prev == "be" { return .future }
        let before = Roles.of(prev)
        if before.contains(.presentBe) || before.contains(.determiner) { return nil }
        return .past
    }

    /// What a word can say about tense, looked up once per token.
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt16
        static let future = Roles(rawValue: 1)
        static let past = Roles(rawValue: 2)
        /// Ends in -ed but is no past verb ("hundred", "united", "expected").
        static let notPast = Roles(rawValue: 4)
        static let clauseOpener = Roles(rawValue: 8)
        /// Future with a following "to" ("plans to", "expected to").
        static let leadsTo = Roles(rawValue: 16)
        /// Future with "to" or "for" ("set for", "scheduled to").
        static let leadsToOrFor = Roles(rawValue: 32)
        static let due = Roles(rawValue: 64)
        /// "is", "are", "am", "being": present, and future before "to".
        static let presentBe = Roles(rawValue: 128)
        static let beVerb = Roles(rawValue: 256)
        static let determiner = Roles(rawValue: 512)
        /// Roles decided by the word after ("plans to", "set for", "due on", "is to").
        static let needsNextWord = Roles(rawValue: 16 | 32 | 64 | 128)

        static func of(_ word: String) -> Roles { table[word] ?? Roles(rawValue: 0) }

        /// A ``StringTable``: its words are lower-case ASCII, which no other spelling equals, so
        /// it answers as a `Dictionary` would, without hashing every word of the window with SipHash.
        static let table = StringTable(words.map { ($0.key, $0.value) })

        static let words: [String: Roles] = {
            var t: [String: Roles] = [:]
            func add(_ words: [String], _ r: Roles) { for w in words { t[w, default: []].insert(r) } }
            add(["will", "shall", "won't", "wo", "would", "upcoming", "tomorrow", "next", "forthcoming", "payable"], .future)
            add(["was", "were", "had", "did", "said", "told", "met", "left", "came", "went", "took", "made", "gave",
                 "held", "began", "fell", "rose", "won", "lost", "sold", "bought", "found", "saw", "got", "sent",
                 "spoke", "wrote", "thought", "brought", "paid", "ran", "led", "became", "broke", "chose", "drove",
                 "flew", "knew", "meant", "put", "read", "shot", "struck", "stood", "swore", "taught",
                 "threw", "understood", "woke", "wore", "hit", "cut", "quit", "set", "spent", "built", "sought",
                 "fought", "caught", "kept", "slept", "felt", "dealt", "heard", "hid", "bit", "forgot", "froze",
                 "ago", "yesterday", "earlier", "last", "former", "previously", "killed", "arrived", "announced"], .past)
            add(["need", "needed", "speed", "hundred", "indeed", "proceed", "succeed", "exceed", "breed", "embed",
                 "seed", "feed", "bleed", "greed", "creed", "shed", "bed", "red", "united", "limited", "based",
                 "related", "expected", "scheduled", "planned", "proposed", "alleged", "so-called", "detailed",
                 "advanced", "armed", "concerned", "interested", "supposed", "renewed", "married", "tired"], .notPast)
            add(["that", "saying", "which", "who", "whom", "whose", "when", "while", "because", "but", "although",
                 "though", "if", "unless", "whether", "where"], .clauseOpener)
            add(["plans", "plan", "planning", "expected", "expects", "expect", "going", "intends", "hopes", "aims"], .leadsTo)
            add(["set", "scheduled", "slated", "planned"], .leadsToOrFor)
            add(["due"], .due)
            add(["is", "are", "am", "being"], .presentBe)
            add(["is", "are", "was", "were", "be", "been", "it's", "he's", "she's", "that's"], .beVerb)
            add(["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those"], .determiner)
            return t
        }()
    }
}
