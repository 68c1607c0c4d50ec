/// Article ids by slot, for the writer's in-memory story indexes: a slot is a story index bucket
/// (its hash already mixes in its band, `MinHash.buckets`, and leaves the top bit clear) or a name
/// key (top bit set).
///
/// Most slots hold one article: it is kept inline in `first`, and only the rare others get an
/// array in `more`. A dictionary of arrays cost an array for every bucket of every article.
struct ArticleSlots {
    private var first: [UInt64: Int64] = [:]
    private var more: [UInt64: [Int64]] = [:]

    init(capacity: Int = 0) { first.reserveCapacity(capacity) }

    static func slot(bucket: Int64) -> UInt64 { UInt64(bitPattern: bucket) }
    static func slot(key: UInt32) -> UInt64 { UInt64(key) | 1 << 63 }

    /// Slots filled.
    var count: Int { first.count }

    mutating func insert(_ id: Int64, at slot: UInt64) {
        if first[slot] == nil { first[slot] = id } else { more[slot, default: []].append(id) }
    }

    /// Appends the slot's ids, in the order they came, up to `limit` in all in `ids`.
    func append(_ slot: UInt64, to ids: inout [Int64], limit: Int = .max) {
        guard ids.count < limit, let id = first[slot] else { return }
        ids.append(id)
        if let others = more[slot] { ids += others.prefix(limit - ids.count) }
    }
}
