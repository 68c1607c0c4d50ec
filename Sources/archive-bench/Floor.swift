import ArchiveIngest
import Foundation
import GRDB

/// The floor: the same bodies inserted into a bare SQLite table with the same FTS5 index, in
/// batches of the same size, the fastest plain way (rows first, then one set-based FTS insert
/// per batch, with the archive's 16 MB term buffer). Nothing is read from files, cleaned or extracted.
enum Floor {
    static func run(bodies: [(String, String)], database: String, batchSize: Int = IngestPipeline().batchSize) throws -> Double {
        try? FileManager.default.removeItem(atPath: database)
        let pool = try DatabasePool(path: database)
        try pool.write { db in
            try db.execute(sql: """
                CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT, body TEXT NOT NULL);
                CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='docs', content_rowid='id',
                    tokenize='porter unicode61 remove_diacritics 2');
                INSERT INTO docs_fts(docs_fts, rank) VALUES ('hashsize', 16777216);
                """)
        }
        let started = Date()
        var i = 0
        while i < bodies.count {
            let batch = bodies[i..<min(i + batchSize, bodies.count)]
            try pool.write { db in
                let before = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM docs") ?? 0
                let insert = try db.cachedStatement(sql: "INSERT INTO docs(title, body) VALUES (?, ?)")
                for (title, body) in batch { try insert.execute(arguments: [title, body]) }
                try db.execute(sql: "INSERT INTO docs_fts(rowid, title, body) SELECT id, title, body FROM docs WHERE id > ?",
                               arguments: [before])
            }
            i += batchSize
        }
        return Date().timeIntervalSince(started)
    }
}
