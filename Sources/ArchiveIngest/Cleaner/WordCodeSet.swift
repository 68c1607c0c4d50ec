/// A fixed set of ``WordCode``s with open addressing and a multiplicative hash: membership is a
/// multiply, a shift and a probe or two, cheaper than `Set`'s seeded hashing on every word of a page.
struct WordCodeSet: Sendable {
    private var table: [UInt64]
    private let shift: UInt64

    init(_ words: [String]) {
        self.init(codes: words.map(WordCode.of))
    }

    /// Any non-zero 64-bit values (word codes, word hashes).
    init(codes values: [UInt64]) {
        let codes = Set(values).subtracting([0])
        var bits: UInt64 = 4
        while (1 << bits) < codes.count * 3 { bits += 1 }
        shift = 64 - bits
        table = [UInt64](repeating: 0, count: 1 << Int(bits))
        for c in codes {
            var i = Int((c &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while table[i] != 0 { i = (i + 1) & (table.count - 1) }
            table[i] = c
        }
    }

    @inline(__always) func contains(_ code: UInt64) -> Bool {
        guard code != 0 else { return false }
        var i = Int((code &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let v = table[i]
            if v == code { return true }
            if v == 0 { return false }
            i = (i + 1) & (table.count - 1)
        }
    }
}
