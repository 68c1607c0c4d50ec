/// One word of a possible name: a capitalized word, an initial ("A."), or a particle ("de").
struct NameWord: Sendable {
    /// Index of the token in the body's tokens.
    var token: Int
    /// Code-point span of the name part only: without a possessive "'s", with an initial's dot.
    var span: TextSpan
    /// The name part as written ("Sheinbaum" for "Sheinbaum's").
    var text: String
    /// `text` without accents, for comparing forms of one name ("Ramón" = "Ramon").
    var key: String
    var classes: WordClass
    var isInitial: Bool
    var isParticle: Bool
    /// Written with a possessive ending ("Mexico's"): no name goes on past it.
    var isPossessive: Bool
}

/// A maximal sequence of name words inside one sentence ("Mexican Foreign Minister Juan Ramon de la Fuente").
///
/// Holds no reference: its words are a range of ``NameRuns/words``, so copying a run (or a
/// candidate made of one) costs no reference counting.
struct NameRun: Sendable {
    /// Indices of the run's words in the text's ``NameRuns/words``.
    var words: Range<Int>
    /// Index of the sentence holding the run.
    var sentence: Int
    /// True when the run opens its sentence (possibly after an opening quote or bracket).
    var atSentenceStart: Bool
    /// True when the run sits in a title-case line (a headline): its words are capitalized anyway.
    var inHeadline: Bool
}

/// The name runs of one text: one array holding the words of all runs, each run a range of it
/// (one allocation per text rather than one per run).
struct NameRuns: Sendable {
    var words: [NameWord]
    var runs: [NameRun]
}

/// Cuts a body's sentences into ``NameRun``s with one pass over the tokens.
enum NameRunScanner {
    /// - Parameter skip: spans (credit lines, photo credits) whose tokens belong to no run.
    static func runs(in text: BodyText, skip: [TextSpan]) -> NameRuns {
        let tokens = text.tokens
        var current = RunBuilder(capacity: tokens.count / 8 + 8)
        // Tokens outside the skipped spans' bounds are settled without searching them.
        let skipStart = skip.lazy.map(\.start).min() ?? Int.max
        let skipEnd = skip.lazy.map(\.end).max() ?? Int.min
        let particles = PeopleLexicon.particleKeys
        // A token's first letter is read from the body's code points (the token's text is those
        // code points): most tokens are settled by it and their length, without their `String`.
        // Both read through buffer pointers: the loop runs for every token of the body.
        text.scalars.withUnsafeBufferPointer { scalars in
        tokens.withUnsafeBufferPointer { tp in
        for (sentenceIndex, range) in text.sentences.enumerated() {
            // Whether the sentence is a headline is known at its end: its runs are marked then,
            // from the word counts taken on the way (no separate pass over its tokens).
            let firstRun = current.closedCount
            var longWords = 0, capitalized = 0
            var startsSentence = true
            var firstWordSeen = false
            var i = range.lowerBound
            while i < range.upperBound {
                let kind = tp[i].kind, start = tp[i].start, end = tp[i].end
                let first = scalars[start]
                // Most tokens are punctuation or lower-case words of five letters or more that do not
                // start with "a" or "e" (so no particle, no "al-"/"el-" prefix): outside the skipped
                // spans, they close the run being built and only update the sentence's facts. Settled
                // here, first, as the steps below would settle them.
                let isPlainWord = kind == .word && first.value >= 98 && first.value <= 122 && first.value != 101 && end &- start > 4
                if isPlainWord || kind == .punctuation, start < skipStart || end > skipEnd {
                    if isPlainWord { longWords &+= 1 }
                    current.flush(sentenceIndex, startsSentence)
                    if isPlainWord || !isOpening(first) { firstWordSeen = true }
                    startsSentence = false
                    i &+= 1
                    continue
                }
                if kind == .word, end &- start > 3 {
                    longWords &+= 1
                    if Letters.isUpper(first) { capitalized &+= 1 }
                }
                if start >= skipStart, end <= skipEnd, skip.contains(where: { $0.contains(tp[i].span) }) {
                    current.flush(sentenceIndex, startsSentence)
                    i += 1
                    continue
                }
                // The other lower-case words are settled without building a word too, unless they are a
                // particle ("de") or an "al-"/"el-" before a name.
                let v = first.value
                let length = end &- start
                let isLower = v >= 97 && v <= 122
                let maybeName = kind == .word && (!isLower || length <= 4 || v == 97 || v == 101)  // "a", "e"
                let isParticle = maybeName && isLower && length <= 5
                    && ShortWordKey.of(scalars, start, end).map(particles.contains) == true
                let settled = !maybeName
                    || isLower && !isParticle && !(length > 3 && scalars[start + 1].value == 108 && scalars[start + 2].value == 45)
                let word: NameWord
                if !settled, let w = isParticle
                    ? NameWord(token: i, span: tp[i].span, text: tp[i].text, key: tp[i].text, classes: [],
                               isInitial: false, isParticle: true, isPossessive: false)
                    : nameWord(tokens, i, range.upperBound) {
                    word = w
                } else {
                    current.flush(sentenceIndex, startsSentence)
                    if kind != .punctuation || !isOpening(first) { firstWordSeen = true }
                    startsSentence = false
                    i += 1
                    continue
                }
                if word.isParticle {
                    // Only inside a name, and only when a capitalized word follows the particles.
                    if current.isEmpty || !capitalizedFollows(tokens, i, range.upperBound) {
                        current.flush(sentenceIndex, startsSentence)
                        startsSentence = false
                        firstWordSeen = true
                        i += 1
                        continue
                    }
                }
                if current.isEmpty { startsSentence = !firstWordSeen }
                firstWordSeen = true
                let isPossessive = word.isPossessive
                // An initial or abbreviation keeps its dot: skip the "." token.
                var next = i + 1
                if next < range.upperBound, tp[next].kind == .punctuation, tp[next].isMark(Mark.dot) {
                    if word.span.end == tp[next].end || tp[next].start == end && word.classes.contains(.honorific) {
                        next += 1
                    }
                }
                current.append(consume word)
                if isPossessive { current.flush(sentenceIndex, startsSentence) }
                i = next
            }
            current.flush(sentenceIndex, startsSentence)
            if current.closedCount > firstRun, isHeadline(tokens, range, longWords: longWords, capitalized: capitalized) {
                current.markHeadline(from: firstRun)
            }
        }
        }
        }
        return current.runs()
    }

