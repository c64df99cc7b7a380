import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { runIngestCli, type CliDeps } from '../../src/ingest/cli.js'
import { doc, fakeExtractor } from './fake-extractor.js'

interface Run { code: number, stdout: string, stderr: string }

function run (argv: string[], options: { env?: Record<string, string>, tty?: boolean, deps?: Partial<CliDeps> } = {}): Run {
  let stdout = ''
  let stderr = ''
  const code = runIngestCli(argv, {
    stdout: { write: (chunk: string) => { stdout += chunk }, isTTY: options.tty },
    stderr: { write: (chunk: string) => { stderr += chunk }, isTTY: options.tty },
    env: options.env ?? {}
  }, { createExtractor: fakeExtractor, ...options.deps })
  return { code, stdout, stderr }
}

test('--help prints the usage on stdout and exits 0', async (t) => {
  const { code, stdout, stderr } = run(['--help'])
  t.equal(code, 0)
  t.match(stdout, /^Usage: npm run ingest -- \[options\] PATH\.\.\./)
  t.match(stdout, /--dry-run/)
  t.equal(stderr, '')
})

test('an unknown option is a usage error with exit code 2', async (t) => {
  const { code, stdout, stderr } = run(['--frobnicate', 'x'])
  t.equal(code, 2)
  t.equal(stdout, '')
  t.equal(stderr, "error: Unknown option '--frobnicate'\nRun with --help for usage.\n")
})

test('a command without a path is a usage error', async (t) => {
  t.equal(run(['--db', 'x.db']).code, 2)
})

test('a --max-size that is not a whole number is a usage error', async (t) => {
  const { code, stderr } = run(['--max-size', '5MB', 'x'])
  t.equal(code, 2)
  t.match(stderr, /--max-size must be a positive whole number of bytes, not "5MB"/)
})

test('--encoding reads the files in that encoding; an encoding Node.js cannot decode is a usage error', async (t) => {
  const dir = t.testdir({ 'a.txt': Buffer.from(`${doc('STATEMENT/23/1')}\n\nCafé in Münster.\n`, 'latin1') })
  const plain = run(['--dry-run', dir])
  t.equal(plain.code, 1)
  t.match(plain.stdout, /not valid UTF-8/)
  const decoded = run(['--dry-run', '--encoding', 'windows-1252', dir])
  t.equal(decoded.code, 0, decoded.stdout)
  t.match(decoded.stdout, /a\.txt -> statement-23-1\n/)
  const unknown = run(['--encoding', 'klingon', dir])
  t.equal(unknown.code, 2)
  t.match(unknown.stderr, /--encoding: "klingon" is not an encoding this Node\.js can decode/)
})

test('each file gets one line and the batch a summary; exit 0 when all went in', async (t) => {
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1'), 'b.txt': doc('STATEMENT/23/2') })
  const { code, stdout, stderr } = run(['--db', join(dir, 'x.db'), dir])
  t.equal(code, 0)
  const lines = stdout.trimEnd().split('\n')
  t.equal(lines[0], 'inserted   statement-23-1  2 paragraphs, 3 sentences, 5 actors, 3 mentions, 2 topics, 1 commitment')
  t.match(lines[1], /^inserted {3}statement-23-2 /)
  t.match(lines[2], /^2 files: 2 inserted, 0 updated, 0 unchanged, 0 failed in \d+\.\d+ s \(\d+ statements\/s\)$/)
  t.equal(stderr, '')
})

test('a failed file gets a line with the file and the reason, and the exit code is 1', async (t) => {
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1'), 'empty.txt': '' })
  const { code, stdout } = run(['--db', join(dir, 'x.db'), dir])
  t.equal(code, 1)
  t.match(stdout, `failed     ${join(dir, 'empty.txt')}  the file is empty\n`)
  t.match(stdout, /2 files: 1 inserted, 0 updated, 0 unchanged, 1 failed/)
})

