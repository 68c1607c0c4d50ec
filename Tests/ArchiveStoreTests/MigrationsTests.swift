import Foundation
import GRDB
import Testing
@testable import ArchiveStore

@Suite struct MigrationsTests {
    @Test func everyMigrationFileIsEmbeddedInOrder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(Migrations.all.map { $0.name + ".sql" } == files)
        for (name, sql) in Migrations.all {
            let onDisk = try Data(contentsOf: folder.appendingPathComponent(name + ".sql"))
            #expect([UInt8](onDisk) == sql, "\(name) differs from its embedded copy")
        }
    }

    @Test func openingAppliesMigrationsOnceAndUsesWAL() throws {
        let path = NSTemporaryDirectory() + "/migrations-\(UUID().uuidString).db"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pool = try ArchiveDatabase.open(path)
        let (mode, tables, applied) = try pool.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try db.tableExists("articles") && db.tableExists("articles_fts"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations"))
        }
        #expect(mode == "wal")
        #expect(tables)
        #expect(applied == Migrations.all.count)
        _ = try ArchiveDatabase.open(path)
    }

    @Test func readOnlyOpeningRefusesMissingFiles() {
        #expect(throws: StoreError.self) { try ArchiveDatabase.openReadOnly("/nonexistent/none.db") }
    }
}
