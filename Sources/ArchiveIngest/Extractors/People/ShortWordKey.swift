/// A word of up to eight ASCII characters packed into one integer, read straight from a body's
/// code points: the run scan tests every short lower-case word ("the", "said", "de") against
/// the name particles, and building or hashing a `String` for each cost more than the rest.
enum ShortWordKey {
    /// The key of `scalars[start..<end]`, or nil when it is longer than eight or not all ASCII
    /// (no key then equals a listed word's: the lists hold short ASCII words).
    @inline(__always)
    static func of(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> UInt64? {
        guard end - start <= 8 else { return nil }
        var key: UInt64 = 0
        var k = end
        while k > start {
            k -= 1
            let v = scalars[k].value
            guard v < 128 else { return nil }
            key = key << 8 | UInt64(v)
        }
        return key
    }

    /// The key of `bytes[range]` (ASCII bytes), or nil when longer than eight bytes or not all ASCII.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
        guard range.count <= 8 else { return nil }
        var key: UInt64 = 0
        var k = range.upperBound
        while k > range.lowerBound {
            k -= 1
            let v = bytes[k]
            guard v < 128 else { return nil }
            key = key << 8 | UInt64(v)
        }
        return key
    }

    /// The key of a word of one to three ASCII characters given one by one: folded to a constant
    /// where they are literals. (A `static let` of ``of(_:)`` is a lazy global, checked for its
    /// initialization at every use: the classifier reads such keys for every name.)
    @inline(__always)
    static func ascii(_ a: Unicode.Scalar, _ b: Unicode.Scalar? = nil, _ c: Unicode.Scalar? = nil) -> UInt64 {
        UInt64(a.value) | UInt64(b?.value ?? 0) << 8 | UInt64(c?.value ?? 0) << 16
    }

    /// The key of a listed word, or nil when it has no key.
    static func of(_ word: String) -> UInt64? {
        let scalars = Array(word.unicodeScalars)
        return scalars.withUnsafeBufferPointer { of($0, 0, $0.count) }
    }

    /// A fixed set of short words, searched by key: one multiply, one shift and one load, with a
    /// multiplier chosen when the set is built so that no two words share a slot.
    struct Set: Sendable {
        /// The words' keys by slot (0: empty; no word's key is 0).
        private let slots: [UInt64]
        private let multiplier: UInt64
        private let shift: UInt64

        init(_ words: [String]) {
            let keys = words.map { word -> UInt64 in
                guard let key = ShortWordKey.of(word), key != 0 else { preconditionFailure("not a short ASCII word: \(word)") }
                return key
            }
            // Eight slots a word or more, then more until a multiplier separates them all.
            var bits: UInt64 = 3
            while (1 << bits) < keys.count * 8 { bits += 1 }
            var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
            while true {
                for _ in 0..<1000 {
                    // SplitMix64: a fixed sequence of odd candidates, so every build is the same.
                    seed &+= 0x9E37_79B9_7F4A_7C15
                    var z = seed
                    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                    let m = (z ^ (z >> 31)) | 1
                    var table = [UInt64](repeating: 0, count: 1 << bits)
                    var ok = true
                    for key in keys {
                        let i = Int((key &* m) >> (64 - bits))
                        if table[i] != 0, table[i] != key { ok = false; break }
                        table[i] = key
                    }
                    if ok {
                        slots = table
                        multiplier = m
                        shift = 64 - bits
                        return
                    }
                }
                bits += 1
            }
        }

        /// True when the word `bytes[range]` is in the set.
        @inline(__always)
        func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
            guard let key = ShortWordKey.of(bytes, range) else { return false }
            return contains(key)
        }

        @inline(__always)
        func contains(_ key: UInt64) -> Bool {
            key != 0 && slots[Int(truncatingIfNeeded: (key &* multiplier) >> shift)] == key
        }
    }
}
