import { join } from 'node:path'
import { test } from 'tap'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { openDatabase } from '../../src/db/open-database.js'
import { ingestPaths, type FileResult } from '../../src/ingest/ingest-paths.js'
import { snapshot } from './db-snapshot.js'
import { doc, fakeExtractor } from './fake-extractor.js'

function setup (t: { teardown: (fn: () => void) => void }): Database {
  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  return db
}

const statuses = (results: FileResult[]): string[] => results.map((result) => `${result.status} ${result.id ?? result.file}`)

test('every file of a folder is inserted and reported with its counts', async (t) => {
  const db = setup(t)
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1'), 'b.txt': doc('STATEMENT/23/2') })
  const report = ingestPaths([dir], { db, extract: fakeExtractor() })
  t.same(statuses(report.results), ['inserted statement-23-1', 'inserted statement-23-2'])
  t.same(report.results[0]?.counts, { paragraphs: 2, sentences: 3, actors: 5, mentions: 3, topics: 2, commitments: 1 })
  t.same(report.totals, { files: 2, inserted: 2, updated: 0, unchanged: 0, parsed: 0, failed: 0 })
  t.equal(db.prepare('SELECT count(*) FROM statements').pluck().get(), 2)
  t.equal(db.prepare("SELECT source_file FROM statements WHERE id = 'statement-23-1'").pluck().get(), 'a.txt', 'the file name is stored, not the machine path')
})

test('ingesting the same file again leaves it unchanged, with the same ids and counts', async (t) => {
  const db = setup(t)
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1') })
  const first = ingestPaths([dir], { db, extract: fakeExtractor() })
  const ids = db.prepare('SELECT id FROM sentences ORDER BY id').pluck().all()
  const before = snapshot(db)
  const second = ingestPaths([dir], { db, extract: fakeExtractor() })
  t.equal(second.results[0]?.status, 'unchanged')
  t.same(second.results[0]?.counts, first.results[0]?.counts)
  t.same(snapshot(db), before)
  t.same(db.prepare('SELECT id FROM sentences ORDER BY id').pluck().all(), ids)
})

test('a changed text for the same reference is reported as updated and replaces the old rows', async (t) => {
  const db = setup(t)
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1') })
  ingestPaths([dir], { db, extract: fakeExtractor() })
  const changed = t.testdir({ 'a.txt': doc('STATEMENT/23/1', 'VARIANT Peace will prevail.') })
  const report = ingestPaths([changed], { db, extract: fakeExtractor() })
  t.same(statuses(report.results), ['updated statement-23-1'])
  t.same(db.prepare('SELECT text FROM sentences WHERE statement_id = ? ORDER BY id').pluck().all('statement-23-1'),
    ['Dear Jens,', 'We will extend the sanctions against Russia tomorrow.', 'Peace will prevail.'])
  t.equal(db.prepare("SELECT count(*) FROM mentions WHERE actor_id = 'ukraine'").pluck().get(), 0, 'the old mentions are gone')
  t.same(db.pragma('foreign_key_check'), [], 'the batch wrote without enforcement, and no row points at nothing')
  t.equal(db.pragma('foreign_keys', { simple: true }), 1, 'enforcement is on again after the batch')
})

test('a file the writer refuses leaves the database as it was and the rest of the batch goes in', async (t) => {
  const db = setup(t)
  ingestPaths([t.testdir({ 'b.txt': doc('STATEMENT/23/2') })], { db, extract: fakeExtractor() })
  const dir = t.testdir({
    'a.txt': doc('STATEMENT/23/1'),
    'b.txt': doc('STATEMENT/23/2', 'VARIANT Something new.', 'BAD TOPIC'),
    'c.txt': doc('STATEMENT/23/3')
  })
  const report = ingestPaths([dir], { db, extract: fakeExtractor() })
  t.same(statuses(report.results), ['inserted statement-23-1', 'failed statement-23-2', 'inserted statement-23-3'])
  t.equal(report.results[1]?.error, 'not written: commitment 1 has topic no-such-topic, which is not in the taxonomy')
  t.equal(db.prepare("SELECT text FROM sentences WHERE id = 'statement-23-2-p2-s2'").pluck().get(), 'Ukraine can count on us.', 'the stored version is untouched')
})

