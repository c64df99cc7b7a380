import BetterSqlite3 from 'better-sqlite3'
import { test } from 'tap'
import { isMigrated, migrate, readMigrations, type Migration } from '../../src/db/migrate.js'

const tables = (db: BetterSqlite3.Database): string[] =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'paragraphs_fts_%' ORDER BY name").pluck().all() as string[]

test('an empty database gets every migration and every table they create', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  t.same(migrate(db), [1, 2, 3, 4, 5, 6])
  t.same(db.prepare('SELECT version, name FROM schema_migrations').all(), [
    { version: 1, name: 'initial' }, { version: 2, name: 'foreign-key-child-indexes' }, { version: 3, name: 'search-index-filled-by-writer' },
    { version: 4, name: 'sentence-spans-and-clustered-links' }, { version: 5, name: 'drop-unused-filter-indexes' },
    { version: 6, name: 'paragraph-topics-by-seq' }
  ])
  t.ok(tables(db).includes('statements'))
  t.ok(tables(db).includes('paragraphs_fts'))
  t.equal(db.prepare('SELECT version FROM data_version').pluck().get(), 0)
})

test('migrating an already migrated database applies nothing and changes nothing', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  migrate(db)
  const before = db.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all()
  t.same(migrate(db), [])
  t.same(db.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all(), before)
  t.equal(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), 6)
})

test('from 003 on, paragraphs reach the full-text index through the writer, not a trigger; deletes and updates keep theirs', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  const triggers = (): string[] => db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all() as string[]
  migrate(db, readMigrations().slice(0, 2))
  t.same(triggers(), ['paragraphs_fts_delete', 'paragraphs_fts_insert', 'paragraphs_fts_update'])
  migrate(db)
  t.same(triggers(), ['paragraphs_fts_delete', 'paragraphs_fts_update'])
})

