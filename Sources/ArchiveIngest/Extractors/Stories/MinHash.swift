/// MinHash over word shingles: the share of equal positions between two signatures estimates the
/// Jaccard similarity of the two articles' shingle sets, and bands of positions are the LSH buckets
/// that find near-duplicate candidates by index lookup instead of comparison with every article.
public enum MinHash {
    /// Values in a signature: the similarity estimate compares all of them.
    public static let length = 60
    /// Three rows a band, ten bands indexed (the signature's first 30 values): a pair with Jaccard
    /// 0.6 shares a bucket with probability 0.91, 0.5 with 0.74, 0.2 with 8%, unrelated articles
    /// (< 0.02) almost never. A copy below 0.6 is still found through its names (`story_keys`);
    /// every band more is an index row and a look-up per article.
    public static let bands = 10
    public static let rows = 3
    /// Words a shingle: three content words in a row.
    static let shingle = 3

    static let seeds: [UInt64] = (0..<length).map { StoryWord.mix(UInt64($0) &* 0x2545_f491_4f6c_dd1d) }

    /// The signature of a sequence of word stems (hashes); empty when there are too few for one shingle.
    static func signature(of stems: [UInt64]) -> [UInt32] {
        guard stems.count >= shingle else { return [] }
        var minimum = [UInt64](repeating: .max, count: length)
        minimum.withUnsafeMutableBufferPointer { m in
            seeds.withUnsafeBufferPointer { seed in
                for i in 0...(stems.count - shingle) {
                    let h = StoryWord.mix(stems[i] &* 0x9e37_79b9 ^ stems[i + 1] &* 31 ^ stems[i + 2])
                    for k in 0..<length {
                        let v = StoryWord.mix(h ^ seed[k])
                        if v < m[k] { m[k] = v }
                    }
                }
            }
        }
        return minimum.map { UInt32(truncatingIfNeeded: $0 >> 32) }
    }

    /// The estimated Jaccard similarity of two signatures (0 when either is empty).
    public static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        var equal = 0
        for i in a.indices where a[i] == b[i] { equal += 1 }
        return Double(equal) / Double(a.count)
    }

    /// The bucket of each band: a hash of the band's rows (what `story_lsh` indexes).
    public static func buckets(_ signature: [UInt32]) -> [Int64] {
        guard signature.count == length else { return [] }
        return (0..<bands).map { band in
            var h = UInt64(band) &+ 1
            for r in 0..<rows { h = StoryWord.mix(h ^ UInt64(signature[band * rows + r])) }
            return Int64(bitPattern: h >> 1)
        }
    }
}