test('a second file with the same statement id and another text in one batch fails and the first stays', async (t) => {
  const db = setup(t)
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1'), 'b.txt': doc('STATEMENT/23/1', 'VARIANT Another text.') })
  const report = ingestPaths([dir], { db, extract: fakeExtractor() })
  t.same(statuses(report.results), ['inserted statement-23-1', 'failed statement-23-1'])
  t.match(report.results[1]?.error, /same statement id \(statement-23-1\) as .*a\.txt earlier in this batch/)
  t.equal(db.prepare("SELECT source_file FROM statements WHERE id = 'statement-23-1'").pluck().get(), 'a.txt')
})

test('an identical copy of a file in the same batch is reported unchanged', async (t) => {
  const db = setup(t)
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1'), 'copy.txt': doc('STATEMENT/23/1') })
  t.same(statuses(ingestPaths([dir], { db, extract: fakeExtractor() }).results), ['inserted statement-23-1', 'unchanged statement-23-1'])
})

test('a dry run extracts every file and needs no database', async (t) => {
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1'), 'bad.txt': 'no reference here' })
  const seen: string[] = []
  const report = ingestPaths([dir], { extract: fakeExtractor(), dryRun: true, onResult: (result, document) => seen.push(document?.id ?? result.status) })
  t.same(statuses(report.results), ['parsed statement-23-1', `failed ${join(dir, 'bad.txt')}`])
  t.same(seen, ['statement-23-1', 'failed'], 'the extracted document is handed to onResult')
  t.equal(report.dryRun, true)
})

test('a dry run writes nothing, not even the taxonomy', async (t) => {
  const db = setup(t)
  const before = snapshot(db)
  ingestPaths([t.testdir({ 'a.txt': doc('STATEMENT/23/1') })], { db, extract: fakeExtractor(), dryRun: true })
  t.same(snapshot(db), before)
})

test('onStart hears the number of files before the first result', async (t) => {
  const events: string[] = []
  ingestPaths([t.testdir({ 'a.txt': doc('STATEMENT/23/1'), 'b.txt': doc('STATEMENT/23/2') })], {
    extract: fakeExtractor(), dryRun: true, onStart: (count) => events.push(`start ${count}`), onResult: (result) => events.push(result.status)
  })
  t.same(events, ['start 2', 'parsed', 'parsed'])
})

test('each result is reported only once its document is committed, as another connection sees it', async (t) => {
  const path = join(t.testdir({}), 'reported.db')
  const db = openDatabase(path)
  const reader = new BetterSqlite3(path, { readonly: true })
  t.teardown(() => { reader.close(); db.close() })
  const stored = reader.prepare('SELECT count(*) FROM statements WHERE id = ?').pluck()
  const seen: string[] = []
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1'), 'b.txt': doc('STATEMENT/23/2'), 'c.txt': doc('STATEMENT/23/3') })
  ingestPaths([dir], { db, extract: fakeExtractor(), onResult: (result) => seen.push(`${result.id ?? ''} ${String(stored.get(result.id))}`) })
  t.same(seen, ['statement-23-1 1', 'statement-23-2 1', 'statement-23-3 1'])
})

test('a file that makes SQLite roll back the whole group is failed alone and its neighbours still go in', async (t) => {
  const db = setup(t)
  // RAISE(ROLLBACK) ends the outer transaction, like a full disk or an I/O error can.
  db.exec(`CREATE TEMP TRIGGER abort_group BEFORE INSERT ON statements WHEN new.reference = 'STATEMENT/23/2'
    BEGIN SELECT RAISE(ROLLBACK, 'the transaction was rolled back'); END`)
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1'), 'b.txt': doc('STATEMENT/23/2'), 'c.txt': doc('STATEMENT/23/3') })
  const versionBefore = db.prepare('SELECT version FROM data_version').pluck().get() as number
  const report = ingestPaths([dir], { db, extract: fakeExtractor() })
  t.same(statuses(report.results), ['inserted statement-23-1', 'failed statement-23-2', 'inserted statement-23-3'])
  t.match(report.results[1]?.error, /rolled back/)
  t.same(db.prepare('SELECT id FROM statements ORDER BY id').pluck().all(), ['statement-23-1', 'statement-23-3'])
  t.equal(db.prepare("SELECT count(*) FROM paragraphs WHERE statement_id = 'statement-23-2'").pluck().get(), 0)
  t.equal(db.prepare('SELECT version FROM data_version').pluck().get(), versionBefore + 3, 'one version for the taxonomy and one per stored statement')
})

