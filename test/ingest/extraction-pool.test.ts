import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { test } from 'tap'
import { openDatabase } from '../../src/db/open-database.js'
import { createExtractor } from '../../src/extract/extract-document.js'
import { describeFailure } from '../../src/ingest/describe-failure.js'
import { createExtractionPool, type ExtractionOutcome, type Payload, type Payloads } from '../../src/ingest/extraction-pool.js'
import { ingestPaths, type FileResult } from '../../src/ingest/ingest-paths.js'
import { prepareOutcome, type PreparedDocument } from '../../src/ingest/prepared-document.js'
import { readSourceFile } from '../../src/ingest/read-source-file.js'
import { PROJECT_ROOT } from '../../src/paths.js'
import { snapshot } from './db-snapshot.js'

const SEED = readFileSync(join(PROJECT_ROOT, 'data/statements/statement-23-121.txt'), 'utf8')
const extract = createExtractor()

/** `count` seed-sized statements, plus an empty file and a text with no body that fail to extract. */
function batch (count: number): Record<string, string> {
  const files: Record<string, string> = { 'a-empty.txt': '', 'a-no-body.txt': 'STATEMENT/23/1\n' }
  for (let i = 0; i < count; i++) files[`s-${String(i).padStart(4, '0')}.txt`] = SEED.replace('STATEMENT/23/121', `STATEMENT/23/${7000 + i}`)
  return files
}

const lines = (results: FileResult[]): string[] => results.map((r) => `${r.file} ${r.status} ${r.id ?? ''} ${r.error ?? ''} ${JSON.stringify(r.counts)}`)

/** What ingestPaths does on its own thread. */
function extractInThread (file: string): ExtractionOutcome {
  try {
    return { doc: extract(readSourceFile(file).text, { sourceFile: basename(file) }) }
  } catch (error) {
    return { error: describeFailure(error) }
  }
}

/** Blocks the thread: a slow main thread lets the worker, once loaded, take its share. */
const sleep = (ms: number): void => { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms) }

test('ingestion with the worker gives the same results, in file order, and stores the same rows', { timeout: 120_000 }, async (t) => {
  const dir = t.testdir(batch(30))
  const alone = openDatabase(':memory:')
  const pooled = openDatabase(':memory:')
  t.teardown(() => { alone.close(); pooled.close() })
  const expected = ingestPaths([dir], { db: alone, extract, workerMinFiles: Infinity })
  const actual = ingestPaths([dir], { db: pooled, extract, workerMinFiles: 1 })
  t.same(lines(actual.results), lines(expected.results))
  t.same(actual.totals, { files: 32, inserted: 30, updated: 0, unchanged: 0, parsed: 0, failed: 2 })
  t.same(snapshot(pooled), snapshot(alone))
})

test('the worker reads files in the encoding the batch names, as the main thread does', { timeout: 120_000 }, async (t) => {
  const names = Object.keys(batch(60)).sort()
  const files: Record<string, Buffer> = {}
  for (const [name, text] of Object.entries(batch(60))) files[name] = Buffer.from(text.replace('Brussels', 'Bruxelles – Brüssel'), 'latin1')
  const dir = t.testdir(files)
  const paths = names.map((name) => join(dir, name))
  const inThread = (file: string): ExtractionOutcome => {
    try {
      return { doc: extract(readSourceFile(file, { encoding: 'windows-1252' }).text, { sourceFile: basename(file) }) }
    } catch (error) {
      return { error: describeFailure(error) }
    }
  }
  const expected = paths.map(inThread)
  let here = 0
  // A slow main thread, so that the worker, once loaded, extracts most files.
  const pool = createExtractionPool(paths, { payload: 'document', encoding: 'windows-1252', extractHere: (file) => { here += 1; sleep(50); return inThread(file) }, version: extract.version })
  t.teardown(() => pool.close())
  const outcomes = paths.map((_file, index) => pool.take(index))
  t.ok(here < paths.length, `the main thread extracted ${here} of ${paths.length} files`)
  t.same(outcomes, expected)
  t.equal(outcomes.filter((outcome) => outcome.doc !== undefined).length, 60, 'every statement decoded and extracted')
})

