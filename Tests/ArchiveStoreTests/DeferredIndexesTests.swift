import Foundation
import GRDB
import Testing
@testable import ArchiveStore

@Suite struct DeferredIndexesTests {
    private func indexes(_ pool: DatabasePool) throws -> Set<String> {
        try Set(pool.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index'") })
    }

    @Test func droppedIndexesAreRecordedAndRestoredWhenTheArchiveIsOpenedIdle() throws {
        let path = NSTemporaryDirectory() + "/deferred-\(UUID().uuidString).db"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pool = try ArchiveDatabase.open(path)
        let before = try indexes(pool)
        #expect(before.isSuperset(of: DeferredIndexes.names))
        try pool.write { try DeferredIndexes.drop(in: $0) }
        #expect(try indexes(pool).isDisjoint(with: DeferredIndexes.names))
        #expect(try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM deferred_indexes") } == DeferredIndexes.names.count)
        // An ingest killed here leaves this state; the next opening completes it.
        let reopened = try ArchiveDatabase.open(path)
        #expect(try indexes(reopened) == before)
        #expect(try reopened.read { try DeferredIndexes.pending(in: $0) } == false)
    }

    @Test func anArchiveBeingWrittenIsLeftToItsWriter() throws {
        let path = NSTemporaryDirectory() + "/deferred-busy-\(UUID().uuidString).db"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pool = try ArchiveDatabase.open(path)
        try pool.write { try DeferredIndexes.drop(in: $0) }
        // Another connection holds the write lock: opening must neither wait nor rebuild.
        let other = try DatabaseQueue(path: path)
        try other.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            let started = Date()
            _ = try ArchiveDatabase.open(path)
            #expect(Date().timeIntervalSince(started) < 5)
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try pool.read { try DeferredIndexes.pending(in: $0) })
    }
}
