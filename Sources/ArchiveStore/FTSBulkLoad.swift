import GRDB

/// Indexes a batch of new rows with one set-based insert per full-text index instead of a
/// trigger per row.
///
/// Inside the writer's transaction: `begin` records the highest id of each indexed table and
/// parks the insert triggers (rows in `fts_bulk_load`, never visible to other connections);
/// `finish` indexes every row above those ids and removes the rows. Ids are never reused
/// (AUTOINCREMENT), so "above" means "written in this batch". Deletes and updates still go
/// through their triggers.
enum FTSBulkLoad {
    static func begin(in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO fts_bulk_load(table_name, since_id) SELECT 'articles', coalesce(max(id), 0) FROM articles;
            INSERT INTO fts_bulk_load(table_name, since_id) SELECT 'quotes', coalesce(max(id), 0) FROM quotes;
            """)
    }

    static func finish(in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO articles_fts(rowid, title, body, captions)
            SELECT id, title, body, captions FROM articles
            WHERE id > (SELECT since_id FROM fts_bulk_load WHERE table_name = 'articles');
            INSERT INTO quotes_fts(rowid, text, speaker)
            SELECT id, text, speaker FROM quotes
            WHERE id > (SELECT since_id FROM fts_bulk_load WHERE table_name = 'quotes');
            DELETE FROM fts_bulk_load;
            """)
    }

    /// Indexes the pending rows now when `articleID` is one of them, and parks the triggers again.
    ///
    /// Needed before that article is deleted (a later record of the same batch replaces it): the
    /// delete triggers remove its full-text entries and its quotes', and FTS5 corrupts its index
    /// when asked to delete an entry it never had.
    static func flush(beforeDeleting articleID: Int64, in db: Database) throws {
        let since = try Int64.fetchOne(db, sql: "SELECT since_id FROM fts_bulk_load WHERE table_name = 'articles'")
        guard let since, articleID > since else { return }
        try finish(in: db)
        try begin(in: db)
    }
}
