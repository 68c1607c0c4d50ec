/// Whether a time expression sits in a past or a future clause, which decides where an
/// unanchored weekday or month falls ("met Monday" is last Monday, "will meet Monday" the next).
enum ClauseTense: Sendable, Equatable {
    case past, future, unknown

    /// The tense of the marker nearest to the expression (tokens `first..<end`) within its
    /// sentence: "will", "is due to", "plans to", "scheduled" for the future; "was", "had",
    /// "said", verbs in -ed and common irregular past forms for the past.
    static func of(tokensFrom first: Int, to end: Int, sentence: Range<Int>, keys: [String]) -> ClauseTense {
        var best: ClauseTense = .unknown
        var bestDistance = Int.max
        let window = 14
        // Left of the expression, nearest first.
        var i = first - 1
        while i >= sentence.lowerBound, first - i <= window {
            if let t = marker(at: i, keys: keys, limit: sentence.upperBound) {
                best = t; bestDistance = first - i
                break
            }
            i -= 1
        }
        // Right of it: a marker strictly closer wins.
        var j = end
        while j < sentence.upperBound, j - end + 1 < min(bestDistance, window + 1) {
            if let t = marker(at: j, keys: keys, limit: sentence.upperBound) { return t }
            j += 1
        }
        return best
    }

    private static func marker(at i: Int, keys: [String], limit: Int) -> ClauseTense? {
        let k = keys[i]
        let next = i + 1 < limit ? keys[i + 1] : ""
        if futureWords.contains(k) { return .future }
        if k.hasSuffix("'ll") || k.hasSuffix("\u{2019}ll") { return .future }
        if (k == "due" || k == "plans" || k == "plan" || k == "planning" || k == "planned" || k == "expected"
            || k == "expects" || k == "expect" || k == "set" || k == "going" || k == "scheduled" || k == "slated"
            || k == "intends" || k == "hopes" || k == "aims") && (next == "to" || k == "scheduled" || k == "slated") {
            return .future
        }
        if (k == "is" || k == "are") && next == "to" { return .future }
        if pastWords.contains(k) { return .past }
        if k.utf8.count > 4, k.hasSuffix("ed"), !notPast.contains(k) { return .past }
        return nil
    }

    private static let futureWords: Set<String> = [
        "will", "shall", "won't", "wo", "would", "upcoming", "tomorrow", "next", "forthcoming",
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
