/// A fixed table from words to values, for the word lists the extractors test every token
/// against (the people lexicon's 12,000 words, particles, titles).
///
/// `Dictionary<String, _>` and `Set<String>` hash each key with seeded SipHash, which costs more
/// than the rest of a short word's look-up. Here a word's first 16 UTF-8 bytes are packed into
/// two integers, which give the hash and, stored in the slot itself, the comparison: a look-up of
/// a word of up to 16 bytes reads one slot (one cache line) and no `String`. Longer words are
/// also compared with the stored word, so the answer is always exact (byte for byte).
struct StringTable<Value: Sendable>: Sendable {
    /// One slot of the open-addressing table: a word's packed bytes, its length and its index.
    private struct Slot: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length: Int32 = 0
        /// Index into `words` and `values`; -1 for an empty slot.
        var index: Int32 = -1
    }

    private var slots: [Slot]
    private var words: [String] = []
    private var values: [Value] = []
    private let shift: UInt64

    init(_ pairs: some Sequence<(String, Value)>) {
        var unique: [String: Value] = [:]
        var order: [String] = []
        for (word, value) in pairs {
            if unique.updateValue(value, forKey: word) == nil { order.append(word) }
        }
        var bits: UInt64 = 4
        while (1 << bits) < unique.count * 2 { bits += 1 }
        shift = 64 - bits
        slots = [Slot](repeating: Slot(), count: 1 << Int(bits))
        for word in order {
            var copy = word
            let key = copy.withUTF8 { Self.pack($0) }
            var i = Int(Self.hash(key) >> shift)
            while slots[i].index >= 0 { i = (i + 1) & (slots.count - 1) }
            slots[i] = Slot(low: key.low, high: key.high, length: Int32(key.length), index: Int32(words.count))
            words.append(word)
            values.append(unique[word]!)
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
        let key = Self.pack(bytes)
        var i = Int(Self.hash(key) >> shift)
        return slots.withUnsafeBufferPointer { table -> Value? in
            let mask = table.count - 1
            while true {
                let slot = table[i]
                if slot.index < 0 { return nil }
                if slot.low == key.low, slot.high == key.high, Int(slot.length) == key.length,
                   key.length <= 16 || words[Int(slot.index)].utf8.elementsEqual(bytes) {
                    return values[Int(slot.index)]
                }
                i = (i + 1) & mask
            }
        }
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
}
