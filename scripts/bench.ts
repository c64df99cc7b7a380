// npm run bench -- [--statements N] [--duration S] [--connections C] [--out FILE] [--keep]
// The performance benchmark of issue 5. Everything runs on 127.0.0.1, every
// load is bounded in time, and every child process is stopped at the end.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PROJECT_ROOT } from '../src/paths.js'
import { runApiMeasurements } from './bench/api-run.js'
import { measureIngestion } from './bench/measure-ingestion.js'
import { parseBenchArgs, USAGE, type BenchOptions } from './bench/options.js'
import { killAllChildren, run } from './bench/processes.js'
import { currentLoad, formatRun, formatTable, machineLine, writeReport } from './bench/report.js'
import { measureColdStarts } from './bench/servers.js'
import { loadParagraphPool } from './bench/source-paragraphs.js'
import { synthesiseCorpus } from './bench/synthesise-corpus.js'
import { buildRows, type BenchResults } from './bench/targets.js'

const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), 'bench')
const DIST_DIR = join(PROJECT_ROOT, 'dist')
const COLD_STARTS = 3

const log = (line: string): void => { process.stderr.write(`bench: ${line}\n`) }

/** `npm run build`, as `npm start` does; type errors elsewhere in the tree are reported but do not stop a run whose entry points were emitted. */
async function build (notes: string[]): Promise<void> {
  log('npm run build')
  const result = await run('npm', ['run', 'build'], { cwd: PROJECT_ROOT })
  const needed = ['src/server.js', 'src/ingest-cli.js', 'src/app.js'].map((file) => join(DIST_DIR, file))
  const missing = needed.filter((file) => !existsSync(file))
  if (missing.length > 0) throw new Error(`the build did not produce ${missing.join(', ')}:\n${result.stdout.slice(-3000)}${result.stderr.slice(-2000)}`)
  if (result.code !== 0) {
    const note = 'npm run build reported type errors; the emitted JavaScript was measured anyway'
    notes.push(note)
    log(`${note}:\n${result.stdout.slice(-1500)}`)
  }
}

async function gitCommit (): Promise<string> {
  const head = await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT })
  const status = await run('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: PROJECT_ROOT })
  if (head.code !== 0) return 'unknown'
  return `${head.stdout.trim()}${status.stdout.trim() === '' ? '' : ' (with uncommitted changes)'}`
}

async function bench (options: BenchOptions): Promise<void> {
  const date = new Date()
  const loadBefore = currentLoad()
  const notes: string[] = []
  log(`${machineLine()}; load average ${loadBefore.toFixed(2)}`)
  if (loadBefore > 1) notes.push(`the machine was busy at the start (load average ${loadBefore.toFixed(2)}); figures may be noisy`)
  if (!options.skipBuild) await build(notes)

  const workDir = mkdtempSync(join(tmpdir(), 'statement-bench-'))
  try {
    const pool = loadParagraphPool()
    for (const dir of pool.missing) notes.push(`source folder ${dir} is missing; the corpus was built from the others`)
    const corpus = synthesiseCorpus(join(workDir, 'corpus'), options.statements, pool)
    log(`corpus: ${corpus.files} statements, ${(corpus.bytes / 1e6).toFixed(1)} MB from ${pool.body.length} source paragraphs, in ${corpus.dir}`)

    const databasePath = join(workDir, 'bench.db')
    const ingestion = await measureIngestion(join(DIST_DIR, 'src', 'ingest-cli.js'), databasePath, corpus.dir, corpus.bytes, workDir)
    log(`ingestion: ${Math.round(ingestion.statementsPerSecond)} statements/s, ${ingestion.failed} failed, peak RSS ${ingestion.peakRssMb?.toFixed(0) ?? '?'} MB`)

    const api = await runApiMeasurements({
      distDir: DIST_DIR,
      benchDir: BENCH_DIR,
      databasePath,
      workDir,
      fallbackId: corpus.sampleIds[0] ?? 'statement-23-121',
      duration: options.duration,
      connections: options.connections,
      log
    })
    const coldStartsMs = await measureColdStarts(DIST_DIR, databasePath, COLD_STARTS)
    log(`cold starts: ${coldStartsMs.map(Math.round).join(', ')} ms`)

    const results: BenchResults = { ingestion, ...api, coldStartsMs }
    const rows = buildRows(results)
    const loadAfter = currentLoad()
    // Not a note: the one-minute load average at the end is mostly the run's
    // own (API, bare twin and autocannon on 2 cores), so it says little about
    // other work; the machine line records it.
    const out = resolve(options.out)
    writeReport(out, formatRun(rows, { date, options, commit: await gitCommit(), loadBefore, loadAfter, notes }))
    process.stdout.write(`${formatTable(rows)}\n\n`)
    for (const note of notes) process.stdout.write(`Note: ${note}\n`)
    process.stdout.write(`Written to ${out}${options.keep ? `; temporary files kept in ${workDir}` : ''}\n`)
  } finally {
    if (!options.keep) rmSync(workDir, { recursive: true, force: true })
  }
}

const parsed = parseBenchArgs(process.argv.slice(2))
if (parsed.kind === 'help') {
  process.stdout.write(USAGE)
} else if (parsed.kind === 'error') {
  process.stderr.write(`error: ${parsed.message}\nRun with --help for usage.\n`)
  process.exitCode = 2
} else {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAllChildren()
      process.exit(130)
    })
  }
  bench(parsed.options).catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  })
}