const searchSegments = (db: Database): number => db.prepare('SELECT count(DISTINCT segid) FROM paragraphs_fts_idx').pluck().get() as number

/** One batch per statement number: one transaction, so one search-index segment, each. */
function ingestOneFilePerBatch (t: { testdir: (files: Record<string, string>) => string }, db: Database, numbers: number[]): void {
  for (const n of numbers) ingestPaths([t.testdir({ 'a.txt': doc(`STATEMENT/23/${n}`) })], { db, extract: fakeExtractor() })
}

const FIVE_FILES = Object.fromEntries([5, 6, 7, 8, 9].map((n) => [`${n}.txt`, doc(`STATEMENT/23/${n}`)]))

test('a batch that writes most of the search index leaves it in one segment; a small one onto a large index does not rewrite it', async (t) => {
  const db = setup(t)
  // The first two batches were at least half of the index, and were merged.
  ingestOneFilePerBatch(t, db, [1, 2, 3])
  t.ok(searchSegments(db) > 1, `${searchSegments(db)} segments after three one-file batches`)
  const before = searchSegments(db)
  ingestOneFilePerBatch(t, db, [4])
  t.equal(searchSegments(db), before + 1, 'a batch of a quarter of the paragraphs adds its segment and merges nothing')
  ingestPaths([t.testdir(FIVE_FILES)], { db, extract: fakeExtractor() })
  t.equal(searchSegments(db), 1, 'five files onto four: merged')
  t.equal(db.prepare("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'Ukraine'").pluck().get(),
    db.prepare("SELECT count(*) FROM paragraphs WHERE text LIKE '%Ukraine%'").pluck().get(), 'search finds every paragraph it did before')
})

test('a merge of the search index that fails leaves the index as it was, and the batch stands', async (t) => {
  const db = setup(t)
  ingestOneFilePerBatch(t, db, [1, 2, 3])
  let reported = 0
  const report = ingestPaths([t.testdir(FIVE_FILES)], {
    db,
    extract: fakeExtractor(),
    // Once the last file is committed, no write can succeed: the merge fails as it would on a full disk.
    onResult: () => { if (++reported === 5) db.pragma('query_only = ON') }
  })
  t.same(report.totals, { files: 5, inserted: 5, updated: 0, unchanged: 0, parsed: 0, failed: 0 })
  t.ok(searchSegments(db) > 1, `not merged: ${searchSegments(db)} segments`)
  t.equal(db.prepare("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'Ukraine'").pluck().get(), 8, 'every statement is found')
  db.pragma('query_only = OFF')
  t.doesNotThrow(() => db.prepare("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('integrity-check')").run(), 'the index matches its table')
})

test('writingMs counts the time spent writing, not the time spent extracting; a dry run writes for 0 ms', async (t) => {
  const db = setup(t)
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1'), 'b.txt': doc('STATEMENT/23/2') })
  const fake = fakeExtractor()
  // Extraction that takes 40 ms a file, which the writing time must leave out.
  const slow = Object.assign((raw: string, source?: { sourceFile?: string | null }) => {
    const until = performance.now() + 40
    while (performance.now() < until);
    return fake(raw, source)
  }, { taxonomy: fake.taxonomy })
  const report = ingestPaths([dir], { db, extract: slow })
  t.equal(report.totals.inserted, 2)
  t.ok(report.writingMs > 0, 'the writes took some time')
  t.ok(report.elapsedMs - report.writingMs >= 80, `extraction is outside it (elapsed ${report.elapsedMs} ms, writing ${report.writingMs} ms)`)
  t.equal(ingestPaths([dir], { dryRun: true, extract: slow }).writingMs, 0)
})
