import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { PROJECT_ROOT } from '../../src/paths.js'
import { endpointsFor } from '../../scripts/bench/api-run.js'
import { loadParagraphPool } from '../../scripts/bench/source-paragraphs.js'
import { synthesiseCorpus } from '../../scripts/bench/synthesise-corpus.js'

// The whole bench builds, ingests and starts four servers: slow on a busy
// machine. Nothing here is timed; the figures are not asserted.
t.setTimeout(600_000)

t.test('the same seed writes the same corpus, with one unique reference per statement', async (t) => {
  const pool = loadParagraphPool()
  const dir = t.testdir()
  const a = synthesiseCorpus(join(dir, 'a'), 40, pool)
  const b = synthesiseCorpus(join(dir, 'b'), 40, pool)
  const files = readdirSync(a.dir).sort()
  t.equal(files.length, 40)
  t.same(readdirSync(b.dir).sort(), files)
  for (const file of files) t.equal(readFileSync(join(b.dir, file), 'utf8'), readFileSync(join(a.dir, file), 'utf8'), file)
  const references = files.map((file) => /^STATEMENT\/\d\d\/\d{4}$/m.exec(readFileSync(join(a.dir, file), 'utf8'))?.[0])
  t.equal(new Set(references).size, 40, 'every file has its own reference line')
  t.match(readFileSync(join(a.dir, files[0] as string), 'utf8'), /\n\n[A-Z][a-z]+, \d{1,2} [A-Z][a-z]+ 20\d\d\n\n[\s\S]+\nPress contacts:\n/)
})

t.test('npm run bench with a tiny corpus prints the table with every row and writes it to the report file', async (t) => {
  const out = join(t.testdir(), 'BENCHMARKS.md')
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--statements', '30', '--duration', '1', '--out', out], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 540_000
  })
  t.equal(result.status, 0, result.stderr.slice(-3000))
  const stdout = result.stdout
  t.match(stdout, /^\| Measure \| Figure \| p50 ms \| p99 ms \| uncached p50 \/ p99 ms \| Target \| Result \|$/m)
  const measures = [
    ...endpointsFor('x').map((endpoint) => `${endpoint.name} (`),
    'full-text search p50',
    'GET /v1/paragraphs?limit=50, page',
    'ingestion of 30 statements',
    'ingestion peak RSS',
    'cold start',
    'API server RSS after the load'
  ]
  const rows = stdout.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Measure'))
  for (const measure of measures) {
    const row = rows.find((line) => line.startsWith(`| ${measure.replaceAll('|', '\\|')}`))
    t.ok(row, `a row for ${measure}`)
    t.match(row, /\| (ok|MISSED: .+|n\/a) \|$/, `${measure} has a verdict`)
  }
  t.match(stdout, /ingestion of 30 statements[^\n]*, 0 failed/, 'the corpus ingests without a failure')
  t.match(stdout, /ingestion of 30 statements[^\n]*of which writing \d+\.\d s: [\d,]+ statements\/s of writing alone\)/, 'the writing time and its rate')
  if (existsSync('/usr/bin/time')) {
    t.match(stdout, /ingestion of 30 statements[^\n]*; CPU \d+\.\d\d ms a statement, user \+ system \(\d+ cores give \d+\.\d ms at 1,000\/s\)/, 'the CPU time a statement, against the budget')
  }

  const report = readFileSync(out, 'utf8')
  t.match(report, /^# Benchmarks\n/)
  t.match(report, new RegExp(`${cpus().length} cores, .+, Node ${process.version.replaceAll('.', '\\.')}`))
  t.match(report, /--statements 30 --duration 1 --connections 10/)
  for (const row of rows) t.ok(report.includes(row), 'the file holds the printed row')
})
