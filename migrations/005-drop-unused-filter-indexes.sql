-- Five indexes that no query uses. The list endpoints filter with tests such
-- as `(@type IS NULL OR s.type = @type)`, so that one prepared statement
-- serves every combination of filters, and SQLite cannot answer such a test
-- from an index: EXPLAIN QUERY PLAN of every statement the repositories and
-- the statement writer prepare never names these five
-- (test/db/index-usage.test.ts checks that every index is named by one). Each
-- of them still cost every insert: a script that writes 10,000 extracted
-- documents in groups of 200 ran 5-9% faster without them and wrote 8% fewer
-- bytes. Filtered lists read the same rows as before, through the indexes
-- their plans already use.
DROP INDEX IF EXISTS statements_type;
DROP INDEX IF EXISTS paragraphs_kind;
DROP INDEX IF EXISTS actors_type;
DROP INDEX IF EXISTS statement_actors_role;
DROP INDEX IF EXISTS commitments_modality;
