/// Gathers the name candidates of one article into people: a full name introduces a person, and
/// later (or earlier) shorter forms ("Sheinbaum", "de la Fuente", "Lopez Obrador") are resolved
/// to it. One person per person, every mention kept with its span and surface form.
struct PersonGrouper {
    /// A person being assembled.
    struct Draft {
        /// Accent-folded name words ("Juan", "Ramon", "de", "la", "Fuente").
        var words: [String]
        var mentions: [TextSpan] = []
        var surfaces: [String] = []
        /// Token index of each mention's first word, for finding titles.
        var firstTokens: [Int] = []
        var titles: [String] = []
        /// Start of the earliest mention (`Int.max` before the first): kept as mentions are added
        /// rather than searched for at every comparison.
        var earliest = Int.max

        var surname: String { words.last! }
    }

    let text: BodyText
    var drafts: [Draft] = []
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
        nextWithSurname = [Int](repeating: -1, count: drafts.count)
        longestName = 0
        // Backwards, so each chain runs in draft order.
        for k in drafts.indices.reversed() {
            let surname = drafts[k].surname
            nextWithSurname[k] = firstWithSurname[surname] ?? -1
            firstWithSurname[surname] = k
            longestName = max(longestName, drafts[k].words.count)
        }
    }

    init(text: BodyText) {
        self.text = text
        covered = [Bool](repeating: false, count: text.tokens.count)
    }

    /// Builds the people from the classified runs.
    mutating func group(runs: [NameRun], candidates: [NameCandidate]) {
        // 1. Full names (two words or more) introduce people.
        for c in candidates where c.isPerson && c.words.count >= 2 {
            let words = c.words.map(\.key)
            let index = match(full: words, at: c.span.start) ?? {
                drafts.append(Draft(words: words))
                return drafts.count - 1
            }()
            if words.count > drafts[index].words.count { drafts[index].words = words }
            addMention(index, c.words)
        }
        // 2. Shorter forms anywhere (headlines too) resolve to a full name: "Sheinbaum", "Lopez Obrador".
        if !drafts.isEmpty {
            indexSurnames()
            for c in candidates where !c.isOrganization {
                resolve(runs[c.run].words[...])
            }
        }
        // 3. Single words accepted on their own evidence ("President Trump" with no full name).
        var singles = NameKeyMap()
        for c in candidates where c.isPerson && c.words.count == 1 {
            let w = c.words.first!
            if covered[w.token] { continue }
            let key = w.key
            // A first name alone ("daughter Ivanka") joins the one full name it opens ("Ivanka Trump").
            if w.classes.contains(.given), let k = uniqueDraft(firstName: key) {
                addMention(k, c.words)
                continue
            }
            let index = singles[key] ?? {
                drafts.append(Draft(words: [key]))
                singles[key] = drafts.count - 1
                return drafts.count - 1
            }()
            addMention(index, c.words)
        }
        // 4. Other mentions of people known by one word ("President Clinton", later "Clinton said").
        if !singles.isEmpty {
            indexSurnames()
            for c in candidates where !c.isOrganization {
                resolve(runs[c.run].words[...])
            }
        }
    }

    /// The draft a full name belongs to: the same words, a shorter or longer form of them, or
    /// the same first name and surname; the nearest earlier mention wins a tie.
    private func match(full words: [String], at offset: Int) -> Int? {
        var best: Int?
        var bestDistance = Int.max
        let surname = words.last!
        for k in drafts.indices where drafts[k].surname == surname {
            let d = drafts[k]
            let same = d.words == words
                || d.words.count > words.count && Array(d.words.suffix(words.count)) == words
                || words.count > d.words.count && Array(words.suffix(d.words.count)) == d.words
                || compatibleFirst(d.words.first!, words.first!) && (d.words.count == 2 || words.count == 2)
            guard same else { continue }
            let distance = nearest(d, offset)
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
    private func nearest(_ d: Draft, _ offset: Int) -> Int {
        var best = Int.max
        for m in d.mentions { best = min(best, abs(offset - m.start)) }
        return best
    }

    /// "A." and "Alan", or the same word.
    private func compatibleFirst(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if a.hasSuffix("."), a.count == 2 { return b.first == a.first }
        if b.hasSuffix("."), b.count == 2 { return a.first == b.first }
        return false
    }

    /// Finds known people's surnames (with any words before them) inside a run.
    private mutating func resolve(_ words: ArraySlice<NameWord>) {
        var j = words.startIndex
        while j < words.endIndex {
            let w = words[j]
            if covered[w.token] || w.isParticle { j += 1; continue }
            // The longest stretch of this run that ends a known name (looked up by surname, so the
            // cost does not grow with the number of people).
            var found: (draft: Int, length: Int)?
            var bestIntroduced = Int.max
            var end = j
            while end < words.endIndex, end - j < longestName {
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
            var slice = words[j..<(j + length)]
            if slice.contains(where: { covered[$0.token] }) { j += 1; continue }
            // "de la Fuente": the particles before a surname are written lower case, outside the run.
            let particles = particlesBefore(slice.first!.token, draft: k, matched: length)
            if !particles.isEmpty {
                var extended = particles
                extended.append(contentsOf: slice)
                addMention(k, extended[...])
                slice = []
            } else {
                addMention(k, slice)
            }
            j += length
        }
    }

    /// True when run words `from...through` equal the last words of the draft's name. (Drafts
    /// are passed by index: copying one retains all its arrays.)
    private func endsName(_ words: ArraySlice<NameWord>, from: Int, through: Int, draft: Int) -> Bool {
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
        let span = TextSpan(start: words.first!.span.start, end: words.last!.span.end)
        for w in words { covered[w.token] = true }
        drafts[k].mentions.append(span)
        drafts[k].earliest = min(drafts[k].earliest, span.start)
        drafts[k].firstTokens.append(words.first!.token)
        // The surface form from the words themselves (cheaper than slicing the body): one space
        // between words, as the body has them once whitespace is normalized.
        var surface = ""
        var previousEnd = -1
        for w in words {
            if previousEnd >= 0, w.span.start > previousEnd { surface += " " }
            surface += w.text
            previousEnd = w.span.end
        }
        if !drafts[k].surfaces.contains(surface) { drafts[k].surfaces.append(surface) }
    }

    /// Adds the titles written before each mention; `caption` texts add theirs for known people.
    mutating func collectTitles() {
        for k in drafts.indices {
            for (t, span) in zip(drafts[k].firstTokens, drafts[k].mentions) {
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
    mutating func collectTitles(from other: BodyText, runs: [NameRun]) {
        for run in runs {
            for j in run.words.indices {
                let key = run.words[j].key
                for k in drafts.indices where drafts[k].surname == key && !drafts[k].mentions.isEmpty {
                    // Walk back over the words of the name.
                    var start = j, nameIndex = drafts[k].words.count - 2
                    while start > run.words.startIndex, nameIndex >= 0,
                          run.words[start - 1].key == drafts[k].words[nameIndex] {
                        start -= 1
                        nameIndex -= 1
                    }
                    if let title = TitlePhrase.before(run.words[start].token, in: other), !drafts[k].titles.contains(title) {
                        drafts[k].titles.append(title)
                    }
                }
            }
        }
    }

    /// The people, in order of first mention.
    func people() -> [ArticlePerson] {
        // Sorted on copied keys: a comparator reading `drafts` retains it at every comparison.
        var order = drafts.indices.filter { !drafts[$0].mentions.isEmpty }.map { (earliest: drafts[$0].earliest, draft: $0) }
        order.sort { $0.earliest < $1.earliest }
        return order.map { entry in
            let d = drafts[entry.draft]
            var mentions = d.mentions
            mentions.sort()
            // Words of a surface: its spaces plus one (it is built with one space between words).
            func words(_ s: String) -> Int { s.utf8.reduce(1) { $1 == 32 ? $0 + 1 : $0 } }
            let name = d.surfaces.max { a, b in
                let wa = words(a), wb = words(b)
                return wa != wb ? wa < wb : a.count < b.count
            }!
            return ArticlePerson(name: name, aliases: d.surfaces, role: .mentioned, titles: d.titles, mentions: mentions)
        }
    }
}
