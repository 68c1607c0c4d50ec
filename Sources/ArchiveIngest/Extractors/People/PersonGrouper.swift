/// Gathers the name candidates of one article into people: a full name introduces a person, and
/// later (or earlier) shorter forms ("Sheinbaum", "de la Fuente", "Lopez Obrador") are resolved
/// to it. One person per person, every mention kept with its span and surface form.
struct PersonGrouper {
    /// A draft's name words, accent-folded ("Juan", "Ramon", "de", "la", "Fuente"): the keys of
    /// the run words that wrote the name, read in place (a view of the text's words, not an array
    /// of copied keys allocated for each person).
    struct NameKeys {
        let words: ArraySlice<NameWord>

        var count: Int { words.count }
        subscript(x: Int) -> String { words[words.startIndex + x].key }
        var last: String { words[words.endIndex - 1].key }
    }

    /// A person being assembled.
    struct Draft {
        var words: NameKeys
        var surfaces: [String] = []
        var titles: [String] = []
        /// Start of the earliest mention (`Int.max` before the first): kept as mentions are added
        /// rather than searched for at every comparison.
        var earliest = Int.max
        /// The draft's first and last mention in the grouper's `mentions` (-1 before the first),
        /// chained in order by ``Mention/next``: no arrays of its own to grow.
        var firstMention = -1
        var lastMention = -1
        var mentionCount = 0

        var surname: String { words.last }
        var hasMentions: Bool { firstMention >= 0 }
    }

    /// One mention of a draft: its span, the token index of its first word (for finding titles)
    /// and the draft's next mention (-1 ends the chain).
    struct Mention {
        var span: TextSpan
        var firstToken: Int
        var next: Int
    }

    let text: BodyText
    var drafts: [Draft] = []
    /// The mentions of all drafts, in the order they were found.
    private var mentions: [Mention] = []
    /// Tokens already inside a mention, by token index (an array: tested for every run word).
    private var covered: [Bool]
    /// Drafts by surname, and the longest name in words: rebuilt before each resolution pass.
    /// The first draft with each surname, then a chain to the next one (-1 ends it): no array
    /// allocated per person.
    private var firstWithSurname = NameKeyMap()
    private var nextWithSurname: [Int] = []
    private var longestName = 0

    private mutating func indexSurnames() {
        firstWithSurname.removeAll()
        firstWithSurname.reserveCapacity(drafts.count)
        // (Refilled with a loop: the generic `append(contentsOf: repeatElement(...))` is not specialized.)
        nextWithSurname.removeAll(keepingCapacity: true)
        nextWithSurname.reserveCapacity(drafts.count)
        for _ in drafts.indices { nextWithSurname.append(-1) }
        longestName = 0
        // Backwards, so each chain runs in draft order.
        for k in drafts.indices.reversed() {
            nextWithSurname[k] = firstWithSurname.updateValue(k, forKey: drafts[k].surname) ?? -1
            longestName = max(longestName, drafts[k].words.count)
        }
    }

    init(text: BodyText) {
        self.text = text
        covered = [Bool](repeating: false, count: text.tokens.count)
    }

    /// Builds the people from the classified runs.
    mutating func group(runs found: NameRuns, candidates: [NameCandidate]) {
        let all = found.words
        // At most one draft a candidate: room for all at once (a draft is large to copy when the array grows).
        drafts.reserveCapacity(candidates.count)
        // Each mention covers run words no other mention covers.
        mentions.reserveCapacity(all.count)
        // 1. Full names (two words or more) introduce people.
        for c in candidates where c.isPerson && c.words.count >= 2 {
            // A new or longer name becomes the draft's name.
            if let index = match(full: all[c.words], at: c.span(in: all).start) {
                if c.words.count > drafts[index].words.count { drafts[index].words = NameKeys(words: all[c.words]) }
                addMention(index, all[c.words])
            } else {
                drafts.append(Draft(words: NameKeys(words: all[c.words])))
                addMention(drafts.count - 1, all[c.words])
            }
        }
        // 2. Shorter forms anywhere (headlines too) resolve to a full name: "Sheinbaum", "Lopez Obrador".
        if !drafts.isEmpty {
            indexSurnames()
            for c in candidates where !c.isOrganization {
                resolve(found.runs[c.run].words, of: all)
            }
        }
        // 3. Single words accepted on their own evidence ("President Trump" with no full name).
        var singles = NameKeyMap()
        for c in candidates where c.isPerson && c.words.count == 1 {
            let w = c.words.lowerBound
            if covered[all[w].token] { continue }
            let key = all[w].key
            // A first name alone ("daughter Ivanka") joins the one full name it opens ("Ivanka Trump").
            if all[w].classes.contains(.given), let k = uniqueDraft(firstName: key) {
                addMention(k, all[c.words])
                continue
            }
            let index = singles[key] ?? {
                drafts.append(Draft(words: NameKeys(words: all[c.words])))
                singles[key] = drafts.count - 1
                return drafts.count - 1
            }()
            addMention(index, all[c.words])
        }
        // 4. Other mentions of people known by one word ("President Clinton", later "Clinton said").
        if !singles.isEmpty {
            indexSurnames()
            for c in candidates where !c.isOrganization {
                resolve(found.runs[c.run].words, of: all)
            }
        }
    }

