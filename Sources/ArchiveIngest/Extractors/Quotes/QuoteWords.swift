/// The individual words the extractor's rules test for by spelling ("according", "that", "of"),
/// identified once per token so a rule compares two bytes instead of two strings.
///
/// Profiling showed string comparisons of token texts against literals (and the retain and
/// release of each token's text they imply) among the extractor's largest costs. An id is given
/// only when the token's code points are exactly the spelling, so `words[i] == .that` says the
/// same as `tokens[i].text == "that"`: no spelling here contains a letter that another code
/// point is canonically equivalent to (the Kelvin sign is "K"), so no other text compares equal.
enum QuoteWord: UInt8, Sendable {
    case none = 0
    case according, According, to, To, that, and, of, the, The, on, On, out, it, `as`, from, by
    case Mr, Mrs, Ms, Miss, http, https, Sunday, I, `in`, at, about, About, against, `for`, with, vs, Vs
    case was, `is`, were, are, be, been, A, An, But, And, Yet, So, Still
    case later, earlier, ago, afterward, afterwards, who, whose
    case went, goes, go, put, puts, point, points, pointed, pointing, said, says, say
    case he, He, she, She, they, They, we, We, during
    case him, his, His, himself, her, Her, hers, herself
    case but, when, `while`, because, though, although, `where`
    case told, tell, tells, telling, assured, reminded, warned, informed, asked, ask, asks

    /// Every word and its spelling.
    static let spellings: [(QuoteWord, String)] = [
        (.according, "according"), (.According, "According"), (.to, "to"), (.To, "To"), (.that, "that"),
        (.and, "and"), (.of, "of"), (.the, "the"), (.The, "The"), (.on, "on"), (.On, "On"), (.out, "out"),
        (.it, "it"), (.as, "as"), (.from, "from"), (.by, "by"), (.Mr, "Mr"), (.Mrs, "Mrs"), (.Ms, "Ms"),
        (.Miss, "Miss"), (.http, "http"), (.https, "https"), (.Sunday, "Sunday"), (.I, "I"), (.in, "in"),
        (.at, "at"), (.about, "about"), (.About, "About"), (.against, "against"), (.for, "for"), (.with, "with"),
        (.vs, "vs"), (.Vs, "Vs"), (.was, "was"), (.is, "is"), (.were, "were"), (.are, "are"), (.be, "be"),
        (.been, "been"), (.A, "A"), (.An, "An"), (.But, "But"), (.And, "And"), (.Yet, "Yet"), (.So, "So"),
        (.Still, "Still"), (.later, "later"), (.earlier, "earlier"), (.ago, "ago"), (.afterward, "afterward"),
        (.afterwards, "afterwards"), (.who, "who"), (.whose, "whose"), (.went, "went"), (.goes, "goes"),
        (.go, "go"), (.put, "put"), (.puts, "puts"), (.point, "point"), (.points, "points"),
        (.pointed, "pointed"), (.pointing, "pointing"), (.said, "said"), (.says, "says"), (.say, "say"),
        (.he, "he"), (.He, "He"), (.she, "she"), (.She, "She"), (.they, "they"), (.They, "They"),
        (.we, "we"), (.We, "We"), (.during, "during"), (.told, "told"), (.tell, "tell"), (.tells, "tells"),
        (.telling, "telling"), (.assured, "assured"), (.reminded, "reminded"), (.warned, "warned"),
        (.informed, "informed"), (.asked, "asked"), (.ask, "ask"), (.asks, "asks"),
        (.him, "him"), (.his, "his"), (.His, "His"), (.himself, "himself"), (.her, "her"), (.Her, "Her"),
        (.hers, "hers"), (.herself, "herself"), (.but, "but"), (.when, "when"), (.while, "while"),
        (.because, "because"), (.though, "though"), (.although, "although"), (.where, "where"),
    ]

    /// The spelling of each word as ASCII bytes, indexed by raw value.
    static let bytes: [[UInt8]] = {
        var out = [[UInt8]](repeating: [], count: 256)
        for (w, s) in spellings { out[Int(w.rawValue)] = Array(s.utf8) }
        return out
    }()
}
