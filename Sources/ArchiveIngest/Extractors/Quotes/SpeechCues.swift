/// The words that mark an act of speech, in every inflected form news prose uses.
///
/// Kept as plain lower-case sets (built once) so a cue test is one hash lookup per token.
/// Three families: verbs that report what someone said (`said`, `told`, `warned`), verbs that
/// name what someone called something (`called it "a disaster"`: evidence for a partial quote
/// but not for reported speech), and words that may sit between a subject and its verb.
enum SpeechCues {
    /// Verbs of saying, every form ("say", "says", "said", "saying").
    static let speechVerbs: Set<String> = {
        let regular = [
            "add", "acknowledge", "admit", "announce", "answer", "argue", "assert", "assure", "boast",
            "brag", "caution", "charge", "chant", "claim", "clarify", "comment", "complain", "concede",
            "conclude", "confirm", "contend", "continue", "counter", "declare", "deny", "disclose",
            "emphasize", "emphasise", "exclaim", "explain", "insist", "joke", "lament", "maintain",
            "mention", "muse", "note", "observe", "pledge", "point", "post", "proclaim", "promise",
            "quip", "recall", "recount", "reiterate", "remark", "repeat", "reply", "report", "respond",
            "retort", "scream", "shout", "state", "stress", "suggest", "testify", "tweet", "urge",
            "vow", "warn", "whisper", "wonder", "yell", "ask", "predict", "question", "demand",
            "agree", "allege", "underscore", "highlight", "affirm", "bemoan", "counsel", "grumble",
            "mutter", "fume", "thunder", "snap", "bark", "cry", "plead", "reason", "recommend",
            "confide", "estimate", "interject", "opine", "posit", "protest", "reassure", "rebut",
            "reveal", "scoff", "sigh", "volunteer", "acknowledge", "express", "threaten",
            "warn", "explain", "assert", "signal", "chime", "chide", "lash", "rail", "blast", "press",
        ]
        var s = Set<String>()
        // Base forms are left out: they are mostly nouns in news prose ("in the state", "a report").
        for v in regular { for f in inflections(of: v).dropFirst() { s.insert(f) } }
        let irregular = [
            "says", "said", "saying", "tells", "told", "telling", "write", "writes",
            "wrote", "written", "writing", "speak", "speaks", "spoke", "speaking", "tweeted",
            "tweeting", "retweeted", "told", "sang", "sing", "sings", "swore", "swear", "swears",
            "put", "puts", "went", "goes", "go", "quoted", "quoting",
        ]
        for f in irregular { s.insert(f) }
        // "put" and "go" only cue speech with a particle ("put it", "went on"); cheap to allow.
        return s
    }()

    /// Verbs that attribute a phrase as a name for something: `called it "a disaster"`.
    static let namingVerbs: Set<String> = {
        var s = Set<String>()
        for v in namingBases {
            for f in inflections(of: v).dropFirst() { s.insert(f) }
        }
        return s
    }()

    /// The base forms of ``namingVerbs``.
    static let namingBases: Set<String> = [
        "call", "describe", "dub", "label", "brand", "term", "refer", "deride", "decry",
        "praise", "condemn", "criticize", "criticise", "accuse", "blame", "hail", "credit",
        "denounce", "dismiss", "mock", "slam", "tout", "characterize", "cite", "attack",
        "promote", "pitch", "insult", "nickname", "title",
    ]

    /// Base forms that are seldom nouns after a name (not "attack", "title", "brand"...): a cue
    /// in the plain present right after their subject ("they call it", "critics deride it").
    static let presentNamingVerbs: Set<String> = [
        "call", "describe", "dub", "deride", "decry", "condemn", "criticize", "criticise", "accuse",
        "denounce", "dismiss", "mock", "tout", "characterize",
    ]

    /// Verbs of saying that should not start reported speech without a "that" (they usually
    /// take a noun object: "announced a plan", "posted a photo", "continued the tour").
    static let needThat: Set<String> = {
        var s = Set<String>()
        for v in ["announce", "post", "continue", "report", "question", "demand", "express", "tweet",
                  "answer", "respond", "reply", "recall", "mention", "highlight", "reveal", "promise",
                  "pledge", "vow", "urge", "threaten", "ask", "repeat", "comment", "reflect", "signal",
                  "chant", "sing", "speak", "write", "blast", "lash", "rail", "point", "go", "put",
                  "cry", "volunteer", "recommend", "reassure", "counsel", "explain", "confirm",
                  "deny", "disclose", "emphasize", "emphasise", "stress", "underscore", "note",
                  "testify", "estimate", "suggest", "predict", "acknowledge", "admit", "agree",
                  "observe", "reason", "state", "clarify", "quote", "affirm", "concede", "recount",
                  "maintain", "counter", "charge", "continue", "add", "press"] {
            for f in inflections(of: v) { s.insert(f) }
        }
        for f in ["spoke", "wrote", "written", "writes", "writing", "went", "goes", "put", "puts",
                  "tweeted", "tweeting", "sang", "sings", "quoted", "quoting"] { s.insert(f) }
        return s
    }()

