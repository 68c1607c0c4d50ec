import Foundation
import GRDB

/// Secondary indexes a large ingest drops while it loads and builds again at the end.
///
/// Inserting rows in id order into tables whose secondary indexes have random keys (a quote's
/// words, a person id, a date) touches a random page of every such index for every row, and a
/// batch's commit then rewrites nearly every page of them: the cost of a batch grows with the
/// archive. Building an index once at the end is one sort. Only indexes the writer itself never
/// reads are deferred; the ones ingest looks articles, people and stories up by always stay.
///
/// The dropped indexes' statements are kept in `deferred_indexes` in the same transaction as the
/// drop, so a killed ingest leaves an archive that knows what to rebuild: `restore` runs at the end
/// of the ingest and whenever the archive is opened while no one is writing.
public enum DeferredIndexes {
    /// Never read by the writer: lookups of queries, cascading deletes of replaced articles.
    static let names = [
        "articles_published", "articles_source", "articles_path",
        "article_people_person",
        "quotes_article", "quotes_person", "quotes_text_key",
        "events_article", "events_date", "events_happening", "event_people_person", "happening_keys_happening",
        "happenings_date",
    ]

    /// Drops the deferrable indexes that exist, recording how to create them again.
    static func drop(in db: Database) throws {
        for name in names {
            guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                                                arguments: [name]) else { continue }
            try db.execute(sql: "INSERT OR REPLACE INTO deferred_indexes(name, sql) VALUES (?, ?)", arguments: [name, sql])
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
        }
    }

    /// Creates every index a large ingest dropped.
    static func restore(in db: Database) throws {
        for name in try String.fetchAll(db, sql: "SELECT name FROM deferred_indexes") { try restore(name, in: db) }
    }

    /// Creates every index a large ingest dropped, one transaction each, and calls `committed`
    /// after each: the ingest's checkpointer copies one index into the database file while the
    /// next is built (`BackgroundCheckpointer`).
    static func restore(in pool: DatabasePool, afterEach committed: () -> Void) async throws {
        for name in try await pool.read({ try String.fetchAll($0, sql: "SELECT name FROM deferred_indexes") }) {
            try await pool.write { try restore(name, in: $0) }
            committed()
        }
    }

    private static func restore(_ name: String, in db: Database) throws {
        guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM deferred_indexes WHERE name = ?", arguments: [name]) else { return }
        let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", arguments: [name]) ?? false
        if !exists { try db.execute(sql: sql) }
        try db.execute(sql: "DELETE FROM deferred_indexes WHERE name = ?", arguments: [name])
    }

    static func pending(in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM deferred_indexes)") ?? false
    }

    /// After an interrupted large ingest: creates the dropped indexes again, unless another
    /// connection is writing right now (that ingest will, or a later command). A running ingest
    /// may find the archive idle between two batches: then it waits while the indexes are built
    /// (ingest writes wait up to `Ingestion.busyTimeout`), and goes on with them.
    static func restoreIfIdle(_ pool: DatabasePool, busyTimeout: TimeInterval) throws {
        guard try pool.read({ try pending(in: $0) }) else { return }
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Int(busyTimeout * 1000))") }
            do {
                try db.inTransaction(.immediate) {
                    try restore(in: db)
                    return .commit
                }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                return  // an ingest holds the archive: it restores them itself when it ends
            }
        }
    }
}
