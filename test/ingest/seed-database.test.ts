import { test } from 'tap'
import { openDatabase } from '../../src/db/open-database.js'
import { seedIfEmpty } from '../../src/ingest/seed-database.js'
import { doc, fakeExtractor } from './fake-extractor.js'

test('an empty database is filled from the seed folder', async (t) => {
  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  const report = await seedIfEmpty(db, t.testdir({ 'a.txt': doc('STATEMENT/23/1') }), fakeExtractor)
  t.equal(report?.totals.inserted, 1)
  t.equal(db.prepare('SELECT count(*) FROM statements').pluck().get(), 1)
})

test('a database with statements is left alone and the extractor is not even created', async (t) => {
  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  await seedIfEmpty(db, t.testdir({ 'a.txt': doc('STATEMENT/23/1') }), fakeExtractor)
  let created = false
  const report = await seedIfEmpty(db, t.testdir({ 'b.txt': doc('STATEMENT/23/2') }), () => { created = true; return fakeExtractor() })
  t.equal(report, null)
  t.equal(created, false)
  t.equal(db.prepare('SELECT count(*) FROM statements').pluck().get(), 1)
})