/** What ingestPaths hands the writer for a file. */
const prepareInThread = (file: string): ExtractionOutcome<PreparedDocument> => prepareOutcome(extractInThread(file))
const IN_THREAD: Record<Payload, (file: string) => ExtractionOutcome<Payloads[Payload]>> = { document: extractInThread, prepared: prepareInThread }

for (const payload of ['document', 'prepared'] as const) {
  test(`the worker extracts files ahead of a busy main thread and posts the outcome (${payload}) the main thread would give`, { timeout: 120_000 }, async (t) => {
    const dir = t.testdir(batch(150))
    const files = Object.keys(batch(150)).sort().map((name) => join(dir, name))
    const expected = files.map(IN_THREAD[payload])
    let here = 0
    const pool = createExtractionPool(files, { payload, extractHere: (file) => { here += 1; sleep(50); return IN_THREAD[payload](file) }, version: extract.version })
    t.teardown(() => pool.close())
    const outcomes = files.map((_file, index) => pool.take(index))
    t.ok(here < files.length, `the main thread extracted ${here} of ${files.length} files`)
    t.strictSame(outcomes, expected)
    t.match(outcomes[0]?.error, /empty/)
  })
}

test('while the worker holds the wanted file, the main thread extracts later files, with the same outcomes', { timeout: 120_000 }, async (t) => {
  const dir = t.testdir(batch(600))
  const files = Object.keys(batch(600)).sort().map((name) => join(dir, name))
  const expected = files.map(extractInThread)
  let wanted = 0
  const ahead: number[] = []
  const pool = createExtractionPool(files, {
    payload: 'document',
    extractHere: (file) => {
      if (files.indexOf(file) > wanted) ahead.push(files.indexOf(file))
      return extractInThread(file)
    },
    version: extract.version
  })
  t.teardown(() => pool.close())
  // Let the worker load and fill its window, so that the main thread, which
  // writes nothing here, catches up with it and finds it busy.
  sleep(2000)
  const outcomes = files.map((_file, index) => { wanted = index; return pool.take(index) })
  t.ok(ahead.length > 0, `the main thread extracted ${ahead.length} files ahead of the one it waited for`)
  t.same(outcomes, expected)
})

test('a worker that cannot build the same extractor leaves all the work to the main thread', { timeout: 120_000 }, async (t) => {
  const dir = t.testdir(batch(5))
  const files = Object.keys(batch(5)).sort().map((name) => join(dir, name))
  let here = 0
  const pool = createExtractionPool(files, { payload: 'document', extractHere: () => { here += 1; sleep(500); return { error: 'here' } }, version: 'another version' })
  t.teardown(() => pool.close())
  t.same(files.map((_file, index) => pool.take(index).error), files.map(() => 'here'))
  t.equal(here, files.length)
})

test('files must be taken in order', async (t) => {
  const pool = createExtractionPool(['a.txt', 'b.txt'], { payload: 'document', extractHere: () => ({ error: 'x' }), version: 'v' })
  t.teardown(() => pool.close())
  t.throws(() => pool.take(1), RangeError)
})

test('the CLI run from source with tsx uses the worker for a large batch and exits', { timeout: 300_000 }, async (t) => {
  const root = t.testdir({ docs: batch(200) })
  const cli = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src/ingest-cli.ts'), '--json', '--db', join(root, 'x.db'), join(root, 'docs')],
    { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 240_000 })
  t.equal(cli.signal, null, 'exited on its own')
  t.equal(cli.status, 1, cli.stderr)
  const report = JSON.parse(cli.stdout) as { totals: Record<string, number>, files: Array<{ file: string, status: string, error?: string }> }
  t.same(report.totals, { files: 202, inserted: 200, updated: 0, unchanged: 0, parsed: 0, failed: 2 })
  t.same(report.files.slice(0, 2).map((file) => file.error), [extractInThread(join(root, 'docs/a-empty.txt')).error, extractInThread(join(root, 'docs/a-no-body.txt')).error])
})
