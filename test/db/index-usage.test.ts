import type { Database } from 'better-sqlite3'
import { test } from 'tap'
import { openDatabase } from '../../src/db/open-database.js'
import { createRepositories } from '../../src/db/repositories.js'
import { createStatementWriter } from '../../src/db/statement-writer.js'
import { recordingPrepare } from '../helpers/recording-prepare.js'

/** The indexes the query plan of `sql` reads, with every parameter bound to NULL (SQLite plans without looking at values). */
function indexesIn (db: Database, sql: string): string[] {
  const names = [...new Set(Array.from(sql.matchAll(/@(\w+)/g), (match) => match[1] ?? ''))]
  const explain = db.prepare(`EXPLAIN QUERY PLAN ${sql}`)
  const rows = (names.length > 0
    ? explain.all(Object.fromEntries(names.map((name) => [name, null])))
    : explain.all(...Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => null))) as Array<{ detail: string }>
  return rows.flatMap((row) => Array.from(row.detail.matchAll(/USING (?:COVERING )?INDEX (\w+)/g), (match) => match[1] ?? ''))
}

function preparedSql (): { db: Database, sql: string[] } {
  const db = openDatabase(':memory:')
  const recorded = recordingPrepare(db)
  createRepositories(recorded.db)
  createStatementWriter(recorded.db)
  return { db, sql: recorded.sql }
}

// An index costs every insert into its table; one that no plan reads only
// slows ingestion down (migration 005 dropped five).
test('every index the migrations create is read by a statement the API or the writer prepares', async (t) => {
  const { db, sql } = preparedSql()
  t.teardown(() => db.close())
  t.ok(sql.length > 30, `${sql.length} statements explained`)
  const used = new Set(sql.flatMap((text) => indexesIn(db, text)))
  const declared = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").pluck().all() as string[]
  t.ok(declared.length > 10)
  for (const name of declared) t.ok(used.has(name), `${name} is read by some query plan`)
})

test('an index no statement can use is reported', async (t) => {
  const { db, sql } = preparedSql()
  t.teardown(() => db.close())
  // The filter shape the list queries use: an index on the column alone cannot answer it.
  db.exec('CREATE INDEX probe_statements_language ON statements (language)')
  const used = new Set(sql.flatMap((text) => indexesIn(db, text)))
  t.notOk(used.has('probe_statements_language'))
  t.same(indexesIn(db, 'SELECT id FROM statements WHERE language = @language'), ['probe_statements_language'],
    'while a plain equality reads it')
})
