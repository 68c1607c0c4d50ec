/// A map from name words (``NameWord/key``) to integers, for the grouper's look-ups by surname.
///
/// `Dictionary<String, Int>` hashes every key with seeded SipHash over its normalized form, and
/// its look-ups cost more than the rest of grouping. Here a plain ASCII key (nearly all) is hashed
/// from its first 16 bytes in an open-addressing table; other keys sit in a short list compared
/// with `==`. The answers are `Dictionary`'s: two ASCII strings are equal exactly when their
/// bytes are, and a key that is not ASCII is compared with `String`'s own `==` against every key
/// it could equal (including ASCII ones: "\u{212A}" equals "K").
struct NameKeyMap {
    private struct Entry {
        var low: UInt64
        var high: UInt64
        var length: Int
        var key: String
        var value: Int
    }

    /// `index + 1` of an entry in `entries`, 0 when empty; a power-of-two count.
    private var slots: [Int32] = []
    /// The ASCII keys.
    private var entries: [Entry] = []
    /// Keys that are not plain ASCII, with their values.
    private var others: [(key: String, value: Int)] = []

    var isEmpty: Bool { entries.isEmpty && others.isEmpty }

    /// Makes room for `count` keys at once (the table and the entries grow otherwise, copied at each step).
    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
        var size = max(16, slots.count)
        while count * 2 > size { size *= 2 }
        if size > slots.count {
            slots = [Int32](repeating: 0, count: size)
            for e in entries.indices { place(e) }
        }
    }

    mutating func removeAll() {
        if !entries.isEmpty {
            for k in slots.indices { slots[k] = 0 }
            entries.removeAll(keepingCapacity: true)
        }
        others.removeAll(keepingCapacity: true)
    }

    subscript(key: String) -> Int? {
        get {
            switch locate(key) {
            case .ascii(let e): return entries[e].value
            case .other(let o): return others[o].value
            case .absentASCII, .absentOther: return nil
            }
        }
        set {
            guard let value = newValue else { preconditionFailure("NameKeyMap does not remove keys") }
            switch locate(key) {
            case .ascii(let e): entries[e].value = value
            case .other(let o): others[o].value = value
            case .absentOther: others.append((key, value))
            case .absentASCII(let low, let high, let length): insert(Entry(low: low, high: high, length: length, key: key, value: value))
            }
        }
    }

    /// Sets the value of `key` and returns the one it replaces: one look-up for both.
    mutating func updateValue(_ value: Int, forKey key: String) -> Int? {
        switch locate(key) {
        case .ascii(let e):
            defer { entries[e].value = value }
            return entries[e].value
        case .other(let o):
            defer { others[o].value = value }
            return others[o].value
        case .absentOther:
            others.append((key, value))
            return nil
        case .absentASCII(let low, let high, let length):
            insert(Entry(low: low, high: high, length: length, key: key, value: value))
            return nil
        }
    }

    private enum Location {
        case ascii(Int)
        case other(Int)
        case absentASCII(UInt64, UInt64, Int)
        case absentOther
    }

    private func locate(_ key: String) -> Location {
        var copy = key
        let packed = copy.withUTF8 { bytes -> (low: UInt64, high: UInt64, length: Int)? in
            for b in bytes where b >= 128 { return nil }
            var pair: (UInt64, UInt64) = (0, 0)
            let n = min(bytes.count, 16)
            if n > 0, let base = bytes.baseAddress {
                withUnsafeMutableBytes(of: &pair) { $0.baseAddress!.copyMemory(from: base, byteCount: n) }
            }
            return (pair.0, pair.1, bytes.count)
        }
        guard let packed else {
            // Not ASCII: `String`'s equality against every key.
            for o in others.indices where others[o].key == key { return .other(o) }
            for e in entries.indices where entries[e].key == key { return .ascii(e) }
            return .absentOther
        }
        if !slots.isEmpty {
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: Self.hash(packed.low, packed.high, packed.length)) & mask
            while slots[i] != 0 {
                let e = Int(slots[i]) - 1
                if entries[e].low == packed.low, entries[e].high == packed.high, entries[e].length == packed.length,
                   packed.length <= 16 || entries[e].key == key {
                    return .ascii(e)
                }
                i = (i + 1) & mask
            }
        }
        // An ASCII key may still equal a listed key that is not ASCII.
        for o in others.indices where others[o].key == key { return .other(o) }
        return .absentASCII(packed.low, packed.high, packed.length)
    }

    private mutating func insert(_ entry: Entry) {
        // At most half full.
        if (entries.count + 1) * 2 > slots.count {
            var count = max(16, slots.count)
            while (entries.count + 1) * 2 > count { count *= 2 }
            slots = [Int32](repeating: 0, count: count)
            for e in entries.indices { place(e) }
        }
        entries.append(entry)
        place(entries.count - 1)
    }

    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: Self.hash(entries[e].low, entries[e].high, entries[e].length)) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = Int32(e + 1)
    }

    @inline(__always)
    private static func hash(_ low: UInt64, _ high: UInt64, _ length: Int) -> UInt64 {
        var h = low &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ (h >> 29) ^ high) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 32) ^ UInt64(length)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }
}
