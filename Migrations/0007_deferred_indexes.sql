-- Secondary indexes that a large ingest drops while it loads and builds again when it ends: one
-- sort per index instead of a B-tree insert at a random place for every row, and pages written
-- once instead of once per batch. No query depends on them for its answer, only for its speed.
--
-- A row here means that index is missing right now; `sql` is its CREATE statement as the schema
-- defines it. The ingest that dropped it creates it again when it ends; after an interrupted
-- ingest, the next `archive` command that opens the archive when no one is writing does.

CREATE TABLE deferred_indexes (
    name TEXT PRIMARY KEY,   -- the index, as in sqlite_master
    sql  TEXT NOT NULL       -- its CREATE INDEX statement
);
