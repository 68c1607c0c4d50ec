/// The part of a ``NameRun`` that may be a person's name, and the verdict on it.
struct NameCandidate: Sendable {
    /// The name words ("Juan Ramon de la Fuente" of "Mexican Foreign Minister Juan Ramon de la Fuente"),
    /// as indices in the text's ``NameRuns/words``.
    var words: Range<Int>
    /// Index of the run it came from.
    var run: Int
    var isPerson: Bool
    /// The run names an organisation, place or event ("Zocalo Square"): no person hides inside.
    var isOrganization: Bool

    /// The code points from the first name word to the last; `all` is the text's ``NameRuns/words``.
    func span(in all: [NameWord]) -> TextSpan { TextSpan(start: all[words.lowerBound].span.start, end: all[words.upperBound - 1].span.end) }
}

/// Decides whether a run of capitalized words names a person, by weighing general evidence: the
/// words themselves (given names, initials, learned surnames against places, organisations and
/// plain words), a title before them ("President", "spokesperson", "Mr."), a speech verb or an
/// apposition after them ("said", ", a spokesman"), and where they stand (after "in", at a
/// sentence start, in a score line "( 31st )").
enum NameClassifier {
    /// Points a candidate needs to count as a person.
    static let threshold = 3

    /// - Parameter all: the text's ``NameRuns/words``, of which `run` holds a range.
    static func classify(_ run: NameRun, index: Int, words all: [NameWord], text: BodyText) -> NameCandidate {
        // The run's words are read in place, by index (a `NameWord` copied out retains its strings).
        let tokens = text.tokens
        let lastIndex = run.words.upperBound - 1
        var lo = run.words.lowerBound
        // An organisation, place or event head ends the run: "Zocalo Square", "Fox News".
        if all[lastIndex].classes.contains(.orgHead), !all[lastIndex].classes.contains(.surname) {
            return NameCandidate(words: run.words, run: index, isPerson: false, isOrganization: true)
        }
        // A title or honorific inside the run: the name starts after the last one.
        var titled = false
        if run.words.count > 1 {
            for k in stride(from: lastIndex - 1, through: lo, by: -1) {
                let c = all[k].classes
                if c.contains(.title) || c.contains(.honorific), !c.contains(.given) {
                    titled = true
                    lo = k + 1
                    break
                }
            }
        }
        // Leading words that cannot open a name ("State" of "State Marco Rubio", "Earlier").
        while lastIndex > lo, !canOpenName(all[lo].classes, isInitial: all[lo].isInitial) {
            if all[lo].classes.contains(.title) || all[lo].classes.contains(.honorific) { titled = true }
            lo += 1
        }
        let words = lo..<run.words.upperBound
        var candidate = NameCandidate(words: words, run: index, isPerson: false, isOrganization: false)
        if run.inHeadline { return candidate }
        let count = words.count
        let firstClasses = all[lo].classes, endClasses = all[lastIndex].classes
        let firstToken = all[lo].token, lastToken = all[lastIndex].token
        if !titled, firstToken > 0, isTitleBefore(text, firstToken) { titled = true }

        // The joined name is built only when its first word opens a listed firm or place.
        if count >= 2, PeopleLexicon.notPeopleFirstWords.contains(all[lo].text),
           PeopleLexicon.notPeople.contains(all[words].map(\.text).joined(separator: " ")) {
            return candidate
        }
        var score = 0
        let opensSentence = run.atSentenceStart && lo == run.words.lowerBound
        let initialAndSurname = !all[lo].isInitial && isInitialAndSurname(all[lo].span, text.scalars)
        if count >= 2 || initialAndSurname {
            let strongFirst = isStrongFirst(firstClasses, isInitial: all[lo].isInitial) || initialAndSurname
            if strongFirst { score += 3 }
            if endClasses.contains(.surname) { score += 2 }
            // "S.A.", "N.V.": initials close company names, not people's.
            if count >= 2, all[lastIndex].isInitial { return candidate }
            // Long runs are titles of things ("Oats Rye Flaxseed Canola Corn"), rarely names.
            if !strongFirst {
                var nameWords = 0
                for k in lo...lastIndex where !all[k].isParticle { nameWords += 1 }
                if nameWords > 3 { score -= 3 }
            }
            // Words that are nothing else: "Takuya Takagi", "Danius Gleveckas".
            var plainWords = true
            for k in lo...lastIndex where !all[k].isParticle && !all[k].isInitial {
                let c = all[k].classes
                let isFirstGiven = all[k].token == firstToken && c.contains(.given)
                if !c.isDisjoint(with: WordClass.notAName), !c.contains(.surname), !isFirstGiven {
                    // After a given name a place-like word is often a surname ("Trevor Holland").
                    score -= strongFirst ? 2 : 3
                    plainWords = false
                } else if c.contains(.common), !c.contains(.surname), !isFirstGiven {
                    // Plain words are surnames too ("Davis Love", "Walter Little").
                    if !strongFirst { score -= 1 }
                    plainWords = false
                }
                else if !c.isEmpty, !c.contains(.surname), !c.contains(.given) { plainWords = false }
            }
            if plainWords { score += 3 }
            // A line that is only a name (a byline under a headline, a caption credit).
            let sentence = text.sentences[run.sentence]
            if count <= 4, firstToken == sentence.lowerBound, lastToken + 1 == sentence.upperBound {
                var onlyNames = true
                for k in lo...lastIndex where !all[k].classes.isDisjoint(with: [.nonPerson, .place, .calendar, .orgHead, .common, .demonym]) {
                    onlyNames = false
                    break
                }
                if onlyNames { score += 2 }
            }
        } else {
            let c = firstClasses
            // One letter (the span is the word's code points).
            if all[lo].isInitial || all[lo].span.end - all[lo].span.start == 1 { return candidate }
            if !c.isDisjoint(with: WordClass.notAName), !c.contains(.surname) { return candidate }
            if c.contains(.common), !c.contains(.surname), !(titled && c.isDisjoint(with: [.title, .honorific, .modifier])) { return candidate }
            if c.contains(.title) || c.contains(.honorific) || c.contains(.modifier) { return candidate }
            if c.contains(.surname) { score += 2 }
            if opensSentence { score -= 1 }
        }
        if titled { score += 3 }
        if firstToken > 0, tokens[firstToken - 1].kind == .word, PeopleLexicon.placePrepositions.contains(token: firstToken - 1, in: text),
           !firstClasses.contains(.given) {
            score -= 2
        }
        if !all[lastIndex].isPossessive { score += evidenceAfter(text, lastToken + 1) }
        score += scoreLineEvidence(text, firstToken, lastToken, sentenceEnd: text.sentences[run.sentence].upperBound)
        candidate.isPerson = score >= threshold
        return candidate
    }

