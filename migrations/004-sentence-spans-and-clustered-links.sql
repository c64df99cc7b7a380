-- Leaner storage for ingestion speed (issue #5): fewer B-trees written per
-- document, and less text stored twice.
--
-- Sentences become spans on their paragraph. The sentences table held 43 rows
-- per seed-sized statement, each with its text (a copy of part of the
-- paragraph's) and three indexes; nothing read them but a count. A paragraph
-- now keeps them as a JSON array of [start, end] offsets in the statement's
-- text, in order, and a view of the same name gives the old rows back for
-- ad-hoc SQL. Mentions and commitments keep their sentence_id (readable and
-- derived from positions, as before) without a foreign key to a table that
-- no longer exists.
--
-- The topic and commitment link tables become WITHOUT ROWID tables clustered
-- on their primary key: one B-tree per row instead of a rowid table plus the
-- key's index. statement_actors stays as it was: clustered and filled by
-- ingestion, it made the actor list's two count subqueries together about
-- 45% slower (on the same index, same plan; each alone was as fast).
--
-- Rebuilding a table that others reference needs foreign keys off; the
-- migration runner turns them off around every migration and checks them
-- before committing (src/db/migrate.ts).

ALTER TABLE paragraphs ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]'; -- JSON [[start, end], ...]
UPDATE paragraphs SET sentences = (SELECT json_group_array(json_array(s.start, s."end") ORDER BY s.position)
  FROM sentences s WHERE s.paragraph_id = paragraphs.id);

CREATE TABLE new_mentions (
  id           INTEGER PRIMARY KEY,
  statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  paragraph_id TEXT NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
  sentence_id  TEXT,
  actor_id     TEXT NOT NULL REFERENCES actors (id),
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL
);
INSERT INTO new_mentions SELECT id, statement_id, paragraph_id, sentence_id, actor_id, start, "end", text FROM mentions;
DROP TABLE mentions;
ALTER TABLE new_mentions RENAME TO mentions;
CREATE INDEX mentions_actor ON mentions (actor_id, id);
CREATE INDEX mentions_paragraph ON mentions (paragraph_id, start);
CREATE INDEX mentions_statement ON mentions (statement_id, actor_id);

CREATE TABLE new_commitments (
  id               TEXT PRIMARY KEY,
  statement_id     TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  paragraph_id     TEXT NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
  sentence_id      TEXT NOT NULL,
  -- Copied from the statement so that date filters and keyset order need no join.
  statement_date   TEXT NOT NULL DEFAULT '',
  position         INTEGER NOT NULL, -- ordinal within the statement, for ordering
  text             TEXT NOT NULL,
  start            INTEGER NOT NULL,
  "end"            INTEGER NOT NULL,
  clause_text      TEXT NOT NULL,
  clause_start     INTEGER NOT NULL,
  clause_end       INTEGER NOT NULL,
  modality         TEXT NOT NULL CHECK (modality IN ('commitment', 'obligation', 'intention')),
  polarity         TEXT NOT NULL CHECK (polarity IN ('positive', 'negative')),
  action           TEXT NOT NULL,
  object           TEXT NOT NULL,
  timeframe_text   TEXT,
  timeframe_date   TEXT,
  rule             TEXT NOT NULL,
  confidence       REAL NOT NULL
);
INSERT INTO new_commitments SELECT * FROM commitments;
DROP TABLE commitments;
ALTER TABLE new_commitments RENAME TO commitments;
CREATE INDEX commitments_statement ON commitments (statement_id, position);
CREATE INDEX commitments_date ON commitments (statement_date, statement_id, position);
CREATE INDEX commitments_modality ON commitments (modality, statement_date, statement_id, position);
CREATE INDEX commitments_paragraph ON commitments (paragraph_id);

DROP TABLE sentences;
-- Offsets count UTF-16 code units (JavaScript's), substr() counts characters:
-- text differs from the API's spans only after a character outside the BMP.
CREATE VIEW sentences AS
SELECT p.id || '-s' || (j.key + 1) AS id, p.id AS paragraph_id, p.statement_id, j.key + 1 AS position,
  substr(p.text, (j.value ->> 0) - p.start + 1, (j.value ->> 1) - (j.value ->> 0)) AS text,
  j.value ->> 0 AS start, j.value ->> 1 AS "end"
FROM paragraphs p, json_each(p.sentences) j;

CREATE TABLE new_paragraph_topics (
  paragraph_id TEXT NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
  statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  topic_slug   TEXT NOT NULL REFERENCES topics (slug),
  score        REAL NOT NULL,
  evidence     TEXT NOT NULL DEFAULT '[]', -- JSON array of matched terms
  PRIMARY KEY (paragraph_id, topic_slug)
) WITHOUT ROWID;
INSERT INTO new_paragraph_topics SELECT * FROM paragraph_topics;
DROP TABLE paragraph_topics;
ALTER TABLE new_paragraph_topics RENAME TO paragraph_topics;
CREATE INDEX paragraph_topics_topic ON paragraph_topics (topic_slug, paragraph_id);
CREATE INDEX paragraph_topics_statement ON paragraph_topics (statement_id, topic_slug);

CREATE TABLE new_commitment_holders (
  commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  actor_id      TEXT NOT NULL REFERENCES actors (id),
  position      INTEGER NOT NULL,
  PRIMARY KEY (commitment_id, actor_id)
) WITHOUT ROWID;
INSERT INTO new_commitment_holders SELECT * FROM commitment_holders;
DROP TABLE commitment_holders;
ALTER TABLE new_commitment_holders RENAME TO commitment_holders;
CREATE INDEX commitment_holders_actor ON commitment_holders (actor_id, commitment_id);

CREATE TABLE new_commitment_targets (
  commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  actor_id      TEXT NOT NULL REFERENCES actors (id),
  position      INTEGER NOT NULL,
  PRIMARY KEY (commitment_id, actor_id)
) WITHOUT ROWID;
INSERT INTO new_commitment_targets SELECT * FROM commitment_targets;
DROP TABLE commitment_targets;
ALTER TABLE new_commitment_targets RENAME TO commitment_targets;
CREATE INDEX commitment_targets_actor ON commitment_targets (actor_id, commitment_id);

CREATE TABLE new_commitment_topics (
  commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  topic_slug    TEXT NOT NULL REFERENCES topics (slug),
  PRIMARY KEY (commitment_id, topic_slug)
) WITHOUT ROWID;
INSERT INTO new_commitment_topics SELECT * FROM commitment_topics;
DROP TABLE commitment_topics;
ALTER TABLE new_commitment_topics RENAME TO commitment_topics;
CREATE INDEX commitment_topics_topic ON commitment_topics (topic_slug, commitment_id);
