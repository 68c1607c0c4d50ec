import ArchiveIngest
import Foundation
import GRDB
import Testing
@testable import ArchiveStore

/// The writer's faster paths must write exactly what the plain ones did: unchecked foreign keys
/// only where nothing is replaced, many-row inserts with row-by-row conflict rules.
@Suite struct WriterStatementsTests {
    static func archive() throws -> (ArchiveWriter, String) {
        let path = NSTemporaryDirectory() + "/writer-\(UUID().uuidString).db"
        return (ArchiveWriter(pool: try ArchiveDatabase.open(path)), path)
    }

    static func extraction(_ text: String, key: String) throws -> Extraction {
        try #require(RecentStoryIndexTests.extraction(text, key: key))
    }

    @Test func aBatchThatReplacesNothingIsWrittenUncheckedAndLeavesChecksOn() async throws {
        let (writer, path) = try Self.archive()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let batch: [DocumentResult] = [.extracted(try Self.extraction(RecentStoryIndexTests.report, key: "/in/a.txt"))]
        let needed = try await writer.pool.read { try ForeignKeyChecks.needed(for: batch, in: $0) }
        #expect(needed == false)
        _ = try await writer.write(batch, neighbors: nil)
        try await writer.pool.write { (db: Database) throws in
            #expect(try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == true)
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
        }
        let changed: [DocumentResult] = [.extracted(try Self.extraction(RecentStoryIndexTests.report + "\n\nA late paragraph.", key: "/in/a.txt"))]
        #expect(try await writer.pool.read { try ForeignKeyChecks.needed(for: changed, in: $0) })
    }

    @Test func aReplacementMetWithoutChecksIsRefusedAndTheBatchIsWrittenChecked() async throws {
        let (writer, path) = try Self.archive()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try await writer.write([.extracted(try Self.extraction(RecentStoryIndexTests.report, key: "/in/a.txt"))], neighbors: nil)
        let changed = try Self.extraction(RecentStoryIndexTests.report + "\n\nA late paragraph about the cranes.", key: "/in/a.txt")
        // As if another connection had stored the article after the batch was looked at.
        await #expect(throws: ForeignKeyChecks.Needed.self) {
            try await writer.pool.writeWithoutTransaction { db in
                try db.inTransaction {
                    _ = try ArchiveWriter.write([.extracted(changed)], people: PersonCache(), happenings: HappeningCache(),
                                                stories: .init(neighbors: nil, recent: RecentStoryIndex()), checked: false, in: db)
                    return .commit
                }
            }
        }
        let summary = try await writer.write([.extracted(changed)], neighbors: nil)
        #expect(summary.updated == 1)
        try await writer.pool.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") == 1)
            // The old article's derived rows went with it (cascading deletes ran).
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(DISTINCT article_id) FROM article_people") == 1)
        }
    }

    @Test func manyRowsGoInChunksAndConflictsResolveRowByRow() throws {
        let queue = try DatabaseQueue()
        try queue.write { (db: Database) throws in
            try db.execute(sql: "CREATE TABLE t(k INTEGER PRIMARY KEY, n INTEGER NOT NULL)")
            let insert = MultiRowInsert("INSERT INTO t(k, n)", columns: 2, tail: "ON CONFLICT(k) DO UPDATE SET n = n + excluded.n")
            // 150 rows over 100 keys: three statements (64, 64, 22), and the 50 repeated keys add up.
            try insert.run(rows: 150, in: db) { row, i in
                row.add(i % 100)
                row.add(1)
            }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 100)
            #expect(try Int.fetchOne(db, sql: "SELECT sum(n) FROM t") == 150)
            #expect(try Int.fetchOne(db, sql: "SELECT n FROM t WHERE k = 10") == 2)
            #expect(try Int.fetchOne(db, sql: "SELECT n FROM t WHERE k = 60") == 1)
            try insert.run(rows: 0, in: db) { _, _ in Issue.record("no row to bind") }
        }
    }
}