test('the database defaults to DATABASE_PATH', async (t) => {
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1') })
  t.equal(run([dir], { env: { DATABASE_PATH: join(dir, 'env.db') } }).code, 0)
  t.ok(existsSync(join(dir, 'env.db')))
})

test('--json prints one JSON report and nothing else on stdout', async (t) => {
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1'), 'bad.txt': 'no reference' })
  const { code, stdout } = run(['--json', '--db', join(dir, 'x.db'), dir])
  t.equal(code, 1)
  const report = JSON.parse(stdout) as Record<string, unknown>
  t.same(Object.keys(report), ['database', 'dryRun', 'files', 'totals', 'elapsedMs', 'writingMs', 'statementsPerSecond'])
  t.match(report, {
    database: join(dir, 'x.db'),
    dryRun: false,
    files: [
      { file: join(dir, 'a.txt'), status: 'inserted', id: 'statement-23-1', counts: { paragraphs: 2, commitments: 1 } },
      { file: join(dir, 'bad.txt'), status: 'failed', error: /^no body paragraphs/ }
    ],
    totals: { files: 2, inserted: 1, updated: 0, unchanged: 0, parsed: 0, failed: 1 },
    elapsedMs: Number
  })
})

test('--dry-run prints the extracted structure and does not create the database', async (t) => {
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1') })
  const { code, stdout } = run(['--dry-run', '--db', join(dir, 'x.db'), dir])
  t.equal(code, 0)
  t.match(stdout, /a\.txt -> statement-23-1\n {2}reference STATEMENT\/23\/1 \| type statement \| date 2023-01-10/)
  t.match(stdout, /p1 {3}salutation/)
  t.match(stdout, /p2-s1-c1 {2}commitment {2}extend: We will extend the sanctions against Russia tomorrow/)
  t.match(stdout, /1 file: 1 parsed, 0 failed in .* \(nothing written\)/)
  t.notOk(existsSync(join(dir, 'x.db')))
})

test('--dry-run --json carries each extracted document', async (t) => {
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1') })
  const report = JSON.parse(run(['--dry-run', '--json', dir]).stdout) as { database: unknown, files: Array<{ document: { id: string, paragraphs: unknown[] } }> }
  t.equal(report.database, null)
  t.equal(report.files[0]?.document.id, 'statement-23-1')
  t.equal(report.files[0]?.document.paragraphs.length, 2)
})

test('--quiet prints nothing when every file went in', async (t) => {
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1') })
  t.same(run(['--quiet', '--db', join(dir, 'x.db'), dir]), { code: 0, stdout: '', stderr: '' })
})

test('--quiet prints the failures and the summary on stderr', async (t) => {
  const dir = t.testdir({ 'a.txt': doc('STATEMENT/23/1'), 'empty.txt': '' })
  const { code, stdout, stderr } = run(['--quiet', '--db', join(dir, 'x.db'), dir])
  t.equal(code, 1)
  t.equal(stdout, '')
  t.match(stderr, /^failed {5}.*empty\.txt {2}the file is empty\n2 files: 1 inserted/)
})

test('with a progress bar on a terminal only the failures are printed, after the bar, then the summary', async (t) => {
  const files: Record<string, string> = { 'zz-empty.txt': '' }
  for (let i = 1; i <= 24; i++) files[`f${String(i).padStart(2, '0')}.txt`] = doc(`STATEMENT/23/${i}`)
  const dir = t.testdir(files)
  const { code, stdout, stderr } = run(['--db', join(dir, 'x.db'), dir], { tty: true })
  t.equal(code, 1)
  t.match(stdout, /^failed {5}.*zz-empty\.txt {2}the file is empty\n25 files: 24 inserted, 0 updated, 0 unchanged, 1 failed/)
  t.notMatch(stdout, /inserted {3}statement/)
  t.match(stderr, /ingesting \[.*\] 25\/25 files \| 1 failed/)
})