    /// An initial glued to a surname in one word ("T.O'Gorman"): a full name by itself. Read on
    /// the body's code points (`span` is the word's).
    static func isInitialAndSurname(_ span: TextSpan, _ scalars: [Unicode.Scalar]) -> Bool {
        let s = span.start
        return span.end - s >= 4 && Letters.isUpper(scalars[s]) && scalars[s + 1] == "." && Letters.isUpper(scalars[s + 2])
    }

    /// Names listed beside people are people: "Payne Stewart , Billy Mayfair , Nolan Henke". A
    /// candidate of two or three plain words (no place, organisation or common word) in a list
    /// next to an accepted person in the same sentence is accepted too.
    static func acceptListNeighbours(_ candidates: inout [NameCandidate], runs found: NameRuns, tokens: [Token]) {
        guard candidates.count > 1 else { return }
        let all = found.words, runs = found.runs
        for _ in 0..<2 {
            for k in candidates.indices where !candidates[k].isPerson && !candidates[k].isOrganization {
                let c = candidates[k]
                guard (2...3).contains(c.words.count), !runs[c.run].inHeadline,
                      c.words.allSatisfy({ all[$0].isInitial || all[$0].isParticle || all[$0].classes.isDisjoint(with: [.nonPerson, .place, .calendar, .orgHead, .common, .demonym, .title, .honorific, .modifier]) })
                else { continue }
                let first = all[c.words.lowerBound].token, last = all[c.words.upperBound - 1].token
                let before = first > 0 ? tokens[first - 1].text : ""
                let after = last + 1 < tokens.count ? tokens[last + 1].text : ""
                guard isListSeparator(before) || isListSeparator(after) else { continue }
                let sentence = runs[c.run].sentence
                for n in stride(from: k - 1, through: k + 1, by: 2) where n >= 0 && n < candidates.count {
                    let other = candidates[n]
                    guard other.isPerson, runs[other.run].sentence == sentence else { continue }
                    let gap = n < k ? first - all[other.words.upperBound - 1].token : all[other.words.lowerBound].token - last
                    if gap <= 6 { candidates[k].isPerson = true; break }
                }
            }
        }
    }

