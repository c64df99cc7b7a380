import type { ExtractedDocument } from '../extract/types.js'
import type { FileCounts, FileResult, IngestReport } from './ingest-paths.js'

const STATUS_WIDTH = 'unchanged'.length

/** `inserted   statement-23-121  10 paragraphs, ...` or `failed     path/x.txt  the file is empty`. */
export function formatFileLine (result: FileResult): string {
  const status = result.status.padEnd(STATUS_WIDTH)
  if (result.status === 'failed') return `${status}  ${result.file}  ${result.error ?? 'failed'}`
  return `${status}  ${result.id ?? result.file}  ${result.counts === undefined ? '' : formatCounts(result.counts)}`.trimEnd()
}

export function formatCounts (counts: FileCounts): string {
  return (Object.entries(counts) as Array<[keyof FileCounts, number]>)
    .map(([name, value]) => `${value} ${value === 1 ? name.replace(/s$/, '') : name}`)
    .join(', ')
}

/** `12 files: 10 inserted, 1 updated, 0 unchanged, 1 failed in 0.4 s (30 statements/s)` */
export function formatSummary (report: IngestReport): string {
  const { totals, elapsedMs } = report
  const files = `${totals.files} ${totals.files === 1 ? 'file' : 'files'}`
  const outcomes = report.dryRun
    ? `${totals.parsed} parsed, ${totals.failed} failed`
    : `${totals.inserted} inserted, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.failed} failed`
  const tail = report.dryRun ? 'nothing written' : `${Math.round(statementsPerSecond(report))} statements/s`
  return `${files}: ${outcomes} in ${formatSeconds(elapsedMs)} (${tail})`
}

/** Files that went through (written, unchanged or parsed) per second of the whole batch. */
export function statementsPerSecond (report: IngestReport): number {
  const done = report.totals.files - report.totals.failed
  return report.elapsedMs > 0 ? done / (report.elapsedMs / 1000) : 0
}

function formatSeconds (ms: number): string {
  const seconds = ms / 1000
  return `${seconds < 1 ? seconds.toFixed(2) : seconds.toFixed(1)} s`
}

/**
 * The --json report. Field names are part of the CLI's contract: scripts read
 * `totals.failed` and `files[].status`. A dry run adds each file's extracted
 * document.
 */
export function jsonReport (report: IngestReport, database: string | null, documents?: Map<string, ExtractedDocument>): unknown {
  return {
    database,
    dryRun: report.dryRun,
    files: report.results.map((result) => ({ ...result, ...(documents?.has(result.file) === true ? { document: documents.get(result.file) } : {}) })),
    totals: report.totals,
    elapsedMs: Math.round(report.elapsedMs),
    writingMs: Math.round(report.writingMs),
    statementsPerSecond: Math.round(statementsPerSecond(report))
  }
}
