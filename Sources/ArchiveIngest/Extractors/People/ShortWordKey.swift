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

    /// The key of a listed word, or nil when it has no key.
    static func of(_ word: String) -> UInt64? {
        let scalars = Array(word.unicodeScalars)
        return scalars.withUnsafeBufferPointer { of($0, 0, $0.count) }
    }

    /// A fixed set of short words, searched by key.
    struct Set: Sendable {
        /// Sorted keys.
        private let keys: [UInt64]

        init(_ words: [String]) {
            keys = words.map { word -> UInt64 in
                guard let key = ShortWordKey.of(word) else { preconditionFailure("not a short ASCII word: \(word)") }
                return key
            }.sorted()
        }

        /// True when the word `bytes[range]` is in the set.
        @inline(__always)
        func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
            guard let key = ShortWordKey.of(bytes, range) else { return false }
            return contains(key)
        }

        @inline(__always)
        func contains(_ key: UInt64) -> Bool {
            var lo = 0, hi = keys.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                let k = keys[mid]
                if k == key { return true }
                if k < key { lo = mid + 1 } else { hi = mid }
            }
            return false
        }
    }
}
