import GRDB

/// Indexes a batch of new articles with one set-based insert instead of a trigger per row.
///
/// Inside the writer's transaction: `begin` records the highest article id and parks the insert
/// trigger (a row in `fts_bulk_load`, never visible to other connections); `finish` indexes every
/// article above that id and removes the row. Deletes and updates still go through their triggers.
enum FTSBulkLoad {
    static func begin(in db: Database) throws {
        try db.execute(sql: "INSERT INTO fts_bulk_load(since_id) SELECT coalesce(max(id), 0) FROM articles")
    }

    static func finish(in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO articles_fts(rowid, title, body, captions)
            SELECT id, title, body, captions FROM articles WHERE id > (SELECT min(since_id) FROM fts_bulk_load);
            DELETE FROM fts_bulk_load;
            """)
    }
}
