/// The lexical classes the quote extractor asks about, looked up once per token.
///
/// Every word list of the extractor (speech verbs, prepositions, titles...) is folded into one
/// open-addressing table keyed by a 64-bit FNV-1a hash of the word's UTF-8 bytes, so each token
/// costs one cheap hash and one or two probes instead of a `Set<String>` lookup (SipHash) per
/// question; profiling showed string hashing as the extractor's largest cost.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt32

    static let speechVerb = WordClasses(rawValue: 1 << 0)
    static let namingVerb = WordClasses(rawValue: 1 << 1)
    static let needThat = WordClasses(rawValue: 1 << 2)
    static let adverb = WordClasses(rawValue: 1 << 3)
    static let clauseWord = WordClasses(rawValue: 1 << 4)
    static let preposition = WordClasses(rawValue: 1 << 5)
    static let forwardStop = WordClasses(rawValue: 1 << 6)
    static let determiner = WordClasses(rawValue: 1 << 7)
    static let capitalizedFunctionWord = WordClasses(rawValue: 1 << 8)
    static let titleWord = WordClasses(rawValue: 1 << 9)
    static let subjectPronoun = WordClasses(rawValue: 1 << 10)
    static let roleWord = WordClasses(rawValue: 1 << 11)
    static let auxiliary = WordClasses(rawValue: 1 << 12)
    static let nameParticle = WordClasses(rawValue: 1 << 13)
    static let weekday = WordClasses(rawValue: 1 << 14)
    /// Speech-verb forms that are as often plural nouns ("remarks", "claims").
    static let nounPlural = WordClasses(rawValue: 1 << 15)
    /// ``SentenceSplitter/abbreviations`` ("Mr", "Jan", "Inc").
    static let abbreviation = WordClasses(rawValue: 1 << 16)

    /// The classes of one word (case as written; lists that ignore case hold both forms).
    static func of(_ word: String) -> WordClasses { WordClassTable.shared.lookup(word) }
}

/// The open-addressing hash table behind ``WordClasses``.
struct WordClassTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    /// The ``QuoteWord`` hashed to each slot (to be confirmed against the spelling).
    private var ids: [UInt8]
    private let mask: Int

    static let shared = WordClassTable()

    private init() {
        var entries: [String: UInt32] = [:]
        func add(_ words: some Sequence<String>, _ c: WordClasses, anyCase: Bool = false) {
            for w in words {
                entries[w, default: 0] |= c.rawValue
                if anyCase {
                    entries[w.lowercased(), default: 0] |= c.rawValue
                    entries[w.prefix(1).uppercased() + w.dropFirst(), default: 0] |= c.rawValue
                }
            }
        }
        add(SpeechCues.speechVerbs, .speechVerb)
        add(SpeechCues.namingVerbs, .namingVerb)
        add(SpeechCues.needThat, .needThat)
        add(SpeechCues.adverbs, .adverb)
        add(SpeechCues.clauseWords, .clauseWord)
        add(SpeechCues.prepositions, .preposition)
        add(SpeechCues.forwardStops, .forwardStop)
        add(SpeakerPhraseReader.determiners, .determiner, anyCase: true)
        add(SpeakerPhraseReader.capitalizedFunctionWords, .capitalizedFunctionWord)
        add(SpeakerPhraseReader.titleWords, .titleWord)
        add(SpeechCues.subjectPronouns, .subjectPronoun)
        add(SpeakerPhraseReader.roleWords, .roleWord, anyCase: true)
        add(SpeakerPhraseReader.auxiliaries, .auxiliary)
        add(SpeakerPhraseReader.nameParticles, .nameParticle)
        add(SpeakerPhraseReader.weekdays, .weekday)
        add(SpeechCues.nounPlurals, .nounPlural)
        add(SentenceSplitter.abbreviations, .abbreviation)
        var wordIDs: [String: UInt8] = [:]
        for (w, s) in QuoteWord.spellings {
            wordIDs[s] = w.rawValue
            if entries[s] == nil { entries[s] = 0 }
        }
        var size = 1
        while size < entries.count * 4 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var values = [UInt32](repeating: 0, count: size)
        var ids = [UInt8](repeating: 0, count: size)
        let mask = size - 1
        for (w, v) in entries {
            let h = WordClassTable.hash(w)
            var slot = Int(truncatingIfNeeded: h) & mask
            while keys[slot] != 0 && keys[slot] != h { slot = (slot + 1) & mask }
            keys[slot] = h
            values[slot] |= v
            if let id = wordIDs[w] { ids[slot] = id }
        }
        self.keys = keys
        self.values = values
        self.ids = ids
        self.mask = mask
    }

    /// FNV-1a over the UTF-8 bytes; never 0 (0 marks an empty slot).
    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100000001b3
        }
        return h == 0 ? 1 : h
    }

    /// The same FNV-1a hash computed from code points (encoded as UTF-8 on the fly).
    static func hash(scalars: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for k in from..<to {
            let v = scalars[k].value
            if v < 0x80 {
                h ^= UInt64(v)
                h = h &* 0x100000001b3
            } else if let enc = UTF8.encode(scalars[k]) {
                for b in enc {
                    h ^= UInt64(b)
                    h = h &* 0x100000001b3
                }
            }
        }
        return h == 0 ? 1 : h
    }

    func lookup(scalars: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to: Int) -> WordClasses {
        probe(WordClassTable.hash(scalars: scalars, from: from, to: to))
    }

    func lookup(_ word: String) -> WordClasses { probe(WordClassTable.hash(word)) }

    /// The classes of code points `from..<to` and the ``QuoteWord`` they spell, if any. The word
    /// is confirmed against its spelling (a hash match alone could be another word).
    @inline(__always)
    func lookupWithWord(hash h: UInt64, scalars: UnsafeBufferPointer<Unicode.Scalar>, from: Int, to: Int) -> (WordClasses, QuoteWord) {
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = keys[slot]
            if k == h {
                let id = ids[slot]
                guard id != 0 else { return (WordClasses(rawValue: values[slot]), .none) }
                let spelling = QuoteWord.bytes[Int(id)]
                var same = spelling.count == to - from
                if same {
                    for k in 0..<spelling.count where scalars[from + k].value != UInt32(spelling[k]) { same = false; break }
                }
                return (WordClasses(rawValue: values[slot]), same ? QuoteWord(rawValue: id)! : .none)
            }
            if k == 0 { return ([], .none) }
            slot = (slot + 1) & mask
        }
    }

    private func probe(_ h: UInt64) -> WordClasses {
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = keys[slot]
            if k == h { return WordClasses(rawValue: values[slot]) }
            if k == 0 { return [] }
            slot = (slot + 1) & mask
        }
    }
}
