-- Paragraph topics are keyed by the paragraph's integer seq instead of its
-- text id, and the (statement_id, topic_slug) index is gone: a statement's
-- topics are found through its paragraphs, a topic's statements through
-- (topic_slug, statement_id). Paragraph topics are the most numerous rows
-- (some 45 a statement): a script that writes 10,000 extracted documents in
-- groups of 200 ran 8-16% faster (two sets of alternating runs), and the
-- database of 10,000 statements fell from 404 to 366 MB.
-- statement_id stays as a plain copy of the paragraph's, without a foreign
-- key: deleting a statement would have to find its rows by it, and the
-- rows go with their paragraph anyway.
CREATE TABLE new_paragraph_topics (
  paragraph_seq INTEGER NOT NULL REFERENCES paragraphs (seq) ON DELETE CASCADE,
  statement_id  TEXT NOT NULL,
  topic_slug    TEXT NOT NULL REFERENCES topics (slug),
  score         REAL NOT NULL,
  evidence      TEXT NOT NULL DEFAULT '[]', -- JSON array of matched terms
  PRIMARY KEY (paragraph_seq, topic_slug)
) WITHOUT ROWID;
INSERT INTO new_paragraph_topics (paragraph_seq, statement_id, topic_slug, score, evidence)
  SELECT p.seq, p.statement_id, pt.topic_slug, pt.score, pt.evidence
  FROM paragraph_topics pt JOIN paragraphs p ON p.id = pt.paragraph_id;
DROP TABLE paragraph_topics;
ALTER TABLE new_paragraph_topics RENAME TO paragraph_topics;
CREATE INDEX paragraph_topics_topic ON paragraph_topics (topic_slug, statement_id);
