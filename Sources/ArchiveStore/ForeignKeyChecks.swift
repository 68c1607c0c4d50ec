import ArchiveIngest
import GRDB

/// Whether the writer checks foreign keys for a batch.
///
/// Every row the writer inserts points at an article, person, event or happening that the same
/// transaction has just written or looked up, so checking each reference (a look-up in the parent
/// table for each of the ~40 rows an article brings) only costs time. The checks matter when an
/// article is replaced: its derived rows are removed by cascading deletes, which only run with
/// foreign keys on. So a batch that replaces no stored article is written without checks, and one
/// that does, with them. The decision is made before the transaction; should another connection
/// store one of the batch's articles in between, the writer meets a replacement without checks,
/// throws `Needed`, and writes the batch again with them.
enum ForeignKeyChecks {
    struct Needed: Error {}

    /// True when some article of the batch is already stored under its key (it would be replaced).
    static func needed(for batch: [DocumentResult], in db: Database) throws -> Bool {
        var byKey = try DirectStatement("SELECT 1 FROM articles WHERE doc_key = ?", in: db)
        for case .extracted(let extraction) in batch {
            byKey.add(extraction.article.key)
            if try byKey.firstInt64() != nil { return true }
        }
        return false
    }

    /// Runs `body` (a transaction) with foreign keys checked or not, and turns them back on after.
    /// The pragma is only honoured outside a transaction.
    static func with<T>(_ checked: Bool, in db: Database, _ body: () throws -> T) throws -> T {
        if checked { return try body() }
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
        return try body()
    }
}