    /// Collects the words of all runs in one array, each run a range of it.
    private struct RunBuilder {
        private var words: [NameWord] = []
        /// Index in `words` of the run being built's first word.
        private var start = 0
        private var closed: [NameRun] = []

        /// - Parameter capacity: words to make room for at once (growing the array copies them all).
        init(capacity: Int) {
            words.reserveCapacity(capacity)
            closed.reserveCapacity(capacity / 2)
        }

        var isEmpty: Bool { words.count == start }

        /// Runs closed so far.
        var closedCount: Int { closed.count }

        /// Marks the runs closed since `first` as standing in a headline.
        mutating func markHeadline(from first: Int) {
            for k in first..<closed.count { closed[k].inHeadline = true }
        }

        /// Takes the word over (`consuming`): moved into the array, not copied (a copy retains its strings).
        mutating func append(_ word: consuming NameWord) { words.append(word) }

        /// Closes the run being built (without trailing particles).
        mutating func flush(_ sentence: Int, _ startsSentence: Bool) {
            guard !isEmpty else { return }
            while words.count > start, words[words.count - 1].isParticle { words.removeLast() }
            if !isEmpty { closed.append(NameRun(words: start..<words.count, sentence: sentence, atSentenceStart: startsSentence, inHeadline: false)) }
            start = words.count
        }

        func runs() -> NameRuns { NameRuns(words: words, runs: closed) }
    }

