-- Full-text index over articles (SQLite FTS5, kept apart from the portable tables).
-- External content: the text lives in `articles`; triggers keep the index in sync with any write,
-- including a user's own SQL.

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, captions,
    content = 'articles', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body, captions) VALUES (new.id, new.title, new.body, new.captions);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, captions) VALUES ('delete', old.id, old.title, old.body, old.captions);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body, captions ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, captions) VALUES ('delete', old.id, old.title, old.body, old.captions);
    INSERT INTO articles_fts(rowid, title, body, captions) VALUES (new.id, new.title, new.body, new.captions);
END;
