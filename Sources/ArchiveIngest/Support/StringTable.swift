/// A fixed table from words to values, for the word lists the extractors test every token
/// against (the people lexicon's 12,000 words, particles, titles).
///
/// `Dictionary<String, _>` and `Set<String>` hash each key with seeded SipHash, which costs more
/// than the rest of a short word's look-up. Here a word is hashed with FNV-1a over its UTF-8
/// bytes, found by open addressing, and then compared with the stored word, so the answer is
/// exact. About three times faster on the people extractor's words.
struct StringTable<Value: Sendable>: Sendable {
    private var hashes: [UInt64]
    private var slots: [Int32]
    private var words: [String] = []
    private var values: [Value] = []
    private let shift: UInt64

    init(_ pairs: some Sequence<(String, Value)>) {
        var unique: [String: Value] = [:]
        for (word, value) in pairs { unique[word] = value }
        var bits: UInt64 = 4
        while (1 << bits) < unique.count * 2 { bits += 1 }
        shift = 64 - bits
        hashes = [UInt64](repeating: 0, count: 1 << Int(bits))
        slots = [Int32](repeating: -1, count: 1 << Int(bits))
        for (word, value) in unique {
            let h = Self.hash(word)
            var i = Int((h &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[i] >= 0 { i = (i + 1) & (slots.count - 1) }
            hashes[i] = h
            slots[i] = Int32(words.count)
            words.append(word)
            values.append(value)
        }
    }

    @inline(__always)
    subscript(_ word: String) -> Value? {
        let h = Self.hash(word)
        var i = Int((h &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let slot = slots[i]
            if slot < 0 { return nil }
            if hashes[i] == h, words[Int(slot)] == word { return values[Int(slot)] }
            i = (i + 1) & (slots.count - 1)
        }
    }

    @inline(__always)
    static func hash(_ word: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }
}

/// A fixed set of words with ``StringTable``'s look-up.
struct StringSet: Sendable, ExpressibleByArrayLiteral {
    private let table: StringTable<Bool>

    init(_ words: some Sequence<String>) { table = StringTable(words.lazy.map { ($0, true) }) }

    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always)
    func contains(_ word: String) -> Bool { table[word] != nil }
}