    /// A name in brackets right after a person's name is an affiliation, not a person:
    /// "Krzysztof Nowak ( Lech Poznan )", "Jane Roe (Green Party)".
    /// - Parameter all: the text's ``NameRuns/words``.
    static func rejectAffiliations(_ candidates: inout [NameCandidate], words all: [NameWord], text: BodyText) {
        // Most texts have no name in brackets: the persons' ends are listed only when one does.
        func inBrackets(_ c: NameCandidate) -> Bool {
            let first = all[c.words.lowerBound].token, last = all[c.words.upperBound - 1].token
            return first >= 2 && last + 1 < text.tokens.count && isMark(text, first - 1, Mark.openParen) && isMark(text, last + 1, Mark.closeParen)
        }
        guard candidates.contains(where: { $0.isPerson && inBrackets($0) }) else { return }
        var personEnds: [Int] = []
        for c in candidates where c.isPerson { personEnds.append(all[c.words.upperBound - 1].token) }
        for k in candidates.indices where candidates[k].isPerson && inBrackets(candidates[k]) {
            let first = all[candidates[k].words.lowerBound].token
            guard personEnds.contains(first - 2) else { continue }
            candidates[k].isPerson = false
        }
    }

    static func isListSeparator(_ s: String) -> Bool { s == "," || s == ";" || s == "and" || s == "&" }

    /// A given name or a person's initial ("A.", "J.R.") but not "U.S.".
    static func isStrongFirst(_ c: WordClass, isInitial: Bool) -> Bool {
        if isInitial { return c.isDisjoint(with: WordClass.notAName) }
        return c.contains(.given) && !c.contains(.calendar)
    }

    static func canOpenName(_ c: WordClass, isInitial: Bool) -> Bool {
        if isInitial || c.contains(.given) || c.contains(.surname) { return !c.contains(.calendar) || c.contains(.surname) }
        if !c.isDisjoint(with: WordClass.notAName) || c.contains(.title) || c.contains(.honorific) || c.contains(.modifier) { return false }
        if c.contains(.common) { return false }
        return true
    }

    /// A role or form of address right before the name: "spokesperson Tommy Pigott", "Mr. Smith".
    static func isTitleBefore(_ text: BodyText, _ first: Int) -> Bool {
        var j = first - 1
        if isMark(text, j, Mark.dot), j > 0 { j -= 1 }
        guard text.tokens[j].kind == .word else { return false }
        let c = PeopleLexicon.classes(ofToken: j, in: text)
        return c.contains(.title) || c.contains(.honorific)
    }

