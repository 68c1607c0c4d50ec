-- Articles and their publishers. Portable SQL: nothing here is SQLite-only.

CREATE TABLE sources (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE            -- "Reuters", "Associated Press", a site name
);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,     -- never reused: an id always names the same article version
    doc_key      TEXT NOT NULL UNIQUE,                  -- identity: the absolute path of a file; a JSON record's url, or path#n
    path         TEXT NOT NULL,                         -- absolute path of the file it was read from
    url          TEXT,
    kind         TEXT NOT NULL CHECK (kind IN ('text', 'record', 'html')),
    title        TEXT,
    published    TEXT,                                  -- ISO 8601: YYYY-MM-DD[THH:MM[:SS][Z|+HH:MM]]; NULL when unknown
    date_source  TEXT,                                  -- where `published` came from: header, dateline, record, json-ld, meta, url...
    source_id    INTEGER REFERENCES sources(id),
    section      TEXT,
    dateline     TEXT,                                  -- the place of the dateline: "MEXICO CITY"
    byline       TEXT,                                  -- credit lines as written
    captions     TEXT,                                  -- photo captions, one paragraph each, out of the body
    body         TEXT NOT NULL,                         -- the story's paragraphs, separated by a blank line
    content_hash TEXT NOT NULL UNIQUE,                  -- SHA-256 of the normalized article
    encoding     TEXT,                                  -- how the file was decoded: utf-8, utf-8-bom, windows-1252...
    word_count   INTEGER NOT NULL,
    ingested_at  TEXT NOT NULL,                         -- ISO 8601 UTC
    extra        TEXT                                   -- unknown fields of a JSON record, as a JSON object
);

CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_path ON articles(path);
