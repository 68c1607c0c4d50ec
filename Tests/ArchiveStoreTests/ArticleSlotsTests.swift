import Testing
@testable import ArchiveStore

/// The writer's story indexes keep article ids in a flat open-addressing table: every slot must
/// keep all its ids, in order, through collisions and growth.
@Suite struct ArticleSlotsTests {
    static func ids(_ slots: ArticleSlots, _ slot: UInt64, limit: Int = .max) -> [Int64] {
        var found: [Int64] = []
        slots.append(slot, to: &found, limit: limit)
        return found
    }

    @Test func everySlotKeepsItsIdsThroughGrowth() {
        var slots = ArticleSlots()
        // Far past the initial 1,024 entries, with keys that differ only in high bits and in the
        // name-key bit, so probes collide and the table grows several times.
        for n in 0..<5_000 {
            slots.insert(Int64(n + 1), at: UInt64(n) << 40)
            slots.insert(Int64(n + 1), at: ArticleSlots.slot(key: UInt32(n)))
        }
        #expect(slots.count == 10_000)
        for n in stride(from: 0, to: 5_000, by: 97) {
            #expect(Self.ids(slots, UInt64(n) << 40) == [Int64(n + 1)])
            #expect(Self.ids(slots, ArticleSlots.slot(key: UInt32(n))) == [Int64(n + 1)])
        }
        #expect(Self.ids(slots, 12_345).isEmpty)
        #expect(Self.ids(slots, ArticleSlots.slot(key: 5_000)).isEmpty)
    }

    @Test func aSharedSlotListsItsArticlesInOrderUpToTheLimit() {
        var slots = ArticleSlots()
        for id in [7, 3, 9, 4] as [Int64] { slots.insert(id, at: ArticleSlots.slot(bucket: 42)) }
        #expect(slots.count == 1)
        #expect(Self.ids(slots, ArticleSlots.slot(bucket: 42)) == [7, 3, 9, 4])
        #expect(Self.ids(slots, ArticleSlots.slot(bucket: 42), limit: 2) == [7, 3])
        // A bucket and a name key with the same low bits are different slots.
        #expect(Self.ids(slots, ArticleSlots.slot(key: 42)).isEmpty)
    }
}
