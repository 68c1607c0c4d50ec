-- Events: dated happenings found in article bodies, grouped across articles.

CREATE TABLE happenings (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    date_start TEXT NOT NULL,                 -- the range of the first event that told it
    date_end   TEXT NOT NULL,
    precision  TEXT NOT NULL,
    summary    TEXT NOT NULL
);
CREATE INDEX happenings_date ON happenings(date_start, date_end);

CREATE TABLE events (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    time_text    TEXT NOT NULL,               -- the time expression as written: "on Monday", "in early January"
    date_start   TEXT,                        -- ISO 8601 date; NULL for vague expressions ("recently"), never guessed
    date_end     TEXT,                        -- inclusive
    precision    TEXT CHECK (precision IN ('day', 'week', 'part-of-month', 'month', 'quarter', 'half', 'year')),
    summary      TEXT NOT NULL,               -- the clause around the time expression
    start        INTEGER NOT NULL,            -- code-point offsets of time_text in articles.body, end exclusive
    "end"        INTEGER NOT NULL,
    happening_id INTEGER REFERENCES happenings(id) ON DELETE SET NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date_start, date_end);
CREATE INDEX events_happening ON events(happening_id);

CREATE TABLE event_people (
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, person_id)
) WITHOUT ROWID;
CREATE INDEX event_people_person ON event_people(person_id);

-- How ingest finds a happening another article already told, with one index lookup per person:
-- a happening's people keyed by its range and precision (a lookup table, derived from the rest).
CREATE TABLE happening_keys (
    person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    date_start   TEXT NOT NULL,
    date_end     TEXT NOT NULL,
    precision    TEXT NOT NULL,
    happening_id INTEGER NOT NULL REFERENCES happenings(id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, date_start, date_end, precision, happening_id)
) WITHOUT ROWID;
CREATE INDEX happening_keys_happening ON happening_keys(happening_id);
