-- Quotes: direct, partial and indirect (reported) speech, with who said it.

CREATE TABLE quotes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id  INTEGER REFERENCES people(id) ON DELETE SET NULL,
    speaker    TEXT,                          -- the person's name, or the words naming the speaker when no person
    text       TEXT NOT NULL,                 -- the quoted words (without quote marks) or the reported content
    kind       TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    cue        TEXT,                          -- the speech verb as written: "said", "she said", "according to"
    start      INTEGER NOT NULL,              -- code-point offsets of `text` in articles.body, end exclusive
    "end"      INTEGER NOT NULL,
    text_key   TEXT NOT NULL                  -- the words, lower-cased, without punctuation: equal for the same quote in several articles
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_person ON quotes(person_id);
CREATE INDEX quotes_text_key ON quotes(text_key);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker,
    content = 'quotes', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Stands aside while archive's writer bulk-loads a batch (see fts_bulk_load in 0002).
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes
WHEN NOT EXISTS (SELECT 1 FROM fts_bulk_load) BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;

CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
END;

CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
    INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
