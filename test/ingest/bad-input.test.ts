import { join } from 'node:path'
import { test } from 'tap'
import { openDatabase } from '../../src/db/open-database.js'
import { ingestPaths } from '../../src/ingest/ingest-paths.js'
import { snapshot } from './db-snapshot.js'
import { doc, fakeExtractor } from './fake-extractor.js'

// Each bad input: the file's content (or none, for a path that does not exist)
// and the reason its report line must give.
const CASES: Array<{ name: string, content?: string | Buffer, error: RegExp }> = [
  { name: 'missing.txt', error: /^no such file or directory$/ },
  { name: 'empty.txt', content: '', error: /^the file is empty$/ },
  { name: 'blank.txt', content: '\n   \n\t\n', error: /^the file has only whitespace$/ },
  { name: 'binary.txt', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), error: /^the file is binary, not text$/ },
  { name: 'latin1.txt', content: Buffer.from('REF STATEMENT/23/9\nBrüssel, 22. März 2016\n', 'latin1'), error: /^the file is not valid UTF-8 text$/ },
  { name: 'page.txt', content: '<!doctype html><html><body><p>REF STATEMENT/23/9</p></body></html>', error: /^the file is an HTML page/ },
  { name: 'huge.txt', content: 'x'.repeat(3072), error: /^the file is 3\.0 kB, over the limit of 2\.0 kB$/ },
  { name: 'no-body.txt', content: 'Just a title line\n', error: /^no body paragraphs/ }
]

for (const { name, content, error } of CASES) {
  test(`a bad input (${name}) is one failed line naming the file and the reason, and the database is unchanged`, async (t) => {
    const dir = t.testdir({ ...(content === undefined ? {} : { [name]: content }), 'good.txt': doc('STATEMENT/23/1') })
    const db = openDatabase(join(dir, 'test.db'))
    t.teardown(() => db.close())
    ingestPaths([join(dir, 'good.txt')], { db, extract: fakeExtractor() })
    const before = snapshot(db)
    const report = ingestPaths([join(dir, name)], { db, extract: fakeExtractor(), maxBytes: 2048 })
    t.equal(report.results.length, 1)
    t.equal(report.results[0]?.status, 'failed')
    t.equal(report.results[0]?.file, join(dir, name))
    t.match(report.results[0]?.error, error)
    t.same(snapshot(db), before)
  })
}

test('a full database is a failed file in the report, not a crash, and the batch goes on', async (t) => {
  const dir = t.testdir({
    'a-big.txt': doc('STATEMENT/23/1', `VARIANT ${'Ukraine will prevail. '.repeat(8000)}`),
    'b-small.txt': doc('STATEMENT/23/2')
  })
  const path = join(dir, 'full.db')
  openDatabase(path).close()
  // Room for the schema, its free pages (those the migrations' table rebuilds
  // left: 136 kB with 8 kB pages) and 16 kB more, not for a 176 kB document.
  const schema = openDatabase(path)
  const pages = schema.pragma('page_count', { simple: true }) as number
  const pageSize = schema.pragma('page_size', { simple: true }) as number
  schema.close()
  const db = openDatabase(path, { maxPageCount: pages + 16384 / pageSize })
  t.teardown(() => db.close())
  const report = ingestPaths([dir], { db, extract: fakeExtractor() })
  t.equal(report.results[0]?.status, 'failed')
  t.equal(report.results[0]?.error, 'cannot write: the disk or the database is full')
  t.equal(report.results[1]?.status, 'inserted', 'a document that fits still goes in')
  t.same(db.prepare('SELECT id FROM statements').pluck().all(), ['statement-23-2'], 'nothing of the big document was kept')
  t.equal(db.pragma('integrity_check', { simple: true }), 'ok')
})
