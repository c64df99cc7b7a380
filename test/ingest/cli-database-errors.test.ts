import { closeSync, openSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { NEW_FILE_PAGE_SIZE, openDatabase } from '../../src/db/open-database.js'
import { runIngestCli, type CliDeps } from '../../src/ingest/cli.js'
import { SAMPLE_TOPICS } from '../fixtures/extracted-document.js'
import { doc, fakeExtractor } from './fake-extractor.js'

function run (argv: string[], deps: Partial<CliDeps> = {}): { code: number, stdout: string, stderr: string } {
  let stdout = ''
  let stderr = ''
  const code = runIngestCli(argv, {
    stdout: { write: (chunk: string) => { stdout += chunk } },
    stderr: { write: (chunk: string) => { stderr += chunk } },
    env: {}
  }, { createExtractor: fakeExtractor, ...deps })
  return { code, stdout, stderr }
}

test('a text file given as the database is one clear error line and exit 1', async (t) => {
  const dir = t.testdir({ 'notes.db': 'These are my notes, not a database.\n'.repeat(200), 'a.txt': doc('STATEMENT/23/1') })
  const { code, stdout, stderr } = run(['--db', join(dir, 'notes.db'), join(dir, 'a.txt')])
  t.equal(code, 1)
  t.equal(stdout, '')
  t.equal(stderr, `error: cannot open database ${join(dir, 'notes.db')}: the file is not a SQLite database\n`)
})

test('a database whose first page is damaged is one clear error line and exit 1', async (t) => {
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1') })
  const path = join(dir, 'corrupt.db')
  openDatabase(path).close()
  // Keep the 100-byte header, so SQLite recognises the file, and scramble the schema page after it.
  const fd = openSync(path, 'r+')
  writeSync(fd, Buffer.alloc(400, 0xa5), 0, 400, 100)
  closeSync(fd)
  const { code, stderr } = run(['--db', path, join(dir, 'a.txt')])
  t.equal(code, 1)
  t.match(stderr, new RegExp(`^error: cannot open database ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the database file is corrupt\n$`))
})

test('a database under a path that is not a folder is one clear error line and exit 1', async (t) => {
  // Tests run as root, which chmod cannot lock out; a regular file where a
  // folder should be blocks root too (ENOTDIR).
  const dir = t.testdir({ 'plain-file': 'x', 'a.txt': doc('STATEMENT/23/1') })
  const { code, stdout, stderr } = run(['--db', join(dir, 'plain-file', 'x.db'), join(dir, 'a.txt')])
  t.equal(code, 1)
  t.equal(stdout, '')
  t.match(stderr, /^error: cannot open database .*plain-file\/x\.db: .+\n$/)
  t.equal(stderr.split('\n').length, 2, 'one line, no stack trace')
})

test('with --json a database that cannot be opened is also a JSON error on stdout', async (t) => {
  const dir = t.testdir({ 'notes.db': 'not a database\n'.repeat(200), 'a.txt': doc('STATEMENT/23/1') })
  const { code, stdout } = run(['--json', '--db', join(dir, 'notes.db'), join(dir, 'a.txt')])
  t.equal(code, 1)
  t.same(JSON.parse(stdout), { error: `cannot open database ${join(dir, 'notes.db')}: the file is not a SQLite database` })
})

test('a full disk is a failed line for the file that does not fit and exit 1', async (t) => {
  const dir = t.testdir({ 'big.txt': doc('STATEMENT/23/1', `VARIANT ${'Ukraine will prevail. '.repeat(8000)}`) })
  const path = join(dir, 'full.db')
  openDatabase(path).close()
  const pages = statSync(path).size / NEW_FILE_PAGE_SIZE
  // Room for the free pages the migrations left and 16 kB more, not for a 176 kB document.
  const { code, stdout } = run(['--db', path, dir], { openDatabase: (file) => openDatabase(file, { maxPageCount: pages + 16384 / NEW_FILE_PAGE_SIZE }) })
  t.equal(code, 1)
  t.match(stdout, `failed     ${join(dir, 'big.txt')}  cannot write: the disk or the database is full\n`)
})

test('a database too full even for the taxonomy is one error line and exit 1', async (t) => {
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1') })
  const path = join(dir, 'full.db')
  openDatabase(path).close()
  const pages = statSync(path).size / NEW_FILE_PAGE_SIZE
  // A taxonomy that needs new pages: the first write of the batch.
  const padding = Array.from({ length: 1000 }, (_, i) => ({ ...SAMPLE_TOPICS[0]!, slug: `filler-${i}`, description: 'x'.repeat(500) }))
  const { code, stderr } = run(['--db', path, dir], {
    openDatabase: (file) => openDatabase(file, { maxPageCount: pages }),
    createExtractor: () => Object.assign(fakeExtractor(), { taxonomy: [...SAMPLE_TOPICS, ...padding] })
  })
  t.equal(code, 1)
  t.equal(stderr, `error: cannot write to database ${path}: the disk or the database is full\n`)
})

test('extraction rules that cannot be loaded are one error line and exit 1', async (t) => {
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1') })
  const { code, stderr } = run(['--db', join(dir, 'x.db'), dir], {
    createExtractor: () => { throw new Error('data/topics.yaml: topics.3.slug: Required') }
  })
  t.equal(code, 1)
  t.equal(stderr, 'error: cannot load the extraction rules: data/topics.yaml: topics.3.slug: Required\n')
})