    /// Pronouns that can be the subject of a speech verb.
    static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "i", "we", "you", "He", "She",
                                               "They", "It", "I", "We", "You"]

    /// Words allowed between a subject and its verb ("Trump also said", "she has repeatedly said").
    static let adverbs: Set<String> = [
        "also", "later", "then", "has", "had", "have", "would", "will", "once", "again", "previously",
        "recently", "repeatedly", "reportedly", "just", "flatly", "often", "frequently", "first",
        "last", "still", "even", "quickly", "simply", "further", "finally", "openly", "publicly",
        "privately", "separately", "similarly", "subsequently", "initially", "earlier", "already",
        "never", "not", "always", "is", "was", "were", "are", "been", "being", "did", "does", "do",
        "could", "should", "might", "may", "can", "sarcastically", "angrily", "famously", "bluntly",
        "directly", "ultimately", "now", "too", "recent", "immediately", "proudly",
    ]

    /// Words that start a clause and so end a subject noun phrase when reading backwards.
    static let clauseWords: Set<String> = [
        "that", "and", "but", "or", "because", "when", "while", "as", "if", "since", "after", "before",
        "so", "where", "which", "who", "whom", "whose", "though", "although", "than", "what", "how",
        "why", "whether", "until", "unless", "once", "yet",
    ]

    /// Prepositions: a name right after one is an object ("told Fox News"), not a subject.
    static let prepositions: Set<String> = [
        "to", "in", "on", "at", "with", "from", "of", "for", "by", "during", "about", "into", "over",
        "against", "under", "after", "before", "between", "among", "through", "toward", "towards",
        "via", "per", "like", "near", "across", "behind", "beyond", "without", "within", "amid",
    ]

    /// Words that end a forward subject phrase ("said Pigott *on* Sunday").
    static let forwardStops: Set<String> = {
        var s = prepositions
        s.subtract(["of", "for"])
        for w in ["that", "and", "but", "who", "which", "when", "while", "as", "because", "if", "after",
                  "before", "since", "adding", "saying", "noting", "explaining", "told", "said", "says",
                  "last", "this", "earlier", "later", "yesterday", "today", "tonight", "recently", "then",
                  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] { s.insert(w) }
        return s
    }()

    /// Regular English inflections: "note" -> notes, noted, noting; "tweet" -> tweets, tweeted.
    static func inflections(of v: String) -> [String] {
        var out = [v]
        let last = v.last!
        if last == "e" {
            out.append(v + "s"); out.append(v + "d"); out.append(String(v.dropLast()) + "ing")
        } else if last == "y", let p = v.dropLast().last, !"aeiou".contains(p) {
            let stem = String(v.dropLast())
            out.append(stem + "ies"); out.append(stem + "ied"); out.append(v + "ing")
        } else if v.hasSuffix("sh") || v.hasSuffix("ch") || last == "s" || last == "x" {
            out.append(v + "es"); out.append(v + "ed"); out.append(v + "ing")
        } else {
            out.append(v + "s"); out.append(v + "ed"); out.append(v + "ing")
            // Doubled final consonant: "snap" -> "snapped", "quip" -> "quipped", "refer" -> "referred".
            let chars = Array(v)
            // ("qu" counts as a consonant: "quip" -> "quipped").
            if chars.count >= 3, "bdgmnprt".contains(last), "aeiou".contains(chars[chars.count - 2]),
               !"aeiou".contains(chars[chars.count - 3]) || v.hasPrefix("qu") && chars.count == 4 {
                out.append(v + String(last) + "ed"); out.append(v + String(last) + "ing")
            }
        }
        return out
    }

    /// Speech-verb forms that are as often plural nouns ("his remarks", "the claims").
    static let nounPlurals: Set<String> = [
        "remarks", "comments", "claims", "reports", "notes", "tweets", "promises", "pledges", "answers",
        "replies", "questions", "demands", "posts", "charges", "jokes", "quips", "vows", "estimates",
        "protests", "cries", "shouts", "statements", "warnings", "counters", "insults", "attacks", "praises",
    ]

    /// True when word `i` follows a determiner or a possessive ("his", "the", "Trump's"), with
    /// at most one lower-case modifier between ("his anti-Muslim remarks").
    static func followsDeterminer(_ ctx: QuoteContext, _ i: Int) -> Bool {
        var k = i - 1
        guard k >= 0, ctx.tokens[k].kind == .word else { return false }
        func marks(_ k: Int) -> Bool { ctx.has(k, .determiner) && !ctx.has(k, .subjectPronoun) || ctx.isPossessive(k) }
        if marks(k) { return true }
        if !ctx.isCap(k), !ctx.has(k, .auxiliary), !ctx.has(k, .adverb), !ctx.has(k, .subjectPronoun), !ctx.has(k, .clauseWord) {
            k -= 1
            return k >= 0 && ctx.tokens[k].kind == .word && marks(k)
        }
        return false
    }

    /// "saying", "adding": a participle cue whose subject is the subject of the main clause.
    static func isParticiple(_ w: String) -> Bool { w.hasSuffix("ing") }
}
