import BetterSqlite3 from 'better-sqlite3'
import { test } from 'tap'
import { isMigrated, migrate, readMigrations, type Migration } from '../../src/db/migrate.js'

const tables = (db: BetterSqlite3.Database): string[] =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'paragraphs_fts_%' ORDER BY name").pluck().all() as string[]

test('an empty database gets every migration and every table they create', async (t) => {
  const db = new BetterSqlite3(':memory:')
  t.teardown(() => db.close())
  t.same(migrate(db), [1, 2, 3])
  t.same(db.prepare('SELECT version, name FROM schema_migrations').all(), [
    { version: 1, name: 'initial' }, { version: 2, name: 'foreign-key-child-indexes' }, { version: 3, name: 'search-index-filled-by-writer' }
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
  t.equal(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), 3)
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
  // Without an index, each cascaded paragraph or sentence delete scans the whole child table.
  const children: Array<[string, string]> = []
  for (const table of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'").pluck().all() as string[]) {
    for (const fk of db.pragma(`foreign_key_list(${table})`) as Array<{ from: string }>) children.push([table, fk.from])
  }
  for (const [table, column] of children) {
    const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM ${table} WHERE ${column} = ?`).all('x') as Array<{ detail: string }>).map((row) => row.detail).join('; ')
    t.match(plan, /USING (COVERING )?INDEX/, `${table}.${column}: ${plan}`)
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
