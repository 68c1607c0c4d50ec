/// The distinct words of a signature (16-bit word hashes, `StorySignature.words`) as a bitmap of
/// all 65,536 values: comparing one new article with its candidates then costs one pass over each
/// candidate's words, with no sorting and no hashing.
public struct WordSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    public private(set) var count = 0

    public init(_ words: [UInt32]) {
        for w in words where insert(w) { count += 1 }
    }

    /// True when `w` was not in the set yet.
    private mutating func insert(_ w: UInt32) -> Bool {
        let i = Int(w & 0xFFFF)
        let mask: UInt64 = 1 << UInt64(i & 63)
        if bits[i >> 6] & mask != 0 { return false }
        bits[i >> 6] |= mask
        return true
    }

    public func contains(_ w: UInt32) -> Bool {
        let i = Int(w & 0xFFFF)
        return bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// |A ∩ B| / min(|A|, |B|) of this set and the distinct values of `words` (0 when either is empty).
    public func overlap(with words: [UInt32]) -> Double {
        var other = WordSet([])
        var common = 0
        for w in words where other.insert(w) {
            other.count += 1
            if contains(w) { common += 1 }
        }
        let smaller = min(count, other.count)
        return smaller == 0 ? 0 : Double(common) / Double(smaller)
    }
}
