import { closeSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { test } from 'tap'
import { readMigrations } from '../../src/db/migrate.js'
import { DatabaseOpenError, NEW_FILE_PAGE_SIZE, openDatabase } from '../../src/db/open-database.js'

/** The message of the error openDatabase throws, or 'opened'. */
function openError (path: string, options: Parameters<typeof openDatabase>[1] = {}): string {
  try {
    openDatabase(path, options).close()
    return 'opened'
  } catch (error) {
    return error instanceof DatabaseOpenError ? error.message : `not a DatabaseOpenError: ${String(error)}`
  }
}

test('a new file is created in WAL mode, migrated, with foreign keys on', async (t) => {
  const path = join(t.testdir({}), 'sub', 'new.db')
  const db = openDatabase(path)
  t.teardown(() => db.close())
  t.equal(db.pragma('journal_mode', { simple: true }), 'wal')
  t.equal(db.pragma('foreign_keys', { simple: true }), 1)
  t.equal(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), readMigrations().length)
})

test('a new file gets 8 KB pages; an existing file keeps the page size it has', async (t) => {
  const dir = t.testdir({})
  const fresh = openDatabase(join(dir, 'fresh.db'))
  t.teardown(() => fresh.close())
  t.equal(fresh.pragma('page_size', { simple: true }), NEW_FILE_PAGE_SIZE)
  t.equal(NEW_FILE_PAGE_SIZE, 8192)
  // 64 MB of WAL, in pages of the file's size.
  t.equal(fresh.pragma('wal_autocheckpoint', { simple: true }), 8192)

  const oldPath = join(dir, 'old.db')
  const old = new BetterSqlite3(oldPath)
  old.pragma('page_size = 4096')
  old.pragma('journal_mode = WAL')
  old.exec('CREATE TABLE kept (value TEXT)')
  old.close()
  const reopened = openDatabase(oldPath)
  t.teardown(() => reopened.close())
  t.equal(reopened.pragma('page_size', { simple: true }), 4096)
  t.equal(reopened.pragma('wal_autocheckpoint', { simple: true }), 16384)
  t.equal(reopened.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), readMigrations().length)
})

test('opening a migrated file again keeps its data', async (t) => {
  const path = join(t.testdir({}), 'again.db')
  const first = openDatabase(path)
  first.prepare('UPDATE data_version SET version = 7').run()
  first.close()
  const db = openDatabase(path)
  t.teardown(() => db.close())
  t.equal(db.prepare('SELECT version FROM data_version').pluck().get(), 7)
})

test('a read-only connection refuses writes', async (t) => {
  const path = join(t.testdir({}), 'ro.db')
  openDatabase(path).close()
  const db = openDatabase(path, { readonly: true })
  t.teardown(() => db.close())
  t.throws(() => db.prepare('UPDATE data_version SET version = 1').run(), /readonly|read-only|query_only|attempt to write/i)
})

test('a read-only connection to a missing file fails with a clear message', async (t) => {
  const path = join(t.testdir({}), 'missing.db')
  t.match(openError(path, { readonly: true }), `cannot open database ${path}: `)
})

test('a text file named .db is reported as not a SQLite database', async (t) => {
  const path = join(t.testdir({ 'notes.db': 'Not a database at all.\n'.repeat(100) }), 'notes.db')
  t.equal(openError(path), `cannot open database ${path}: the file is not a SQLite database`)
})

test('a database with a damaged schema page is reported as corrupt', async (t) => {
  const path = join(t.testdir({}), 'corrupt.db')
  openDatabase(path).close()
  const fd = openSync(path, 'r+')
  writeSync(fd, Buffer.alloc(400, 0xa5), 0, 400, 100)
  closeSync(fd)
  t.equal(openError(path), `cannot open database ${path}: the database file is corrupt`)
})

test('a database path under a regular file fails with a DatabaseOpenError, not a raw fs error', async (t) => {
  // Root ignores file modes, so a read-only folder cannot be simulated with
  // chmod here; a file standing where the folder should be blocks root too.
  const path = join(t.testdir({ 'plain-file': 'x' }), 'plain-file', 'x.db')
  t.match(openError(path), new RegExp(`^cannot open database ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+$`))
})

test('a page cap too small for the schema is reported as a full database', async (t) => {
  const path = join(t.testdir({}), 'tiny.db')
  t.equal(openError(path, { maxPageCount: 2 }), `cannot open database ${path}: the disk or the database is full`)
})
