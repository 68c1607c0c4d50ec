-- People: one row per real person across the archive, their surface forms, and where they appear.
-- Link tables are WITHOUT ROWID: their primary key is the only index, one B-tree insert a row.

CREATE TABLE people (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL,                -- display name: the fullest, accented form seen
    name_key    TEXT NOT NULL,                -- accent-folded, lower-case form of `name`, for matching
    surname_key TEXT NOT NULL                 -- last word of name_key, for finding candidates
);
CREATE INDEX people_name_key ON people(name_key);
CREATE INDEX people_surname_key ON people(surname_key);

CREATE TABLE person_aliases (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,                  -- a surface form used by some article ("Sheinbaum", "Juan Ramon de la Fuente")
    alias_key TEXT NOT NULL,
    PRIMARY KEY (person_id, alias)
) WITHOUT ROWID;
CREATE INDEX person_aliases_key ON person_aliases(alias_key);

CREATE TABLE article_people (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('mentioned', 'author', 'editor', 'photographer')),
    name       TEXT NOT NULL,                 -- the fullest form this article gives
    title      TEXT,                          -- titles written beside the name in this article, '; '-separated
    mentions   INTEGER NOT NULL DEFAULT 0,    -- number of mentions in the body
    PRIMARY KEY (article_id, person_id, role)
) WITHOUT ROWID;
CREATE INDEX article_people_person ON article_people(person_id);

CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,              -- code-point offsets in articles.body, end exclusive
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, start)
) WITHOUT ROWID;
CREATE INDEX mentions_person ON mentions(person_id);

CREATE VIEW article_people_view AS
SELECT ap.article_id, a.title AS article_title, a.published, ap.person_id, p.name AS person,
       ap.role, ap.name AS name_in_article, ap.title, ap.mentions
FROM article_people ap
JOIN people p ON p.id = ap.person_id
JOIN articles a ON a.id = ap.article_id;
