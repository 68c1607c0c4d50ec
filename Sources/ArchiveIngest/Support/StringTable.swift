/// A fixed table from words to values, for the word lists the extractors test every token
/// against (the people lexicon's 12,000 words, particles, titles).
///
/// `Dictionary<String, _>` and `Set<String>` hash each key with seeded SipHash, which costs more
/// than the rest of a short word's look-up. Here a word's first 16 UTF-8 bytes are packed into
/// two integers, which give the hash and the comparison with the stored entry (no `String` is
/// read for words of up to 16 bytes; longer ones are also compared in full, so the answer is
/// always exact, byte for byte). The slots are 4 bytes, so the table stays in cache: the
/// lexicon's look-ups were mostly cache misses when each slot held the whole entry.
struct StringTable<Value: Sendable>: Sendable {
    /// One word: its packed bytes, its length and its value.
    private struct Entry: Sendable {
        var low: UInt64
        var high: UInt64
        var length: Int32
        var value: Value
    }

    /// The open-addressing table, kept small so it stays in cache (a look-up of a word that is
    /// absent reads nothing else): each slot holds `index + 1` of an entry in its low
    /// `indexBits` bits (0 when empty) and more bits of the word's hash above them.
    private var slots: [UInt32]
    /// The words in insertion order; a slot's match reads one entry.
    private var entries: [Entry] = []
    /// Long words (over 16 bytes) by entry index, compared in full.
    private var longWords: [Int: String] = [:]
    private let shift: UInt64
    private let indexBits: UInt32

    /// - Parameter maximumLoad: the largest share of slots in use. Linear probing reads about
    ///   `(1 + 1 / (1 - load)²) / 2` slots for a word that is absent: 7 at three quarters full,
    ///   under 2 at 40%. A table asked mostly about absent words trades room for fewer probes.
    init(_ pairs: some Sequence<(String, Value)>, maximumLoad: Double = 0.75) {
        var unique: [String: Value] = [:]
        var order: [String] = []
        for (word, value) in pairs {
            if unique.updateValue(value, forKey: word) == nil { order.append(word) }
        }
        // At most three quarters full by default: a probe's next slots share its cache line, and
        // a smaller table stays in cache.
        var bits: UInt64 = 4
        while Double(1 << bits) * maximumLoad < Double(unique.count) { bits += 1 }
        shift = 64 - bits
        var ib: UInt32 = 1
        while (1 << ib) <= unique.count + 1 { ib += 1 }
        indexBits = ib
        slots = [UInt32](repeating: 0, count: 1 << Int(bits))
        entries.reserveCapacity(order.count)
        for word in order {
            var copy = word
            let key = copy.withUTF8 { Self.pack($0) }
            let h = Self.hash(key)
            var i = Int(h >> shift)
            while slots[i] != 0 { i = (i + 1) & (slots.count - 1) }
            slots[i] = tag(h) | UInt32(entries.count + 1)
            if key.length > 16 { longWords[entries.count] = word }
            entries.append(Entry(low: key.low, high: key.high, length: Int32(key.length), value: unique[word]!))
        }
    }

    @inline(__always)
    subscript(_ word: String) -> Value? {
        var copy = word
        return copy.withUTF8 { self[bytes: $0] }
    }

    /// The value of the word whose UTF-8 bytes are `bytes` (a slice of a longer text, with no
    /// `String` made for it).
    @inline(__always)
    subscript(bytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        find(Self.pack(bytes), bytes)
    }

    /// The value of a word of at most 16 bytes given packed as ``pack(_:)`` packs it (byte `k`
    /// at bits `8 * k` of `low`, then of `high`; zeros after the end): for callers that read the
    /// word from elsewhere than a `String` (a body's code points).
    @inline(__always)
    subscript(packedLow low: UInt64, high high: UInt64, length length: Int) -> Value? {
        precondition(length <= 16)
        return find((low, high, length), nil)
    }

    /// The look-up of a packed word; `bytes` (all of it) is needed only for words over 16 bytes.
    @inline(__always)
    private func find(_ key: (low: UInt64, high: UInt64, length: Int), _ bytes: UnsafeBufferPointer<UInt8>?) -> Value? {
        let h = Self.hash(key)
        let wanted = tag(h)
        let indexMask: UInt32 = (1 << indexBits) - 1
        var i = Int(h >> shift)
        return slots.withUnsafeBufferPointer { table -> Value? in
            let mask = table.count - 1
            while true {
                let slot = table[i]
                if slot == 0 { return nil }
                if slot & ~indexMask == wanted {
                    let k = Int(slot & indexMask) - 1
                    let e = entries[k]
                    if e.low == key.low, e.high == key.high, Int(e.length) == key.length,
                       key.length <= 16 || longWords[k]!.utf8.elementsEqual(bytes!) {
                        return e.value
                    }
                }
                i = (i + 1) & mask
            }
        }
    }

    /// The hash bits a slot keeps above its index.
    @inline(__always)
    private func tag(_ h: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: h) & ~((1 << indexBits) - 1)
    }

    /// The first 16 bytes, little-endian and zero-padded, and the length.
    @inline(__always)
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (low: UInt64, high: UInt64, length: Int) {
        var pair: (UInt64, UInt64) = (0, 0)
        let n = min(bytes.count, 16)
        if n > 0, let base = bytes.baseAddress {
            withUnsafeMutableBytes(of: &pair) { $0.baseAddress!.copyMemory(from: base, byteCount: n) }
        }
        return (UInt64(littleEndian: pair.0), UInt64(littleEndian: pair.1), bytes.count)
    }

    @inline(__always)
    private static func hash(_ key: (low: UInt64, high: UInt64, length: Int)) -> UInt64 {
        var h = key.low &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ (h >> 29) ^ key.high) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 32) ^ UInt64(key.length)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }
}

/// A fixed set of words with ``StringTable``'s look-up.
struct StringSet: Sendable, ExpressibleByArrayLiteral {
    private let table: StringTable<Bool>

    init(_ words: some Sequence<String>) { table = StringTable(words.lazy.map { ($0, true) }) }

    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always)
    func contains(_ word: String) -> Bool { table[word] != nil }

    /// True when the word whose UTF-8 bytes are `bytes` is in the set.
    @inline(__always)
    func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool { table[bytes: bytes] != nil }

    /// True when the word packed as ``StringTable/subscript(packedLow:high:length:)`` takes it is in the set.
    @inline(__always)
    func contains(packedLow low: UInt64, high: UInt64, length: Int) -> Bool { table[packedLow: low, high: high, length: length] != nil }
}