    /// The draft a full name belongs to: the same words, a shorter or longer form of them, or
    /// the same first name and surname; the nearest earlier mention wins a tie.
    private func match(full words: ArraySlice<NameWord>, at offset: Int) -> Int? {
        var best: Int?
        var bestDistance = Int.max
        let n = words.count
        let surname = words[words.endIndex - 1].key
        for k in drafts.indices where drafts[k].surname == surname {
            // The same words, or the shorter name's words ending the longer one's.
            let count = drafts[k].words.count
            let common = min(count, n)
            var same = true
            for x in 0..<common where drafts[k].words[count - common + x] != words[words.endIndex - common + x].key {
                same = false
                break
            }
            if !same {
                same = compatibleFirst(drafts[k].words[0], words[words.startIndex].key) && (count == 2 || n == 2)
            }
            guard same else { continue }
            let distance = nearest(k, offset)
            if distance < bestDistance { best = k; bestDistance = distance }
        }
        return best
    }

    /// The only multi-word person whose first name is `key`, if exactly one.
    private func uniqueDraft(firstName key: String) -> Int? {
        var found: Int?
        for k in drafts.indices where drafts[k].words.count >= 2 && drafts[k].words[0] == key {
            if found != nil { return nil }
            found = k
        }
        return found
    }

    /// Distance from `offset` to the draft's nearest mention.
    private func nearest(_ k: Int, _ offset: Int) -> Int {
        var best = Int.max
        var m = drafts[k].firstMention
        while m >= 0 {
            best = min(best, abs(offset - mentions[m].span.start))
            m = mentions[m].next
        }
        return best
    }

    /// "A." and "Alan", or the same word.
    private func compatibleFirst(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if a.hasSuffix("."), a.count == 2 { return b.first == a.first }
        if b.hasSuffix("."), b.count == 2 { return a.first == b.first }
        return false
    }

    /// Finds known people's surnames (with any words before them) inside a run: the words
    /// `range` of `words` (a range rather than a slice: making a slice retains the array).
    private mutating func resolve(_ range: Range<Int>, of words: [NameWord]) {
        var j = range.lowerBound
        while j < range.upperBound {
            if covered[words[j].token] || words[j].isParticle { j += 1; continue }
            // The longest stretch of this run that ends a known name (looked up by surname, so the
            // cost does not grow with the number of people).
            var found: (draft: Int, length: Int)?
            var bestIntroduced = Int.max
            var end = j
            while end < range.upperBound, end - j < longestName {
                var k = firstWithSurname[words[end].key] ?? -1
                while k >= 0 {
                    let length = end - j + 1
                    if length <= drafts[k].words.count, endsName(words, from: j, through: end, draft: k) {
                        // Two people with one surname: the surname alone usually means the one
                        // introduced first ("Trump" for Donald Trump when Ivanka Trump also appears).
                        let introduced = drafts[k].earliest
                        if found == nil || length > found!.length || length == found!.length && introduced < bestIntroduced {
                            found = (k, length)
                            bestIntroduced = introduced
                        }
                    }
                    k = nextWithSurname[k]
                }
                end += 1
            }
            guard let (k, length) = found else { j += 1; continue }
            var isCovered = false
            for x in j..<(j + length) where covered[words[x].token] {
                isCovered = true
                break
            }
            if isCovered { j += 1; continue }
            // "de la Fuente": the particles before a surname are written lower case, outside the run.
            let particles = particlesBefore(words[j].token, draft: k, matched: length)
            if !particles.isEmpty {
                var extended = particles
                extended.append(contentsOf: words[j..<(j + length)])
                addMention(k, extended[...])
            } else {
                addMention(k, words[j..<(j + length)])
            }
            j += length
        }
    }

    /// True when run words `from...through` equal the last words of the draft's name. (Drafts
    /// are passed by index: copying one retains all its arrays.)
    private func endsName(_ words: [NameWord], from: Int, through: Int, draft: Int) -> Bool {
        let n = through - from + 1
        let count = drafts[draft].words.count
        guard n <= count else { return false }
        var k = from
        for x in (count - n)..<count {
            if words[k].key != drafts[draft].words[x] { return false }
            k += 1
        }
        return true
    }

    /// Lower-case particles in the body right before `token` that continue the draft's name backwards.
    private func particlesBefore(_ token: Int, draft k: Int, matched: Int) -> [NameWord] {
        var out: [NameWord] = []
        var nameIndex = drafts[k].words.count - matched - 1
        var t = token - 1
        while nameIndex >= 0, t >= 0, !covered[t] {
            let tok = text.tokens[t]
            guard tok.kind == .word, PeopleLexicon.particles.contains(tok.text), tok.text == drafts[k].words[nameIndex] else { break }
            out.insert(NameWord(token: t, span: tok.span, text: tok.text, key: tok.text, classes: [], isInitial: false, isParticle: true, isPossessive: false), at: 0)
            nameIndex -= 1
            t -= 1
        }
        return out
    }

