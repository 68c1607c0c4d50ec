/// Article ids by slot, for the writer's in-memory story indexes: a slot is a story index bucket
/// (its hash already mixes in its band, `MinHash.buckets`, and leaves the top bit clear) or a name
/// key (top bit set).
///
/// Most slots hold one article: it is kept inline in a flat open-addressing table of (slot, id)
/// pairs, and only the rare others get an array in `more`. A first import adds some twenty slots
/// per article and looks as many up: with `Dictionary` each of those hashed its key with SipHash and
/// walked to a separate key and value, a fifth of the story detection's cost on the writer. The
/// slots are hashes already, so one multiply spreads them, and a probe reads one 16-byte entry.
struct ArticleSlots {
    private struct Entry {
        var slot: UInt64
        /// 0 marks an empty entry: article ids start at 1.
        var id: Int64
    }

    private var entries: [Entry]
    private var shift: UInt64
    private var more: [UInt64: [Int64]] = [:]
    /// Slots filled.
    private(set) var count = 0

    init(capacity: Int = 0) {
        var size = 1024
        while size < capacity * 2 { size *= 2 }
        entries = Array(repeating: Entry(slot: 0, id: 0), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    static func slot(bucket: Int64) -> UInt64 { UInt64(bitPattern: bucket) }
    static func slot(key: UInt32) -> UInt64 { UInt64(key) | 1 << 63 }

    /// The entry that holds `slot`, or the empty one where it would go.
    private func position(of slot: UInt64) -> Int {
        let mask = entries.count - 1
        var i = Int(truncatingIfNeeded: (slot &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while entries[i].id != 0 && entries[i].slot != slot { i = (i + 1) & mask }
        return i
    }

    mutating func insert(_ id: Int64, at slot: UInt64) {
        precondition(id > 0, "article ids start at 1")
        let i = position(of: slot)
        if entries[i].id != 0 {
            more[slot, default: []].append(id)
            return
        }
        entries[i] = Entry(slot: slot, id: id)
        count += 1
        if count * 2 > entries.count { grow() }
    }

    /// Appends the slot's ids, in the order they came, up to `limit` in all in `ids`.
    func append(_ slot: UInt64, to ids: inout [Int64], limit: Int = .max) {
        guard ids.count < limit else { return }
        let entry = entries[position(of: slot)]
        guard entry.id != 0 else { return }
        ids.append(entry.id)
        if !more.isEmpty, let others = more[slot] { ids += others.prefix(limit - ids.count) }
    }

    private mutating func grow() {
        let old = entries
        entries = Array(repeating: Entry(slot: 0, id: 0), count: old.count * 2)
        shift -= 1
        for entry in old where entry.id != 0 { entries[position(of: entry.slot)] = entry }
    }
}