    /// The name word at token `i`, or nil when the token cannot be part of a name.
    ///
    /// Decided on the token's UTF-8 bytes in one pass (``WordShape``): most capitalized words
    /// are ASCII, and walking their scalars again for each test cost more than the rest of the scan.
    static func nameWord(_ tokens: [Token], _ i: Int, _ end: Int) -> NameWord? {
        let t = tokens[i]
        guard t.kind == .word else { return nil }
        var utf8 = t.text
        return utf8.withUTF8 { bytes -> NameWord? in
            guard let b0 = bytes.first else { return nil }
            let length = t.end - t.start
            // (``Letters/isCapitalized(_:)`` of the text, decided on its first byte when that is ASCII.)
            if !(b0 < 128 ? b0 >= 65 && b0 <= 90 : Letters.isCapitalized(t.text)) {
                // Most words are lower case: decide them without a set look-up where possible.
                if length > 4, b0 != 97, b0 != 101 { return nil }  // "a", "e"
                if length <= 5, PeopleLexicon.particles.contains(bytes: bytes) {
                    return NameWord(token: i, span: t.span, text: t.text, key: t.text, classes: [], isInitial: false, isParticle: true, isPossessive: false)
                }
                // "al-Assad", "el-Sisi": a lower-case prefix joined to a capitalized name.
                if length > 3, bytes[1] == 108, bytes[2] == 45, t.text.hasPrefix("al-") || t.text.hasPrefix("el-") {
                    let scalars = t.text.unicodeScalars
                    guard Letters.isUpper(scalars[scalars.index(scalars.startIndex, offsetBy: 3)]) else { return nil }
                    return NameWord(token: i, span: t.span, text: t.text, key: PersonIdentity.foldWord(t.text), classes: PeopleLexicon.classes(t.text),
                                    isInitial: false, isParticle: false, isPossessive: false)
                }
                return nil
            }
            // A single capital letter followed by its dot is an initial ("A. Smith").
            if length == 1 {
                if i + 1 < end, tokens[i + 1].isMark(Mark.dot), tokens[i + 1].start == t.end {
                    return NameWord(token: i, span: TextSpan(start: t.start, end: t.end + 1), text: t.text + ".", key: t.text + ".",
                                    classes: [], isInitial: true, isParticle: false, isPossessive: false)
                }
                // A middle initial without its dot, between two name words: "George W Bush".
                if t.text != "A", t.text != "I", i > 0, i + 1 < end, tokens[i - 1].kind == .word, tokens[i + 1].kind == .word,
                   Letters.isCapitalized(tokens[i - 1].text), Letters.isCapitalized(tokens[i + 1].text),
                   !Letters.isAllCaps(tokens[i - 1].text), !Letters.isAllCaps(tokens[i + 1].text) {
                    return NameWord(token: i, span: t.span, text: t.text, key: t.text + ".",
                                    classes: [], isInitial: true, isParticle: false, isPossessive: false)
                }
                return nil
            }
            let shape = WordShape(bytes)
            if shape.isASCII ? shape.isDottedInitials : isDottedInitials(t.text) {
                return NameWord(token: i, span: t.span, text: t.text, key: t.text, classes: PeopleLexicon.table[bytes: bytes] ?? [],
                                isInitial: true, isParticle: false, isPossessive: false)
            }
            if shape.isASCII ? shape.isAllCaps : Letters.isAllCaps(t.text) { return nil }
            // Digits ("W46.50", "H1") and adjective tails ("Ohio-based") make no name word.
            if shape.hasDigit { return nil }
            if shape.lastHyphen >= 0,
               adjectiveTails.contains(bytes: UnsafeBufferPointer(rebasing: bytes[(shape.lastHyphen + 1)...])) {
                return nil
            }
            // Possessive: "Mexico's", "Sheinbaum’s", "Jones'".
            var text = t.text
            var span = t.span
            var name = bytes
            if length > 2, shape.possessiveBytes > 0 {
                name = UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - shape.possessiveBytes)])
                text = String(decoding: name, as: UTF8.self)
                span.end -= 2
            }
            var classes = PeopleLexicon.table[bytes: name] ?? []
            if classes.isEmpty, isBrandCase(bytes: name) ?? isBrandCase(text) { classes = .nonPerson }
            return NameWord(token: i, span: span, text: text, key: shape.isASCII ? text : PersonIdentity.foldWord(text), classes: classes,
                            isInitial: false, isParticle: false, isPossessive: name.count < bytes.count)
        }
    }

    /// Tails that turn a name into an adjective: "Ohio-based", "Soviet-era", "Chinese-made".
    static let adjectiveTails: StringSet = [
        "based", "born", "led", "owned", "backed", "run", "made", "style", "speaking", "controlled",
        "sponsored", "era", "bound", "friendly", "related", "like", "listed", "registered", "funded",
        "built", "class", "grown", "dominated", "held", "occupied", "allied", "leaning", "type",
    ]

    /// "WhatsApp", "YouTube", "BlackRock": a capital inside a word that no name prefix explains
    /// ("McCague", "MacArthur", "DiCaprio", "LeBron", "O'Neill" are names).
    static func isBrandCase(_ w: String) -> Bool {
        // Most words are ASCII: decided on their bytes, without copying them.
        var ascii = w
        if let answer = ascii.withUTF8({ isBrandCase(bytes: $0) }) {
            return answer
        }
        let u = Array(w.unicodeScalars)
        guard u.count >= 4 else { return false }
        var k = 2
        while k < u.count {
            if Letters.isUpper(u[k]), Letters.isLower(u[k - 1]) {
                let prefix = String(String.UnicodeScalarView(u[0..<k]))
                return !namePrefixes.contains(prefix)
            }
            if u[k] == "-" || u[k] == "'" || u[k] == "\u{2019}" { return false }
            k += 1
        }
        return false
    }

    /// ``isBrandCase(_:)`` of a word's UTF-8 bytes; nil when a byte is not ASCII (the word is then
    /// read as `Unicode.Scalar`s).
    static func isBrandCase(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.count >= 4 else { return false }
        for b in bytes where b >= 128 { return nil }
        var k = 2
        while k < bytes.count {
            let b = bytes[k], before = bytes[k - 1]
            if b >= 65 && b <= 90, before >= 97 && before <= 122 {
                return !namePrefixes.contains(bytes: UnsafeBufferPointer(rebasing: bytes[0..<k]))
            }
            if b == 45 || b == 39 { return false }
            k += 1
        }
        return false
    }

    static let namePrefixes: StringSet = ["Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", "Del", "Della", "Des", "Ten", "Ter", "St"]

    /// "J.R.", "U.S.": single capitals each followed by a dot.
    static func isDottedInitials(_ s: String) -> Bool {
        var expectLetter = true
        var letters = 0
        for c in s.unicodeScalars {
            if expectLetter {
                guard Letters.isUpper(c) else { return false }
                letters += 1
            } else if c != "." {
                return false
            }
            expectLetter.toggle()
        }
        return expectLetter && letters >= 1
    }

    static func capitalizedFollows(_ tokens: [Token], _ i: Int, _ end: Int) -> Bool {
        var j = i + 1
        while j < end, tokens[j].kind == .word, PeopleLexicon.particles.contains(tokens[j].text) { j += 1 }
        return j < end && tokens[j].kind == .word && Letters.isCapitalized(tokens[j].text) && !Letters.isAllCaps(tokens[j].text)
    }

    /// An opening quote, bracket or dash: a sentence's first word may follow it.
    static func isOpening(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "\u{201C}", "(", "'", "\u{2018}", "[", "-", "\u{2014}", "*", "\u{2022}": return true
        default: return false
        }
    }

    /// A title-case line (a headline or a label, not prose): nearly every longer word is
    /// capitalized, plain words included ("Says", "After"). A list of names is no headline.
    /// - Parameters:
    ///   - longWords: the range's words of more than three letters;
    ///   - capitalized: how many of them are capitalized (both counted by the run scan).
    static func isHeadline(_ tokens: [Token], _ range: Range<Int>, longWords words: Int, capitalized caps: Int) -> Bool {
        guard words >= 4, caps * 10 >= words * 8 else { return false }
        // A list ("Sean Fitzpatrick , Walter Little , Justin Marshall") is no headline.
        var commas = 0
        for k in range where tokens[k].isMark(Mark.comma) { commas += 1 }
        if commas >= 2 { return false }
        var plain = 0
        for k in range.dropFirst() where tokens[k].kind == .word && tokens[k].end - tokens[k].start > 3 && Letters.isCapitalized(tokens[k].text) {
            let c = PeopleLexicon.classes(tokens[k].text)
            if c.contains(.common), c.isDisjoint(with: [.given, .surname]) { plain += 1 }
        }
        return plain >= 2
    }
}
