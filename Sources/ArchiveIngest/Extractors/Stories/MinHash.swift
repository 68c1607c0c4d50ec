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

    /// The signature of a sequence of word stems (hashes); empty when there are too few for one shingle.
    ///
    /// One-permutation hashing: each shingle is hashed once, its low bits choose one of the
    /// `length` bins and its high bits compete for that bin's minimum; a bin no shingle fell into
    /// takes the value of the next filled bin to its right, shifted by the distance (rotation
    /// densification, Shrivastava & Li 2014). Equal bins estimate the Jaccard similarity like
    /// `length` independent hash functions do, for one hash a shingle instead of `length`.
    ///
    /// The filled bins are one bit each of a machine word (`length` <= 64), and the minimums are
    /// kept in the output array itself: densification writes only empty bins and reads only filled ones.
    static func signature(of stems: [UInt64]) -> [UInt32] {
        guard stems.count >= shingle else { return [] }
        // `Array(repeatElement(...))` is built inline; `init(repeating:count:)` went through the
        // unspecialized allocator, which looks up the array's generic metadata at run time.
        var out = Array(repeatElement(UInt32.max, count: length))
        var filled: UInt64 = 0
        out.withUnsafeMutableBufferPointer { minimum in
            stems.withUnsafeBufferPointer { s in
                for i in 0...(s.count - shingle) {
                    let h = StoryWord.mix(s[i] &* 0x9e37_79b9 ^ s[i + 1] &* 31 ^ s[i + 2])
                    let bin = Int((UInt64(UInt32(truncatingIfNeeded: h)) &* UInt64(length)) >> 32)
                    let value = UInt32(truncatingIfNeeded: h >> 32)
                    // An empty bin holds .max, so the smaller value is the bin's minimum either way.
                    if value < minimum[bin] { minimum[bin] = value }
                    filled |= 1 << UInt64(bin)
                }
            }
            let all: UInt64 = length == 64 ? .max : (1 << UInt64(length)) - 1
            guard filled != all else { return }
            for i in 0..<length where filled & (1 << UInt64(i)) == 0 {
                var j = (i + 1) % length, distance = 1
                while filled & (1 << UInt64(j)) == 0 { j = (j + 1) % length; distance += 1 }
                minimum[i] = minimum[j] &+ UInt32(truncatingIfNeeded: distance) &* 0x9E37_79B9
            }
        }
        return out
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
