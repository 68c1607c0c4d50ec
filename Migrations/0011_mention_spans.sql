-- Every mention was a row of its own in `mentions`, 11 an article, each a B-tree insert at ingest
-- and an entry of `mentions_person`: about a fifth of the writer's work for people. A person's
-- mentions in an article now sit on its `article_people` row, as a JSON array of [start, end]
-- pairs, and `mentions` is a view with the same columns as the table it replaces: queries that
-- read it are unchanged, and one row per article and person is written instead of one per mention.

ALTER TABLE article_people ADD COLUMN spans TEXT;   -- [[start, end], ...] in body order, or NULL

UPDATE article_people SET spans = (
    SELECT json_group_array(json_array(start, "end"))
    FROM (SELECT m.start, m."end" FROM mentions m
          WHERE m.article_id = article_people.article_id AND m.person_id = article_people.person_id
          ORDER BY m.start)
)
WHERE role = 'mentioned'
  AND EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = article_people.article_id AND m.person_id = article_people.person_id);

DROP TABLE mentions;
DELETE FROM deferred_indexes WHERE name = 'mentions_person';

CREATE VIEW mentions AS
SELECT ap.article_id, ap.person_id,
       json_extract(s.value, '$[0]') AS start,
       json_extract(s.value, '$[1]') AS "end"
FROM article_people ap, json_each(ap.spans) s;
