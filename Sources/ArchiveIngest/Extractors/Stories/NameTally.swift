/// Counts an article's name words by stem and picks the most frequent, earliest first on ties.
///
/// An open-addressing table of integers: `Dictionary<UInt64, _>` hashed every capitalized word
/// with seeded SipHash and its sort of all entries cost more than the rest of the name handling.
/// Entries are kept in the order of their first appearance, which is the tie-break.
struct NameTally {
    /// Each slot holds `index + 1` of an entry, 0 when empty.
    private var slots: [Int32]
    private var shift: UInt64
    private(set) var stems: [UInt64] = []
    private var counts: [Int32] = []

    init() {
        slots = Array(repeatElement(0, count: 64))  // not init(repeating:count:): see MinHash.signature
        shift = 64 - 6
        stems.reserveCapacity(32)
        counts.reserveCapacity(32)
    }

    mutating func add(_ stem: UInt64) {
        let found: Int? = slots.withUnsafeMutableBufferPointer { table in
            let mask = table.count - 1
            var i = Int(truncatingIfNeeded: (stem &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let slot = Int(table[i])
                if slot == 0 {
                    table[i] = Int32(truncatingIfNeeded: stems.count + 1)
                    return nil
                }
                if stems[slot - 1] == stem { return slot - 1 }
                i = (i + 1) & mask
            }
        }
        if let found {
            counts[found] += 1
            return
        }
        stems.append(stem)
        counts.append(1)
        if stems.count * 2 > slots.count { grow() }
    }

    /// Doubles the table and reinserts every entry.
    private mutating func grow() {
        shift -= 1
        slots = Array(repeatElement(0, count: slots.count * 2))
        let mask = slots.count - 1
        for (e, stem) in stems.enumerated() {
            var i = Int(truncatingIfNeeded: (stem &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(truncatingIfNeeded: e + 1)
        }
    }

    /// The `k` stems counted most often; of equal counts, the one seen first comes first.
    func leading(_ k: Int) -> [UInt64] {
        // Entry indexes, best first: an insertion into a list of at most `k`.
        var top: [Int] = []
        top.reserveCapacity(k + 1)
        for e in counts.indices {
            let c = counts[e]
            // Earlier entries with the same count stay ahead (they appeared first).
            var p = top.count
            while p > 0, counts[top[p - 1]] < c { p -= 1 }
            if p < k {
                top.insert(e, at: p)
                if top.count > k { top.removeLast() }
            }
        }
        return top.map { stems[$0] }
    }
}
