/// Fingerprints an article for story grouping.
///
/// - MinHash over shingles of three content words finds copies: syndicated text under other
///   furniture, light edits (function words and word endings are ignored by design).
/// - The set of content-word stems, the leading proper names and the title's words let the store
///   recognize rewrites (the same news paraphrased), which share names and vocabulary but few
///   shingles; pairs of the leading names are the index keys that find rewrite candidates.
public struct StorySigner: StorySigning {
    /// Names kept for comparison, and the leading ones paired into lookup keys.
    static let keptNames = 10
    static let keyedNames = 5
    /// Words kept in order for the comparison of rewrites (about 2,000 characters of text: the lead
    /// and the first paragraphs, where a rewrite follows its source most closely).
    static let maximumWords = 300

    public init() {}

    public func signature(of article: Article, text: BodyText) -> StorySignature? {
        let tokens = text.tokens
        var sentenceStart = [Bool](repeating: false, count: tokens.count)
        for sentence in text.sentences {
            if let first = sentence.first(where: { tokens[$0].kind == .word }) { sentenceStart[first] = true }
        }
        var stems: [UInt64] = []
        stems.reserveCapacity(tokens.count / 2)
        var nameCounts: [UInt64: (count: Int, first: Int)] = [:]
        // Read once: a static's lazy initialization is checked on every access.
        let stopwords = StoryWord.stopwords
        let scalars = text.scalars
        for i in tokens.indices {
            // Fields are read in place: copying a token would retain and release its text.
            let kind = tokens[i].kind
            guard kind != .punctuation else { continue }
            let folded = StoryWord.fold(scalars[tokens[i].start..<tokens[i].end])
            guard folded.letters > 0, !stopwords.contains(folded.full) else { continue }
            if kind == .word && folded.letters < 3 && !tokens[i].isAllCaps { continue }
            stems.append(folded.stem)
            if kind == .word && !sentenceStart[i] && tokens[i].isCapitalized {
                nameCounts[folded.stem, default: (0, i)].count += 1
            }
        }
        guard !stems.isEmpty else { return nil }
        let names = nameCounts.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first }
            .prefix(Self.keptNames).map(\.key)
        let leading = Array(names.prefix(Self.keyedNames))
        var keys: [UInt32] = []
        for i in leading.indices { for j in leading.indices where j > i { keys.append(StoryWord.pair(leading[i], leading[j])) } }
        return StorySignature(
            minhash: MinHash.signature(of: stems),
            words: stems.prefix(Self.maximumWords).map { UInt32(truncatingIfNeeded: $0 >> 48) },
            names: Self.sortedSet(names),
            keys: Array(Set(keys)).sorted(),
            title: Self.sortedSet(Self.titleStems(article.title)))
    }

    static func titleStems(_ title: String?) -> [UInt64] {
        guard let title else { return [] }
        return Tokenizer.tokens(of: Array(title.unicodeScalars)).compactMap { token in
            guard token.kind != .punctuation else { return nil }
            let folded = StoryWord.fold(token.text)
            return folded.letters >= 3 && !StoryWord.stopwords.contains(folded.full) ? folded.stem : nil
        }
    }

    static func sortedSet(_ hashes: [UInt64]) -> [UInt32] {
        Array(Set(hashes.map { UInt32(truncatingIfNeeded: $0 >> 32) })).sorted()
    }
}
