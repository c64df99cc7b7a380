import { existsSync, readFileSync } from 'node:fs'
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
 * RSS; without it the figure is missing rather than guessed.
 */
export async function measureIngestion (cliPath: string, dbPath: string, corpusDir: string, corpusBytes: number, workDir: string): Promise<IngestionResult> {
  const rssFile = join(workDir, 'ingest-maxrss.txt')
  const cli = [process.execPath, cliPath, '--json', '--db', dbPath, corpusDir]
  const hasTime = existsSync(TIME)
  const [command, ...args] = hasTime ? [TIME, '-f', '%M', '-o', rssFile, ...cli] : cli
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
  const kb = hasTime && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN
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
    peakRssMb: Number.isFinite(kb) ? kb / 1024 : null
  }
}