    private mutating func addMention(_ k: Int, _ words: ArraySlice<NameWord>) {
        let first = words.startIndex, last = words.endIndex - 1
        let span = TextSpan(start: words[first].span.start, end: words[last].span.end)
        for x in first...last { covered[words[x].token] = true }
        let m = mentions.count
        mentions.append(Mention(span: span, firstToken: words[first].token, next: -1))
        if drafts[k].lastMention >= 0 { mentions[drafts[k].lastMention].next = m } else { drafts[k].firstMention = m }
        drafts[k].lastMention = m
        drafts[k].mentionCount += 1
        drafts[k].earliest = min(drafts[k].earliest, span.start)
        let surface = surfaceForm(words)
        if !drafts[k].surfaces.contains(surface) { drafts[k].surfaces.append(surface) }
    }

    /// The surface form of a mention: its words as written, one space where the body has a gap
    /// between two (as the body has them once whitespace is normalized). When each gap is one
    /// space, that is the body's text of the span, made in one pass over its code points (a word's
    /// text is its span's code points).
    private func surfaceForm(_ words: ArraySlice<NameWord>) -> String {
        var plain = true
        for x in (words.startIndex + 1)..<words.endIndex {
            let gap = words[x].span.start - words[x - 1].span.end
            if gap == 0 || gap == 1 && text.scalars[words[x - 1].span.end] == " " { continue }
            plain = false
            break
        }
        if plain {
            return Tokenizer.string(text.scalars, words[words.startIndex].span.start, words[words.endIndex - 1].span.end)
        }
        var surface = ""
        var previousEnd = -1
        for w in words {
            if previousEnd >= 0, w.span.start > previousEnd { surface += " " }
            surface += w.text
            previousEnd = w.span.end
        }
        return surface
    }

    /// Adds the titles written before each mention; `caption` texts add theirs for known people.
    mutating func collectTitles() {
        for k in drafts.indices {
            var m = drafts[k].firstMention
            while m >= 0 {
                let t = mentions[m].firstToken, span = mentions[m].span
                m = mentions[m].next
                if let title = TitlePhrase.before(t, in: text), !drafts[k].titles.contains(title) {
                    drafts[k].titles.append(title)
                }
                // The mention's last token: the one ending at the span's end (or holding it: "Sheinbaum's").
                var last = t
                while last + 1 < text.tokens.count, text.tokens[last + 1].start < span.end { last += 1 }
                if text.tokens[last].end == span.end, let title = TitlePhrase.after(last, in: text), !drafts[k].titles.contains(title) {
                    drafts[k].titles.append(title)
                }
            }
        }
    }

    /// Adds titles written beside known people in another text of the article (a photo caption:
    /// "Mexico's President Claudia Sheinbaum waves ...").
    mutating func collectTitles(from other: BodyText, runs found: NameRuns) {
        let words = found.words
        for run in found.runs {
            for j in run.words {
                let key = words[j].key
                for k in drafts.indices where drafts[k].surname == key && drafts[k].hasMentions {
                    // Walk back over the words of the name.
                    var start = j, nameIndex = drafts[k].words.count - 2
                    while start > run.words.lowerBound, nameIndex >= 0,
                          words[start - 1].key == drafts[k].words[nameIndex] {
                        start -= 1
                        nameIndex -= 1
                    }
                    if let title = TitlePhrase.before(words[start].token, in: other), !drafts[k].titles.contains(title) {
                        drafts[k].titles.append(title)
                    }
                }
            }
        }
    }

    /// The people, in order of first mention.
    func people() -> [ArticlePerson] {
        // Sorted on copied keys: a comparator reading `drafts` retains it at every comparison.
        var order: [(earliest: Int, draft: Int)] = []
        order.reserveCapacity(drafts.count)
        for k in drafts.indices where drafts[k].hasMentions { order.append((drafts[k].earliest, k)) }
        order.sort { $0.earliest < $1.earliest }
        return order.map { entry in
            let k = entry.draft
            var spans: [TextSpan] = []
            spans.reserveCapacity(drafts[k].mentionCount)
            var m = drafts[k].firstMention
            while m >= 0 {
                spans.append(mentions[m].span)
                m = mentions[m].next
            }
            spans.sort()
            // Words of a surface: its spaces plus one (it is built with one space between words).
            func words(_ s: String) -> Int { s.utf8.reduce(1) { $1 == 32 ? $0 + 1 : $0 } }
            let name = drafts[k].surfaces.max { a, b in
                let wa = words(a), wb = words(b)
                return wa != wb ? wa < wb : a.count < b.count
            }!
            return ArticlePerson(name: name, aliases: drafts[k].surfaces, role: .mentioned, titles: drafts[k].titles, mentions: spans)
        }
    }
}