    /// What follows the name: a speech verb, an apposition with a role or an age, "who"; or a
    /// place word that shows the name belongs to a place ("Charles de Gaulle airport").
    static func evidenceAfter(_ text: BodyText, _ j: Int) -> Int {
        let tokens = text.tokens
        guard j < tokens.count else { return 0 }
        if tokens[j].kind == .word {
            // The token is packed once for both look-ups (as `contains(token:in:)` and `classes(ofToken:in:)` do).
            guard let key = PeopleLexicon.packedToken(j, in: text) else {
                if placeHeadsAfter.contains(tokens[j].text) { return -3 }
                return PeopleLexicon.classes(tokens[j].text).contains(.speech) ? 2 : 0
            }
            if placeHeadsAfter.contains(packedLow: key.low, high: key.high, length: key.length) { return -3 }
            return (PeopleLexicon.table[packedLow: key.low, high: key.high, length: key.length] ?? []).contains(.speech) ? 2 : 0
        }
        guard isMark(text, j, Mark.comma), j + 1 < tokens.count else { return 0 }
        let n = j + 1
        // Age: "Rachel Legeard , 18 ,".
        if tokens[n].kind == .number, j + 2 < tokens.count, isMark(text, j + 2, Mark.comma) || isMark(text, j + 2, Mark.hyphen) { return 3 }
        guard tokens[n].kind == .word else { return 0 }
        let key = wordKey(text, n)
        if key == Self.who { return 2 }
        let nc = PeopleLexicon.classes(ofToken: n, in: text)
        if nc.contains(.title), !isCapitalized(text, n) { return 3 }
        if let key, determiners.contains(key) {
            var k = j + 2
            while k < min(tokens.count, j + 8), tokens[k].kind == .word {
                let c = PeopleLexicon.classes(ofToken: k, in: text)
                if c.contains(.title), !isCapitalized(text, k) { return 3 }
                k += 1
            }
        }
        if nc.contains(.speech) { return 2 }
        return 0
    }

    /// Words before a role in an apposition: "a spokesman", "the party's leader".
    private static let determiners = ShortWordKey.Set(["a", "an", "the", "his", "her", "its"])
    private static var who: UInt64 { ShortWordKey.ascii("w", "h", "o") }

    /// Lower-case words after a capitalized name that make it a place, institution or product.
    static let placeHeadsAfter: StringSet = [
        "channel", "account", "app", "page", "website", "site", "platform", "post", "video", "network",
        "service", "newspaper", "magazine", "programme", "program", "show", "series", "model", "brand",
        "product", "device", "phone", "chain", "franchise", "team", "club", "party", "government",
        "airport", "stadium", "hotel", "street", "avenue", "square", "bridge", "university", "college",
        "school", "hospital", "museum", "station", "park", "river", "island", "mountains", "valley",
        "prize", "award", "trophy", "cup", "foundation", "institute", "company", "corporation", "bank",
        "shares", "stock", "index", "bonds", "group", "airline", "brand", "centre", "center", "arena",
        "region", "province", "district", "county", "city", "town", "village", "camp", "building",
    ]

    /// Sports result and team lines: "Contra ( 31st )", "Zickler 26th", "c Croft b Gough",
    /// "Gough 8-0-39-3", "5 - Duilio Davino", "Jesper Parnevik ( Sweden )".
    static func scoreLineEvidence(_ text: BodyText, _ first: Int, _ last: Int, sentenceEnd: Int) -> Int {
        let tokens = text.tokens
        var score = 0
        var j = last + 1
        if j < tokens.count, isMark(text, j, Mark.openParen) || isMark(text, j, Mark.comma) { j += 1 }
        // A scorer's minute: "( Zickler 26th , Helmer 37th )".
        if j < tokens.count, j > last, isOrdinal(text, j) { score += 3 }
        else if last + 1 < sentenceEnd, tokens[last + 1].kind == .number {
            // Standings ("Maccabi Haifa 3 2 1 0 5 3 7": six numbers or more on the line; a golfer's
            // rounds are fewer) and results ("Hapoel Taibe 1 Bnei Yehuda 2", "Bayern Munich 4 (
            // Zickler 26th )": a team's score, then its scorers) name teams.
            var numbers = 0, k = last + 1
            while k < sentenceEnd, tokens[k].kind == .number { numbers += 1; k += 1 }
            let resultLine = numbers == 1 && (k < sentenceEnd
                ? isCapitalized(text, k) && tokens[k].kind == .word || isMark(text, k, Mark.openParen)
                : first > 0 && tokens[first - 1].kind == .number)  // "... 1 Hapoel Taibe 1" ends a result line
            if numbers >= 6 || resultLine {
                score -= 2
            }
        }
        else if last + 1 < tokens.count, isFigures(text, last + 1) { score += 3 }
        else if isCountryInBrackets(text, last + 1) {
            // Strong for a full name; a single word may be a club ("Lyngby ( Denmark )").
            score += first == last ? 1 : 3
        }
        if first > 0, let p = wordKey(text, first - 1) {
            if p == Self.c || p == Self.b || p == Self.st { score += 3 }
            // Numbered lists: "5 - Duilio Davino", "8. Florence Masnada".
            else if p == Self.hyphen || p == Self.dot, first > 1, tokens[first - 2].kind == .number { score += 2 }
        }
        return score
    }

