/// How two articles relate when they tell the same story.
public enum StoryMatchKind: String, Sendable {
    /// The same words (an estimated Jaccard similarity of 0.9 or more).
    case duplicate
    /// A copy with other furniture or light edits, or a trimmed copy.
    case nearDuplicate = "near-duplicate"
    /// The same news told in other words: shared names and vocabulary, few shared shingles.
    case rewrite
}

/// Decides whether two signed articles tell the same story. Pure, so it is tested on sentences
/// and used by the store on the few candidates its indexes return.
///
/// Copies are recognized by their MinHash estimate. Rewrites are harder: two articles on the same
/// topic (the same takeover, the same trial) share names and much vocabulary too. What a rewrite
/// keeps that a different article on the topic does not is the order of the facts: the longest
/// common subsequence of their content words covers about half of the shorter one, against a
/// third or less for different articles on the same topic (measured on the BBC corpus).
public enum StoryComparison {
    public static let duplicateSimilarity = 0.9
    public static let nearDuplicateSimilarity = 0.5
    /// A rewrite keeps at least this share of the smaller article's distinct content words...
    public static let rewriteWords = 0.4
    /// ...and of its leading names...
    public static let rewriteNames = 0.5
    /// ...and this share of its words in the same order.
    public static let rewriteSequence = 0.45
    /// A trimmed or lightly edited copy keeps most of its words in order.
    public static let copySequence = 0.8
    /// Shorter articles are not compared as rewrites: too few words to tell.
    public static let minimumWords = 25

    public struct Match: Sendable, Equatable {
        public var kind: StoryMatchKind
        /// Higher is closer: the MinHash estimate for copies, the in-order share for rewrites.
        public var score: Double
    }

    public static func match(_ a: StorySignature, _ b: StorySignature) -> Match? {
        match(a, b, wordsOfA: nil)
    }

    /// `wordsOfA`: `a.words` as a set, built once when one article is compared with many.
    public static func match(_ a: StorySignature, _ b: StorySignature, wordsOfA: WordSet?) -> Match? {
        let jaccard = MinHash.similarity(a.minhash, b.minhash)
        if jaccard >= duplicateSimilarity { return Match(kind: .duplicate, score: jaccard) }
        if jaccard >= nearDuplicateSimilarity { return Match(kind: .nearDuplicate, score: jaccard) }
        guard min(a.words.count, b.words.count) >= minimumWords,
              overlap(a.names, b.names) >= rewriteNames,
              (wordsOfA ?? WordSet(a.words)).overlap(with: b.words) >= rewriteWords else { return nil }
        let sequence = inOrderShare(a.words, b.words)
        if sequence >= copySequence { return Match(kind: .nearDuplicate, score: sequence) }
        return sequence >= rewriteSequence ? Match(kind: .rewrite, score: sequence) : nil
    }

    /// |A ∩ B| / min(|A|, |B|) of two sorted hash lists.
    public static func overlap(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(common) / Double(min(a.count, b.count))
    }

    /// The longest common subsequence of two word sequences over the shorter one's length.
    ///
    /// Bit-parallel (Crochemore et al. 2001): one machine word covers 64 positions of the shorter
    /// sequence, so 300 x 300 words cost about 1,500 word operations instead of 90,000 cells.
    public static func inOrderShare(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        let words = (short.count + 63) / 64
        // The positions of each word of the shorter sequence, as a bit mask.
        var slot: [UInt32: Int] = [:]
        var masks: [UInt64] = []
        for (j, w) in short.enumerated() {
            let k: Int
            if let existing = slot[w] { k = existing } else {
                k = masks.count / words
                slot[w] = k
                masks.append(contentsOf: repeatElement(0, count: words))
            }
            masks[k * words + j / 64] |= 1 << UInt64(j % 64)
        }
        var v = [UInt64](repeating: .max, count: words)
        for x in long {
            guard let k = slot[x] else { continue }
            // V = (V + (V & M)) | (V & ~M), with the carry rippling across words.
            var carry: UInt64 = 0
            for i in 0..<words {
                let m = masks[k * words + i]
                let u = v[i] & m
                let (s1, o1) = v[i].addingReportingOverflow(u)
                let (s2, o2) = s1.addingReportingOverflow(carry)
                carry = (o1 || o2) ? 1 : 0
                v[i] = s2 | (v[i] & ~m)
            }
        }
        var length = 0
        for j in 0..<short.count where v[j / 64] & (1 << UInt64(j % 64)) == 0 { length += 1 }
        return Double(length) / Double(short.count)
    }

    /// The same measure by dynamic programming: the reference the bit-parallel version is tested against.
    static func inOrderShareReference(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var previous = [Int32](repeating: 0, count: short.count + 1)
        var current = previous
        for x in long {
            for j in 0..<short.count {
                current[j + 1] = x == short[j] ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return Double(previous[short.count]) / Double(short.count)
    }
}
