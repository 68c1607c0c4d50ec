-- Stories: articles that tell the same news (copies, near-copies, rewrites), grouped at ingest.

CREATE TABLE stories (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    origin_article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL, -- the earliest article (published, then id)
    title             TEXT,                    -- the origin's title
    first_published   TEXT,                    -- earliest and latest `published` of its articles
    last_published    TEXT,
    articles          INTEGER NOT NULL DEFAULT 1
);

ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories(id) ON DELETE SET NULL;
CREATE INDEX articles_story ON articles(story_id);

-- How an article joined its story: the article it matched and how.
CREATE TABLE story_links (
    article_id         INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    matched_article_id INTEGER NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('duplicate', 'near-duplicate', 'rewrite')),
    score              REAL NOT NULL
);

-- Each article's fingerprint (hashes only), compared with the candidates the indexes return.
CREATE TABLE story_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash    BLOB NOT NULL,                  -- 60 x uint32 little-endian
    words      BLOB NOT NULL,                  -- the first 300 content-word stems in order, uint16 hashes
    names      BLOB NOT NULL,                  -- sorted uint32 hashes of the leading names
    title      BLOB NOT NULL                   -- sorted uint32 hashes of the title's words
);

-- LSH index over MinHash bands: near-duplicate candidates by lookup. Rows of deleted articles
-- are ignored (ids are never reused) and swept when articles are replaced.
CREATE TABLE story_lsh (
    band       INTEGER NOT NULL,
    bucket     INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (band, bucket, article_id)
) WITHOUT ROWID;

-- Pairs of an article's leading names: rewrite candidates by lookup.
CREATE TABLE story_keys (
    key        INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