    // Cricket's "c" (caught) and "b" (bowled), "st" (stumped); list numbering marks.
    private static var c: UInt64 { ShortWordKey.ascii("c") }
    private static var b: UInt64 { ShortWordKey.ascii("b") }
    private static var st: UInt64 { ShortWordKey.ascii("s", "t") }
    private static var hyphen: UInt64 { ShortWordKey.ascii("-") }
    private static var dot: UInt64 { ShortWordKey.ascii(".") }

    /// "( Norway )", "( Czech Republic )", "( U.S. )": a competitor's country in a results list.
    static func isCountryInBrackets(_ text: BodyText, _ j: Int) -> Bool {
        let tokens = text.tokens
        guard j + 2 < tokens.count, isMark(text, j, Mark.openParen) else { return false }
        var k = j + 1, place = false
        while k < tokens.count, k <= j + 3, tokens[k].kind == .word, isCapitalized(text, k) {
            let c = PeopleLexicon.classes(ofToken: k, in: text)
            if !c.isDisjoint(with: [.place, .demonym, .nonPerson]) { place = true }
            k += 1
        }
        return place && k < tokens.count && isMark(text, k, Mark.closeParen)
    }

    /// Cricket and similar figures: "8-0-39-3", "10-0-50-0" (digits and two hyphens or more).
    static func isFigures(_ text: BodyText, _ i: Int) -> Bool {
        var dashes = 0
        for k in text.tokens[i].start..<text.tokens[i].end {
            let v = text.scalars[k].value
            if v == 45 { dashes += 1 } else if v < 48 || v > 57 { return false }
        }
        return dashes >= 2
    }

    /// "26th", "31st": a digit first, an ordinal ending last, three characters or more.
    static func isOrdinal(_ text: BodyText, _ i: Int) -> Bool {
        let start = text.tokens[i].start, end = text.tokens[i].end
        guard end - start >= 3 else { return false }
        let f = text.scalars[start].value, a = text.scalars[end - 2].value, b = text.scalars[end - 1].value
        guard f >= 48, f <= 57 else { return false }
        return a == 115 && b == 116 || a == 110 && b == 100 || a == 114 && b == 100 || a == 116 && b == 104  // st nd rd th
    }

    /// Token `i` is the punctuation mark `mark` (punctuation tokens are one code point).
    @inline(__always)
    static func isMark(_ text: BodyText, _ i: Int, _ mark: UInt8) -> Bool {
        text.tokens[i].kind == .punctuation && text.scalars[text.tokens[i].start].value == UInt32(mark)
    }

    /// Token `i` starts with a capital (``Letters/isCapitalized(_:)`` of its text).
    @inline(__always)
    static func isCapitalized(_ text: BodyText, _ i: Int) -> Bool {
        Letters.isUpper(text.scalars[text.tokens[i].start])
    }

    /// The ``ShortWordKey`` of token `i`, or nil when it has none (longer than eight, or not ASCII).
    @inline(__always)
    static func wordKey(_ text: BodyText, _ i: Int) -> UInt64? {
        text.scalars.withUnsafeBufferPointer { ShortWordKey.of($0, text.tokens[i].start, text.tokens[i].end) }
    }
}
