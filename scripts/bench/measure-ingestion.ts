import { existsSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { run } from './processes.js'

export interface IngestionResult {
  files: number
  inserted: number
  failed: number
  /** The first few failures, `file: reason`. */
  failures: string[]
  /** Whole child process, start to exit: what a user waits for. */
  wallMs: number
  /** The CLI's own batch time (after start-up: rules loaded, database open). */
  batchMs: number
  /** Of the batch, the time spent writing to the database: however fast extraction gets, the batch takes at least this. */
  writingMs: number
  statementsPerSecond: number
  mbPerSecond: number
  peakRssMb: number | null
  /**
   * The child's CPU time (user + system, both threads) per statement stored.
   * Set against what the cores give at the target rate, it says whether a
   * miss is the budget of CPU or time spent waiting.
   */
  cpuMsPerStatement: number | null
  /** Cores the ingest process could use. */
  cores: number
}

interface CliReport {
  files: Array<{ file: string, status: string, error?: string }>
  totals: { files: number, inserted: number, failed: number }
  elapsedMs: number
  writingMs: number
}

const TIME = '/usr/bin/time'

/**
 * Ingests the corpus folder with the built ingest CLI in a child process, as
 * a user would (`--json` for the counts). GNU time reports the child's peak
 * RSS and CPU time; without it those figures are missing rather than guessed.
 */
export async function measureIngestion (cliPath: string, dbPath: string, corpusDir: string, corpusBytes: number, workDir: string): Promise<IngestionResult> {
  const rssFile = join(workDir, 'ingest-maxrss.txt')
  const cli = [process.execPath, cliPath, '--json', '--db', dbPath, corpusDir]
  const hasTime = existsSync(TIME)
  const [command, ...args] = hasTime ? [TIME, '-f', '%M %U %S', '-o', rssFile, ...cli] : cli
  const started = performance.now()
  const result = await run(command as string, args)
  const wallMs = performance.now() - started
  let report: CliReport
  try {
    report = JSON.parse(result.stdout) as CliReport
  } catch {
    throw new Error(`the ingest CLI did not print a JSON report (exit ${result.code}):\n${result.stderr.slice(-2000)}`)
  }
  const failures = report.files.filter((file) => file.status === 'failed').slice(0, 5).map((file) => `${file.file}: ${file.error ?? 'failed'}`)
  const done = report.totals.files - report.totals.failed
  // The last line is GNU time's "peak-kB user-s system-s" (a killed child adds a line before it).
  const [kb, userS, systemS] = hasTime && existsSync(rssFile)
    ? (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number)
    : []
  const cpuMs = ((userS ?? NaN) + (systemS ?? NaN)) * 1000
  return {
    files: report.totals.files,
    inserted: report.totals.inserted,
    failed: report.totals.failed,
    failures,
    wallMs,
    batchMs: report.elapsedMs,
    writingMs: report.writingMs,
    statementsPerSecond: done / (wallMs / 1000),
    mbPerSecond: corpusBytes / 1e6 / (wallMs / 1000),
    peakRssMb: kb !== undefined && Number.isFinite(kb) ? kb / 1024 : null,
    cpuMsPerStatement: Number.isFinite(cpuMs) && done > 0 ? cpuMs / done : null,
    cores: availableParallelism()
  }
}
