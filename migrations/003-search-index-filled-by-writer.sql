-- The full-text index is filled by the statement writer, once per
-- transaction (src/db/statement-writer.ts), instead of by a trigger per
-- paragraph. Every INSERT INTO paragraphs opens a statement savepoint, and
-- FTS5 writes its pending terms to disk as a new segment at each savepoint:
-- with the trigger, ingestion wrote one tiny segment per paragraph and spent
-- about a quarter of SQLite's work flushing and merging them. The delete and
-- update triggers stay: they are rare, and the index must follow them.
DROP TRIGGER paragraphs_fts_insert;