test('every child column a statement deletion cascades through is indexed', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  migrate(db)
  // Without an index, each cascaded paragraph delete scans the whole child table.
  const children: Array<[string, string]> = []
  for (const table of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'").pluck().all() as string[]) {
    for (const fk of db.pragma(`foreign_key_list(${table})`) as Array<{ from: string }>) children.push([table, fk.from])
  }
  for (const [table, column] of children) {
    const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM ${table} WHERE ${column} = ?`).all('x') as Array<{ detail: string }>).map((row) => row.detail).join('; ')
    // A WITHOUT ROWID table is searched through its primary key, itself an index.
    t.match(plan, /USING (COVERING INDEX|INDEX|PRIMARY KEY)/, `${table}.${column}: ${plan}`)
  }
})

test('only the migrations not yet recorded are applied, in order', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  const first: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE a (x)' }
  migrate(db, [first])
  t.same(migrate(db, [first, { version: 2, name: 'two', sql: 'CREATE TABLE b (y)' }]), [2])
  t.same(tables(db), ['a', 'b', 'schema_migrations'])
})

test('a gap in the numbering of migration files is rejected', async (t) => {
  const dir = t.testdir({ '001-initial.sql': 'CREATE TABLE a (x);', '003-later.sql': 'CREATE TABLE c (z);' })
  t.throws(() => readMigrations(dir), /without gaps; found 003-later at place 2/)
})

test('a duplicate migration number is rejected', async (t) => {
  const dir = t.testdir({ '001-initial.sql': 'CREATE TABLE a (x);', '001-again.sql': 'CREATE TABLE b (y);' })
  t.throws(() => readMigrations(dir), /without gaps/)
})

test('files that are not NNN-name.sql are ignored', async (t) => {
  const dir = t.testdir({ '001-initial.sql': 'CREATE TABLE a (x);', 'README.md': '#', '2-bad.sql': 'x' })
  t.same(readMigrations(dir).map((m) => `${m.version} ${m.name}`), ['1 initial'])
})

test('a failing migration leaves no partial schema and is not recorded', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  const broken: Migration = { version: 1, name: 'broken', sql: 'CREATE TABLE a (x); CREATE TABLE b (y); CREATE TABLE a (z);' }
  t.throws(() => migrate(db, [broken]), /already exists/)
  t.same(tables(db), ['schema_migrations'])
  t.equal(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), 0)
})

test('a failing later migration keeps the earlier ones', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  t.throws(() => migrate(db, [
    { version: 1, name: 'one', sql: 'CREATE TABLE a (x)' },
    { version: 2, name: 'two', sql: 'CREATE TABLE b (y); SELECT * FROM nowhere' }
  ]), /no such table/)
  t.same(tables(db), ['a', 'schema_migrations'])
  t.same(db.prepare('SELECT version FROM schema_migrations').pluck().all(), [1])
})

test('isMigrated is false before migrating, true after, false again when a new migration appears', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  t.equal(isMigrated(db), false)
  migrate(db)
  t.equal(isMigrated(db), true)
  t.equal(isMigrated(db, [...readMigrations(), { version: readMigrations().length + 1, name: 'next', sql: '' }]), false)
})

test('the bundled migrations folder reads cleanly', async (t) => {
  const migrations = readMigrations()
  t.equal(migrations[0]?.name, 'initial')
  t.ok(migrations.every((migration, index) => migration.version === index + 1))
})

const parentAndChild: Migration = {
  version: 1,
  name: 'parent-and-child',
  sql: `CREATE TABLE parent (id TEXT PRIMARY KEY);
    CREATE TABLE child (parent_id TEXT NOT NULL REFERENCES parent (id) ON DELETE CASCADE);
    INSERT INTO parent VALUES ('a'); INSERT INTO child VALUES ('a');`
}

test('a migration may rebuild a table others reference: foreign keys are off while it runs, on again after', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  db.pragma('foreign_keys = ON')
  migrate(db, [parentAndChild])
  const rebuild: Migration = {
    version: 2,
    name: 'rebuild-parent',
    sql: `CREATE TABLE new_parent (id TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID;
      INSERT INTO new_parent (id) SELECT id FROM parent;
      DROP TABLE parent;
      ALTER TABLE new_parent RENAME TO parent;`
  }
  t.same(migrate(db, [parentAndChild, rebuild]), [2])
  // With foreign keys on, DROP TABLE parent deletes its rows first, and the cascade empties child.
  t.equal(db.prepare('SELECT count(*) FROM child').pluck().get(), 1, 'the child row survived the rebuild of its parent')
  t.equal(db.pragma('foreign_keys', { simple: true }), 1)
  t.throws(() => db.prepare("INSERT INTO child VALUES ('nowhere')").run(), /FOREIGN KEY constraint failed/)
})

test('a migration that leaves references pointing nowhere is rolled back, with the rows named', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  db.pragma('foreign_keys = ON')
  const orphaning: Migration = { version: 2, name: 'orphaning', sql: 'DELETE FROM parent' }
  t.throws(() => migrate(db, [parentAndChild, orphaning]), {
    name: 'MigrationError',
    message: 'migration 002-orphaning breaks 1 foreign key reference(s): child row 1 -> parent'
  })
  t.equal(db.prepare('SELECT count(*) FROM parent').pluck().get(), 1, 'the delete was rolled back')
  t.same(db.prepare('SELECT version FROM schema_migrations').pluck().all(), [1])
  t.equal(db.pragma('foreign_keys', { simple: true }), 1, 'foreign keys are on again after the failure')
})

test('a connection opened with foreign keys off keeps them off after migrating', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  db.pragma('foreign_keys = OFF')
  migrate(db, [parentAndChild])
  t.equal(db.pragma('foreign_keys', { simple: true }), 0)
})

test('004 keeps every sentence as a span on its paragraph, and keeps the mentions, commitments and links that named them', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  db.pragma('foreign_keys = ON')
  migrate(db, readMigrations().slice(0, 3))
  const text = 'Dear Jens,\nWe stand with Ukraine. We will help Kyiv.'
  db.exec(`
    INSERT INTO statements (id, type, language, source_sha256, source_text, extractor_version, ingested_at)
      VALUES ('s-1', 'statement', 'en', 'x', '${text}', 'v', '2023-01-10T00:00:00Z');
    INSERT INTO paragraphs (id, statement_id, position, kind, text, start, "end") VALUES
      ('s-1-p1', 's-1', 1, 'salutation', 'Dear Jens,', 0, 10),
      ('s-1-p2', 's-1', 2, 'body', 'We stand with Ukraine. We will help Kyiv.', 11, 52);
    INSERT INTO paragraphs_fts (rowid, text) SELECT seq, text FROM paragraphs;
    INSERT INTO sentences (id, paragraph_id, statement_id, position, text, start, "end") VALUES
      ('s-1-p1-s1', 's-1-p1', 's-1', 1, 'Dear Jens,', 0, 10),
      ('s-1-p2-s2', 's-1-p2', 's-1', 2, 'We will help Kyiv.', 34, 52),
      ('s-1-p2-s1', 's-1-p2', 's-1', 1, 'We stand with Ukraine.', 11, 33);
    INSERT INTO actors (id, name, type) VALUES ('ukraine', 'Ukraine', 'country'), ('eu', 'EU', 'institution');
    INSERT INTO statement_actors VALUES ('s-1', 'ukraine', 'mentioned');
    INSERT INTO mentions (statement_id, paragraph_id, sentence_id, actor_id, start, "end", text)
      VALUES ('s-1', 's-1-p2', 's-1-p2-s1', 'ukraine', 25, 32, 'Ukraine');
    INSERT INTO topics (slug, label, position) VALUES ('ukraine-war', 'War in Ukraine', 1);
    INSERT INTO paragraph_topics VALUES ('s-1-p2', 's-1', 'ukraine-war', 1.5, '["Ukraine"]');
    INSERT INTO commitments (id, statement_id, paragraph_id, sentence_id, position, text, start, "end", clause_text,
      clause_start, clause_end, modality, polarity, action, object, rule, confidence)
      VALUES ('s-1-p2-s2-c1', 's-1', 's-1-p2', 's-1-p2-s2', 1, 'We will help Kyiv.', 34, 52, 'We will help Kyiv', 34, 51,
      'commitment', 'positive', 'help', 'Kyiv', 'will', 0.9);
    INSERT INTO commitment_holders VALUES ('s-1-p2-s2-c1', 'eu', 1);
    INSERT INTO commitment_targets VALUES ('s-1-p2-s2-c1', 'ukraine', 1);
    INSERT INTO commitment_topics VALUES ('s-1-p2-s2-c1', 'ukraine-war');
  `)
  const rows = (sql: string): unknown[] => db.prepare(sql).all()
  const kept = ['mentions', 'commitments', 'statement_actors', 'paragraph_topics', 'commitment_holders', 'commitment_targets', 'commitment_topics']
  const before = Object.fromEntries(kept.map((table) => [table, rows(`SELECT * FROM ${table}`)]))
  const sentencesBefore = rows('SELECT id, paragraph_id, statement_id, position, text, start, "end" FROM sentences ORDER BY id')

  t.same(migrate(db, readMigrations().slice(0, 4)), [4])
  t.same(rows('SELECT id, sentences FROM paragraphs ORDER BY seq'), [
    { id: 's-1-p1', sentences: '[[0,10]]' },
    { id: 's-1-p2', sentences: '[[11,33],[34,52]]' }
  ], 'spans in sentence order, whatever order the rows were in')
  t.same(rows('SELECT id, paragraph_id, statement_id, position, text, start, "end" FROM sentences ORDER BY id'), sentencesBefore,
    'the sentences view gives the old rows back')
  for (const table of kept) t.same(rows(`SELECT * FROM ${table}`), before[table], `${table} kept its rows`)
  t.same(rows("SELECT name FROM pragma_table_list WHERE schema = 'main' AND wr = 1 AND name NOT LIKE 'paragraphs_fts%' ORDER BY name"), [
    { name: 'commitment_holders' }, { name: 'commitment_targets' }, { name: 'commitment_topics' },
    { name: 'paragraph_topics' }
  ])
  const parents = (table: string): string[] => (db.pragma(`foreign_key_list(${table})`) as Array<{ table: string }>).map((fk) => fk.table).sort()
  t.same(parents('mentions'), ['actors', 'paragraphs', 'statements'])
  t.same(parents('commitments'), ['paragraphs', 'statements'])
  t.same(parents('commitment_holders'), ['actors', 'commitments'])

  db.prepare("DELETE FROM statements WHERE id = 's-1'").run()
  for (const table of [...kept, 'paragraphs', 'sentences']) {
    t.equal(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), 0, `deleting the statement cascades to ${table}`)
  }
})

test('005 drops the five filter indexes no query uses and keeps every other index', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  const indexes = (): string[] => db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").pluck().all() as string[]
  const dropped = ['actors_type', 'commitments_modality', 'paragraphs_kind', 'statement_actors_role', 'statements_type']
  migrate(db, readMigrations().slice(0, 4))
  const before = indexes()
  for (const name of dropped) t.ok(before.includes(name), `${name} exists before 005`)
  t.same(migrate(db, readMigrations().slice(0, 5)), [5])
  t.same(indexes(), before.filter((name) => !dropped.includes(name)))
})

test('006 keys paragraph topics by the paragraph seq, keeps every row, and deletes them with their statement', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  db.pragma('foreign_keys = ON')
  migrate(db, readMigrations().slice(0, 5))
  db.exec(`
    INSERT INTO statements (id, type, language, source_sha256, source_text, extractor_version, ingested_at) VALUES
      ('s-1', 'statement', 'en', 'x', 'Sanctions. Ukraine.', 'v', '2023-01-10T00:00:00Z'),
      ('s-2', 'statement', 'en', 'y', 'Ukraine.', 'v', '2023-01-11T00:00:00Z');
    INSERT INTO paragraphs (id, statement_id, position, kind, text, start, "end") VALUES
      ('s-1-p1', 's-1', 1, 'body', 'Sanctions.', 0, 10),
      ('s-1-p2', 's-1', 2, 'body', 'Ukraine.', 11, 19),
      ('s-2-p1', 's-2', 1, 'body', 'Ukraine.', 0, 8);
    INSERT INTO topics (slug, label, position) VALUES ('sanctions', 'Sanctions', 1), ('ukraine-war', 'War in Ukraine', 2);
    INSERT INTO paragraph_topics VALUES
      ('s-1-p1', 's-1', 'sanctions', 1.5, '["Sanctions"]'),
      ('s-1-p2', 's-1', 'ukraine-war', 0.9, '["Ukraine"]'),
      ('s-2-p1', 's-2', 'ukraine-war', 0.9, '["Ukraine"]');
    INSERT INTO paragraphs_fts (rowid, text) SELECT seq, text FROM paragraphs;
  `)
  const topics = (): unknown[] => db.prepare(`SELECT p.id AS paragraph_id, pt.statement_id, pt.topic_slug, pt.score, pt.evidence
    FROM paragraph_topics pt JOIN paragraphs p ON p.seq = pt.paragraph_seq ORDER BY p.id, pt.topic_slug`).all()
  const before = db.prepare('SELECT * FROM paragraph_topics ORDER BY paragraph_id, topic_slug').all()

  t.same(migrate(db, readMigrations().slice(0, 6)), [6])
  t.same(topics(), before)
  t.same(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'paragraph_topics' AND sql IS NOT NULL").pluck().all(),
    ['paragraph_topics_topic'])
  t.same((db.pragma('foreign_key_list(paragraph_topics)') as Array<{ table: string }>).map((fk) => fk.table).sort(), ['paragraphs', 'topics'])

  db.prepare("DELETE FROM statements WHERE id = 's-1'").run()
  t.same(topics(), [before[2]], 'deleting a statement deletes its paragraphs\' topics, and only those')
})
