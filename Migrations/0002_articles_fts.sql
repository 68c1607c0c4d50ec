-- Full-text index over articles (SQLite FTS5, kept apart from the portable tables).
-- External content: the text lives in `articles`; triggers keep the index in sync with every
-- write, including a user's own SQL.
--
-- Bulk loads: archive's writer indexes each batch of new rows with one set-based INSERT per
-- full-text index (about 1.4x faster than a trigger per row). While a batch is written it holds
-- rows in `fts_bulk_load`, inside the same transaction, so the insert triggers stand aside; no
-- other connection ever sees those rows, and any other insert is indexed by its trigger as usual.

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, captions,
    content = 'articles', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TABLE fts_bulk_load (
    table_name TEXT PRIMARY KEY,  -- the indexed table: articles, quotes
    since_id   INTEGER NOT NULL   -- its rows with a greater id are indexed when the batch commits
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
WHEN NOT EXISTS (SELECT 1 FROM fts_bulk_load) BEGIN
    INSERT INTO articles_fts(rowid, title, body, captions) VALUES (new.id, new.title, new.body, new.captions);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, captions) VALUES ('delete', old.id, old.title, old.body, old.captions);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body, captions ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, captions) VALUES ('delete', old.id, old.title, old.body, old.captions);
    INSERT INTO articles_fts(rowid, title, body, captions) VALUES (new.id, new.title, new.body, new.captions);
END;
