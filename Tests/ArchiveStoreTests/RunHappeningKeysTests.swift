import ArchiveIngest
import Foundation
import GRDB
import Testing
@testable import ArchiveStore

/// A first import answers "which happenings share this person and date?" from memory; it must
/// give what the `happening_keys` query gives, and hand back to the database whenever the memory
/// may not hold every row.
@Suite struct RunHappeningKeysTests {
    typealias Story = RecentStoryIndexTests

    static let key = RunHappeningKeys.Key(person: 7, start: "2026-03-02", end: "2026-03-02", precision: "day")

    @Test func keysGiveTheirHappeningsNewestFirstWithoutRepeatsUpToTheLimit() {
        var keys = RunHappeningKeys(isWhole: true)
        for id: Int64 in [3, 5, 9] { keys.add(Self.key, happening: id) }
        keys.add(Self.key, happening: 4)  // filed again under an older happening: in its place
        keys.add(Self.key, happening: 5)  // the same row twice (INSERT OR IGNORE)
        #expect(keys.happenings(under: Self.key, limit: 8) == [9, 5, 4, 3])
        #expect(keys.happenings(under: Self.key, limit: 2) == [9, 5])
        var other = Self.key
        other.precision = "week"
        #expect(keys.happenings(under: other, limit: 8).isEmpty)
    }

    @Test func pastItsLimitTheKeysLetGoForGood() {
        var keys = RunHappeningKeys(isWhole: true, limit: 3)
        for id: Int64 in 1...3 { keys.add(Self.key, happening: id) }
        #expect(keys.isWhole)
        keys.add(Self.key, happening: 4)
        #expect(keys.isWhole == false)
        #expect(keys.happenings(under: Self.key, limit: 8).isEmpty)
    }

    @Test func theCacheAnswersOnlyWhileItHoldsEveryRow() {
        let cache = HappeningCache()
        var other = Self.key
        other.person = 8
        #expect(cache.happenings(under: [Self.key], limit: 8) == nil)
        cache.beginRun(archiveHasNoKeys: true)
        cache.remember(key: Self.key, happening: 11)
        cache.remember(key: other, happening: 12)
        cache.remember(key: other, happening: 13)
        // Key by key, in the order asked, each newest first.
        #expect(cache.happenings(under: [Self.key, other], limit: 8) == [11, 13, 12])
        #expect(cache.happenings(under: [other, Self.key], limit: 1) == [13, 11])
        cache.removeAll()  // a rollback or a replaced article
        #expect(cache.happenings(under: [Self.key], limit: 8) == nil)
    }

    /// Two tellings of one happening in two batches: joined from memory on a first import (the
    /// table's rows are deleted in between, so only memory can find the first), and from the
    /// database on a later run.
    @Test func aFirstImportJoinsHappeningsFromMemoryAndALaterRunFromTheDatabase() async throws {
        let path = NSTemporaryDirectory() + "/run-happenings-\(UUID().uuidString).db"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = ArchiveWriter(pool: try ArchiveDatabase.open(path))
        // Dated: "on Monday" resolves against the article's date.
        let dated = Story.report.replacingOccurrences(of: "\n\nVALDORA", with: "\n\nTuesday, March 3, 2026\n\nVALDORA")
        let telling = { (n: Int) in
            try #require(Story.extraction(dated.replacingOccurrences(of: "hundreds of", with: "\(300 + n)"), key: "/in/t\(n).txt"))
        }
        func happenings() async throws -> (events: Int, happenings: Int) {
            try await writer.pool.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM events WHERE happening_id IS NOT NULL AND time_text LIKE '%Monday%'") ?? 0,
                 try Int.fetchOne(db, sql: "SELECT count(DISTINCT happening_id) FROM events WHERE time_text LIKE '%Monday%'") ?? 0)
            }
        }
        try writer.beginRun()
        _ = try await writer.write([.extracted(try telling(0))], neighbors: [:])
        let keyRows = try await writer.pool.write { db -> Int in
            let n = try Int.fetchOne(db, sql: "SELECT count(*) FROM happening_keys") ?? 0
            try db.execute(sql: "DELETE FROM happening_keys")
            return n
        }
        #expect(keyRows > 0)
        _ = try await writer.write([.extracted(try telling(1))], neighbors: [:])
        #expect(try await happenings() == (2, 1))

        // A later run: the archive has keys, so the database answers (and finds the second telling's).
        try writer.beginRun()
        _ = try await writer.write([.extracted(try telling(2))], neighbors: [:])
        #expect(try await happenings() == (3, 1))
    }
}
