import ArchiveIngest
import Foundation
import GRDB
import Testing
@testable import ArchiveStore

/// A batch's story index rows are written at its end, sorted; until then the batch's own
/// articles are found in memory, or, when the writer looks neighbors up in the database itself,
/// the pending rows are written first.
@Suite struct PendingStoryIndexTests {
    static let copy = RecentStoryIndexTests.report.replacingOccurrences(of: "(Reuters)", with: "(AP)")

    @Test func aCopyInTheSameBatchIsFoundByADatabaseLookUp() async throws {
        let (writer, path) = try WriterStatementsTests.archive()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let batch: [DocumentResult] = [
            .extracted(try #require(RecentStoryIndexTests.extraction(RecentStoryIndexTests.report, key: "/in/a.txt"))),
            .extracted(try #require(RecentStoryIndexTests.extraction(Self.copy, key: "/in/b.txt"))),
        ]
        // The public entry point looks neighbors up in the database (no prepared neighbors).
        _ = try await writer.write(batch)
        try await writer.pool.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(DISTINCT story_id) FROM articles") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM story_links") == 1)
        }
    }

    @Test func everyArticleHasItsRowsOnceTheBatchIsWritten() async throws {
        let (writer, path) = try WriterStatementsTests.archive()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let a = try #require(RecentStoryIndexTests.extraction(RecentStoryIndexTests.report, key: "/in/a.txt"))
        _ = try await writer.write([.extracted(a)], neighbors: [:])
        let signature = try #require(a.signature)
        let expectedBuckets = MinHash.buckets(signature.minhash).count
        try await writer.pool.read { (db: Database) throws in
            let id = try #require(try Int64.fetchOne(db, sql: "SELECT id FROM articles"))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM story_lsh WHERE article_id = ?", arguments: [id]) == expectedBuckets)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM story_keys WHERE article_id = ?", arguments: [id]) == signature.keys.count)
        }
    }
}
