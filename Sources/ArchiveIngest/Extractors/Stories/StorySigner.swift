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
        var sentenceStart = Array(repeatElement(false, count: tokens.count))  // see MinHash.signature
        for sentence in text.sentences {
            if let first = sentence.first(where: { tokens[$0].kind == .word }) { sentenceStart[first] = true }
        }
        var stems: [UInt64] = []
        stems.reserveCapacity(tokens.count)
        var names = NameTally()
        // Read once: a static's lazy initialization is checked on every access.
        let stopwords = StoryWord.stopwords
        // Tokens and code points are read in place, without bounds checks: copying a token would
        // retain and release its text, and this loop runs on every word of every article.
        tokens.withUnsafeBufferPointer { tokens in
            text.scalars.withUnsafeBufferPointer { scalars in
                for i in 0..<tokens.count {
                    let kind = tokens[i].kind
                    guard kind != .punctuation else { continue }
                    let start = tokens[i].start
                    let folded = StoryWord.fold(scalars, from: start, to: tokens[i].end)
                    guard folded.letters > 0, !stopwords.contains(folded.full) else { continue }
                    if kind == .word && folded.letters < 3 && !tokens[i].isAllCaps { continue }
                    stems.append(folded.stem)
                    if kind == .word && !sentenceStart[i] && Self.isUppercase(scalars[start]) {
                        names.add(folded.stem)
                    }
                }
            }
        }
        guard !stems.isEmpty else { return nil }
        let kept = names.leading(Self.keptNames)
        let leading = kept.prefix(Self.keyedNames)
        var keys: [UInt32] = []
        keys.reserveCapacity(leading.count * (leading.count - 1) / 2)
        for i in leading.indices { for j in leading.indices where j > i { keys.append(StoryWord.pair(leading[i], leading[j])) } }
        return StorySignature(
            minhash: MinHash.signature(of: stems),
            words: stems.prefix(Self.maximumWords).map { UInt32(truncatingIfNeeded: $0 >> 48) },
            names: Self.sortedSet(kept),
            keys: Self.sortedUnique(keys),
            title: Self.sortedSet(Self.titleStems(article.title)))
    }

    /// `Token.isCapitalized` of a word token, from its first code point (the token's text is
    /// that code point onwards): ASCII by range, other letters by their Unicode property.
    @inline(__always)
    static func isUppercase(_ first: Unicode.Scalar) -> Bool {
        let v = first.value
        if v < 128 { return v &- 65 < 26 }
        return first.properties.isUppercase
    }

    /// The title's content-word stems: its words as the tokenizer cuts them (``TitleWords``),
    /// folded like the body's, with no token or string made for them.
    static func titleStems(_ title: String?) -> [UInt64] {
        guard let title else { return [] }
        let scalars = Array(title.unicodeScalars)
        let stopwords = StoryWord.stopwords
        var out: [UInt64] = []
        scalars.withUnsafeBufferPointer { p in
            TitleWords.forEach(in: p) { start, end in
                let folded = StoryWord.fold(p, from: start, to: end)
                if folded.letters >= 3 && !stopwords.contains(folded.full) { out.append(folded.stem) }
            }
        }
        return out
    }

    static func sortedSet(_ hashes: [UInt64]) -> [UInt32] {
        sortedUnique(hashes.map { UInt32(truncatingIfNeeded: $0 >> 32) })
    }

    /// The distinct values in ascending order (what `Array(Set(values)).sorted()` gives, without
    /// hashing). The lists are short (10 names, 10 keys, a title's words): an insertion sort.
    static func sortedUnique(_ values: consuming [UInt32]) -> [UInt32] {
        var a = values
        let count = a.count
        guard count > 1 else { return a }
        a.withUnsafeMutableBufferPointer { b in
            if count <= 32 {
                for i in 1..<count {
                    let v = b[i]
                    var j = i
                    while j > 0, b[j - 1] > v { b[j] = b[j - 1]; j -= 1 }
                    b[j] = v
                }
            } else {
                b.sort()
            }
        }
        var n = 1
        for i in 1..<count where a[i] != a[n - 1] {
            a[n] = a[i]
            n += 1
        }
        a.removeLast(count - n)
        return a
    }
}
