-- Statements and everything extracted from them. A statement owns its
-- paragraphs, sentences, mentions, topic links and commitments (ON DELETE
-- CASCADE), so replacing or deleting a statement is one DELETE plus inserts.
-- Actors and topics are shared across statements.
--
-- Ids are readable and derived from positions, so that re-ingesting the same
-- text yields the same ids: statement-23-121, statement-23-121-p3,
-- statement-23-121-p3-s2, statement-23-121-p3-s2-c1.

CREATE TABLE statements (
  id                TEXT PRIMARY KEY,
  reference         TEXT UNIQUE,
  type              TEXT NOT NULL CHECK (type IN ('statement', 'speech', 'press_release', 'daily_news', 'qanda', 'other')),
  title             TEXT,
  subtitle          TEXT,
  place             TEXT,
  date              TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  language          TEXT NOT NULL,
  -- JSON arrays: [{name, role}], [{name, phone, email}], [title]
  speakers          TEXT NOT NULL DEFAULT '[]',
  people            TEXT NOT NULL DEFAULT '[]',
  press_contacts    TEXT NOT NULL DEFAULT '[]',
  related_documents TEXT NOT NULL DEFAULT '[]',
  related_media     TEXT NOT NULL DEFAULT '[]',
  source_file       TEXT,
  source_url        TEXT,
  source_sha256     TEXT NOT NULL,
  source_text       TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  ingested_at       TEXT NOT NULL,
  -- Keyset pagination needs a non-null sort key; undated statements sort first.
  sort_date         TEXT GENERATED ALWAYS AS (COALESCE(date, '')) VIRTUAL
);
CREATE INDEX statements_sort_date ON statements (sort_date, id);
CREATE INDEX statements_type ON statements (type, sort_date, id);

CREATE TABLE paragraphs (
  -- seq is the rowid the FTS index points at; id is the public id.
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL CHECK (position >= 1),
  kind         TEXT NOT NULL CHECK (kind IN ('salutation', 'heading', 'body', 'list_item', 'quote')),
  text         TEXT NOT NULL,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  UNIQUE (statement_id, position)
);
CREATE INDEX paragraphs_kind ON paragraphs (kind, statement_id, position);

CREATE TABLE sentences (
  id           TEXT PRIMARY KEY,
  paragraph_id TEXT NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
  statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL CHECK (position >= 1),
  text         TEXT NOT NULL,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL
);
CREATE INDEX sentences_paragraph ON sentences (paragraph_id, position);
CREATE INDEX sentences_statement ON sentences (statement_id);

CREATE TABLE actors (
  id           TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  type         TEXT NOT NULL CHECK (type IN ('person', 'country', 'organisation', 'institution', 'group')),
  role         TEXT,
  country_code TEXT,
  aliases      TEXT NOT NULL DEFAULT '[]' -- JSON array of strings
);
CREATE INDEX actors_type ON actors (type, id);

CREATE TABLE statement_actors (
  statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  actor_id     TEXT NOT NULL REFERENCES actors (id),
  role         TEXT NOT NULL CHECK (role IN ('speaker', 'addressee', 'mentioned')),
  PRIMARY KEY (statement_id, actor_id, role)
);
CREATE INDEX statement_actors_actor ON statement_actors (actor_id, statement_id);
CREATE INDEX statement_actors_role ON statement_actors (role, actor_id, statement_id);

CREATE TABLE mentions (
  id           INTEGER PRIMARY KEY,
  statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  paragraph_id TEXT NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
  sentence_id  TEXT REFERENCES sentences (id) ON DELETE CASCADE,
  actor_id     TEXT NOT NULL REFERENCES actors (id),
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL
);
CREATE INDEX mentions_actor ON mentions (actor_id, id);
CREATE INDEX mentions_paragraph ON mentions (paragraph_id, start);
CREATE INDEX mentions_statement ON mentions (statement_id, actor_id);

CREATE TABLE topics (
  slug        TEXT PRIMARY KEY,
  label       TEXT NOT NULL,
  area        TEXT REFERENCES topics (slug),
  description TEXT NOT NULL DEFAULT '',
  terms       TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
  eurovoc     TEXT,
  cap_code    INTEGER,
  position    INTEGER NOT NULL -- order in the taxonomy file
);
CREATE INDEX topics_area ON topics (area, position);

CREATE TABLE paragraph_topics (
  paragraph_id TEXT NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
  statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  topic_slug   TEXT NOT NULL REFERENCES topics (slug),
  score        REAL NOT NULL,
  evidence     TEXT NOT NULL DEFAULT '[]', -- JSON array of matched terms
  PRIMARY KEY (paragraph_id, topic_slug)
);
CREATE INDEX paragraph_topics_topic ON paragraph_topics (topic_slug, paragraph_id);
CREATE INDEX paragraph_topics_statement ON paragraph_topics (statement_id, topic_slug);

CREATE TABLE commitments (
  id               TEXT PRIMARY KEY,
  statement_id     TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  paragraph_id     TEXT NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
  sentence_id      TEXT NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
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
CREATE INDEX commitments_statement ON commitments (statement_id, position);
CREATE INDEX commitments_date ON commitments (statement_date, statement_id, position);
CREATE INDEX commitments_modality ON commitments (modality, statement_date, statement_id, position);

CREATE TABLE commitment_holders (
  commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  actor_id      TEXT NOT NULL REFERENCES actors (id),
  position      INTEGER NOT NULL,
  PRIMARY KEY (commitment_id, actor_id)
);
CREATE INDEX commitment_holders_actor ON commitment_holders (actor_id, commitment_id);

CREATE TABLE commitment_targets (
  commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  actor_id      TEXT NOT NULL REFERENCES actors (id),
  position      INTEGER NOT NULL,
  PRIMARY KEY (commitment_id, actor_id)
);
CREATE INDEX commitment_targets_actor ON commitment_targets (actor_id, commitment_id);

CREATE TABLE commitment_topics (
  commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  topic_slug    TEXT NOT NULL REFERENCES topics (slug),
  PRIMARY KEY (commitment_id, topic_slug)
);
CREATE INDEX commitment_topics_topic ON commitment_topics (topic_slug, commitment_id);

-- Full-text index over paragraph text, kept in sync by triggers.
CREATE VIRTUAL TABLE paragraphs_fts USING fts5 (
  text,
  content = 'paragraphs',
  content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER paragraphs_fts_insert AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (rowid, text) VALUES (new.seq, new.text);
END;
CREATE TRIGGER paragraphs_fts_delete AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
CREATE TRIGGER paragraphs_fts_update AFTER UPDATE OF text ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', old.seq, old.text);
  INSERT INTO paragraphs_fts (rowid, text) VALUES (new.seq, new.text);
END;

-- One row: a counter bumped by every write transaction. It versions the data
-- for ETags and response caches, across processes and replicas of the file.
CREATE TABLE data_version (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL,
  changed_at TEXT NOT NULL
);
INSERT INTO data_version (id, version, changed_at) VALUES (1, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
