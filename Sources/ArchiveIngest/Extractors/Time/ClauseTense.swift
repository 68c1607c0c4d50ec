/// Whether a time expression sits in a past or a future clause, which decides where an
/// unanchored weekday or month falls ("met Monday" is last Monday, "will meet Monday" the next).
enum ClauseTense: Sendable, Equatable {
    case past, future, unknown

    /// The tense of the marker nearest to the expression (tokens `first..<end`) within its
    /// sentence: "will", "is due to", "plans to", "scheduled" for the future; "was", "had",
    /// "said", verbs in -ed and common irregular past forms for the past.
    static func of(tokensFrom first: Int, to end: Int, sentence: Range<Int>, keys: [String]) -> ClauseTense {
        let before = first - 1 >= sentence.lowerBound ? keys[first - 1] : ""
        if before == "since" { return .past }
        var best: ClauseTense = .unknown
        var bestDistance = Int.max
        let window = 14
        // Left of the expression, nearest first, within its clause.
        var i = first - 1
        while i >= sentence.lowerBound, first - i <= window {
            if let t = marker(at: i, keys: keys, sentence: sentence) {
                best = t; bestDistance = first - i
                break
            }
            if clauseOpeners.contains(keys[i]) { break }
            i -= 1
        }
        // Right of it: a marker strictly closer wins; a new clause ("saying that it plans to") ends the search.
        var j = end
        while j < sentence.upperBound, j - end + 1 < min(bestDistance, window + 1) {
            if clauseOpeners.contains(keys[j]) || keys[j] == ";" { break }
            if let t = marker(at: j, keys: keys, sentence: sentence) { return t }
            j += 1
        }
        return best
    }

    private static func marker(at i: Int, keys: [String], sentence: Range<Int>) -> ClauseTense? {
        let k = keys[i]
        let next = i + 1 < sentence.upperBound ? keys[i + 1] : ""
        let prev = i - 1 >= sentence.lowerBound ? keys[i - 1] : ""
        if futureWords.contains(k) { return .future }
        if k.hasSuffix("'ll") || k.hasSuffix("\u{2019}ll") { return .future }
        switch k {
        case "plans", "plan", "planning", "expected", "expects", "expect", "going", "intends", "hopes", "aims":
            if next == "to" { return .future }
        case "set", "scheduled", "slated", "planned":
            if next == "to" || next == "for" { return .future }
        case "due":
            // "is due to", "due on Thursday"; but "due to its loss" means "because of".
            if next == "on" || next == "in" || next == "for" || next == "by" { return .future }
            if next == "to", beVerbs.contains(prev) || prev.hasSuffix("'s") { return .future }
            return nil
        case "is", "are":
            if next == "to" { return .future }
        default: break
        }
        let participle = pastWords.contains(k) || (k.utf8.count > 4 && k.hasSuffix("ed") && !k.hasPrefix("un") && !notPast.contains(k))
        guard participle else { return nil }
        // "will be paid", "to be completed": future; "is heard": present; "the reduced dividend": an adjective.
        if prev == "be" { return .future }
        if prev == "is" || prev == "are" || prev == "am" || prev == "being" || determiners.contains(prev) { return nil }
        return .past
    }

    /// Words that open a subordinate clause, whose verbs do not date the expression.
    private static let clauseOpeners: Set<String> = [
        "that", "saying", "which", "who", "whom", "whose", "when", "while", "because", "but", "although",
        "though", "if", "unless", "whether", "where",
    ]

    private static let beVerbs: Set<String> = ["is", "are", "was", "were", "be", "been", "it's", "he's", "she's", "that's"]

    private static let determiners: Set<String> = [
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those",
    ]

    private static let futureWords: Set<String> = [
        "will", "shall", "won't", "wo", "would", "upcoming", "tomorrow", "next", "forthcoming", "payable",
    ]

    private static let pastWords: Set<String> = [
        "was", "were", "had", "did", "said", "told", "met", "left", "came", "went", "took", "made", "gave",
        "held", "began", "fell", "rose", "won", "lost", "sold", "bought", "found", "saw", "got", "sent",
        "spoke", "wrote", "thought", "brought", "paid", "ran", "led", "became", "broke", "chose", "drove",
        "flew", "knew", "meant", "put", "read", "said", "shot", "struck", "stood", "swore", "taught",
        "threw", "understood", "woke", "wore", "hit", "cut", "quit", "set", "spent", "built", "sought",
        "fought", "caught", "kept", "slept", "felt", "dealt", "heard", "hid", "bit", "forgot", "froze",
        "ago", "yesterday", "earlier", "last", "former", "previously", "killed", "arrived", "announced",
    ]

    /// Words in -ed that are not past verbs.
    private static let notPast: Set<String> = [
        "need", "needed", "speed", "hundred", "indeed", "proceed", "succeed", "exceed", "breed", "embed",
        "seed", "feed", "bleed", "greed", "creed", "shed", "bed", "red", "united", "limited", "based",
        "related", "expected", "scheduled", "planned", "proposed", "alleged", "so-called", "detailed",
        "advanced", "armed", "concerned", "interested", "supposed", "renewed", "married", "tired",
    ]
}
