import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { test } from 'tap'
import { PROJECT_ROOT } from '../../src/paths.js'

const FILES = 120
const KILL_AFTER = 20
const SEED = readFileSync(join(PROJECT_ROOT, 'data/statements/statement-23-121.txt'), 'utf8')
const CLI = ['--import', 'tsx', join(PROJECT_ROOT, 'src/ingest-cli.ts')]

/** Runs the real CLI until KILL_AFTER files are reported, then kills it with SIGKILL. */
function runAndKill (args: string[]): Promise<{ linesSeen: number, signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, ...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let linesSeen = 0
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      linesSeen += chunk.split('\n').filter((line) => /^(inserted|failed) /.test(line)).length
      if (linesSeen >= KILL_AFTER) child.kill('SIGKILL')
    })
    child.on('error', reject)
    child.on('exit', (_code, signal) => resolve({ linesSeen, signal }))
  })
}

test('a batch killed with SIGKILL leaves a consistent database and a second run completes it', { timeout: 600_000 }, async (t) => {
  const files: Record<string, string> = {}
  for (let i = 0; i < FILES; i++) {
    files[`statement-${String(i).padStart(4, '0')}.txt`] = SEED.replace('STATEMENT/23/121', `STATEMENT/23/${5000 + i}`)
  }
  const root = t.testdir({ docs: files })
  const dir = join(root, 'docs')
  const path = join(root, 'killed.db')

  const killed = await runAndKill(['--db', path, dir])
  t.equal(killed.signal, 'SIGKILL', 'the process was killed, not finished')

  const db = new BetterSqlite3(path)
  const stored = db.prepare('SELECT count(*) FROM statements').pluck().get() as number
  t.ok(stored >= KILL_AFTER - 1 && stored < FILES, `killed part way: ${stored} statements stored`)
  t.equal(db.pragma('integrity_check', { simple: true }), 'ok')
  t.same(db.pragma('foreign_key_check'), [], 'no orphan rows')
  t.doesNotThrow(() => db.prepare("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('integrity-check')").run(), 'the full-text index matches its table')
  t.same(db.prepare('SELECT DISTINCT (SELECT count(*) FROM paragraphs p WHERE p.statement_id = s.id) FROM statements s').pluck().all(), [10],
    'every stored statement has all of its paragraphs')
  const perStatement = db.prepare('SELECT DISTINCT (SELECT count(*) FROM sentences x WHERE x.statement_id = s.id) FROM statements s').pluck().all() as number[]
  t.ok(perStatement.length === 1 && (perStatement[0] ?? 0) > 10, `every stored statement has all of its sentences: ${perStatement.join(', ')}`)
  t.equal(db.prepare('SELECT count(*) FROM sentences s JOIN paragraphs p ON p.id = s.paragraph_id WHERE s.start < p.start OR s."end" > p."end"').pluck().get(), 0,
    'every sentence lies inside its paragraph')
  t.equal(db.prepare('SELECT version FROM data_version').pluck().get(), stored + 1, 'one version per statement plus the taxonomy')
  db.close()

  const rerun = spawnSync(process.execPath, [...CLI, '--json', '--db', path, dir], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 500_000 })
  const report = JSON.parse(rerun.stdout) as { totals: Record<string, number>, files: Array<{ status: string, error?: string }> }
  t.equal(rerun.status, 0, `second run: ${rerun.stderr}${JSON.stringify(report.files.filter((file) => file.status === 'failed'))}`)
  // The statements stored before the kill come back unchanged, or updated when
  // the extractor version moved in between (it hashes data/*.yaml): never twice.
  const { unchanged = 0, updated = 0, ...rest } = report.totals
  t.same(rest, { files: FILES, inserted: FILES - stored, parsed: 0, failed: 0 })
  t.equal(unchanged + updated, stored)
  const after = new BetterSqlite3(path, { readonly: true })
  t.teardown(() => after.close())
  t.equal(after.prepare('SELECT count(*) FROM statements').pluck().get(), FILES)
})
