import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import type { BenchOptions } from './options.js'
import type { Row } from './targets.js'
import { ROUNDS } from './load.js'

export interface RunContext {
  date: Date
  options: BenchOptions
  commit: string
  /** 1-minute load average before and after the run: a busy machine explains noisy figures. */
  loadBefore: number
  loadAfter: number
  notes: string[]
}

const TITLE = '# Benchmarks'
const INTRO = `${TITLE}

Written by \`npm run bench\` (scripts/bench.ts); the newest run comes first.
Each run: a synthetic corpus recombined from the real documents (seeded, so
the same N gives the same corpus), ingested by the built CLI in one process,
then the built API and a bare Fastify server that answers the same status,
response headers and body bytes from memory (each run's "Bare twin" line says
which headers) are loaded alternately with autocannon on 127.0.0.1 (runs with a
"Rounds" line: that many alternating pairs per endpoint, req/s averaged, median
p50, worst p99; earlier runs: one pair). p50/p99 columns
are autocannon's (1 ms resolution) unless the row says otherwise; "uncached"
is the same request against the API built with its response cache off, one
request at a time over a kept-alive connection.
`

const BARE_TWIN = 'sends the response headers recorded from the API (security, CORS, Cache-Control, Vary, ETag, content type; about 19) with the body. ' +
  'Runs without this line had a lighter twin that sent only Content-Type and ETag, so their ratios are not comparable one to one.'

const COLUMNS: Array<[keyof Row, string]> = [
  ['measure', 'Measure'], ['figure', 'Figure'], ['p50', 'p50 ms'], ['p99', 'p99 ms'],
  ['uncached', 'uncached p50 / p99 ms'], ['target', 'Target'], ['result', 'Result']
]

const cell = (text: string): string => text.replaceAll('|', '\\|')

export function formatTable (rows: Row[]): string {
  const header = `| ${COLUMNS.map(([, title]) => title).join(' | ')} |`
  const rule = `|${COLUMNS.map(() => '---').join('|')}|`
  const lines = rows.map((row) => `| ${COLUMNS.map(([key]) => cell(row[key])).join(' | ')} |`)
  return [header, rule, ...lines].join('\n')
}

export function machineLine (): string {
  const cores = cpus()
  return `${cores.length} cores, ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`
}

export function formatRun (rows: Row[], context: RunContext): string {
  const { options: o } = context
  const missed = rows.filter((row) => row.result.startsWith('MISSED')).length
  return [
    `## ${context.date.toISOString().replace(/\.\d+Z$/, 'Z')}, ${o.statements.toLocaleString('en-GB')} statements`,
    '',
    `- Machine: ${machineLine()}; load average ${context.loadBefore.toFixed(2)} before, ${context.loadAfter.toFixed(2)} after`,
    `- Commit: ${context.commit}`,
    `- Bare twin: ${BARE_TWIN}`,
    `- Options: --statements ${o.statements} --duration ${o.duration} --connections ${o.connections}; API started with RATE_LIMIT=0 LOG_LEVEL=warn`,
    `- Rounds: ${ROUNDS} alternating API/bare pairs of ${o.duration} s per endpoint`,
    ...context.notes.map((note) => `- Note: ${note}`),
    `- Targets missed: ${missed === 0 ? 'none' : missed}`,
    '',
    formatTable(rows),
    ''
  ].join('\n')
}

/** Puts the run at the top of the file, under the introduction, keeping older runs. */
export function writeReport (path: string, run: string): void {
  let older = ''
  if (existsSync(path)) {
    const previous = readFileSync(path, 'utf8')
    const first = previous.indexOf('\n## ')
    if (previous.startsWith(TITLE) && first !== -1) older = previous.slice(first + 1)
  }
  writeFileSync(path, `${INTRO}\n${run}${older === '' ? '' : `\n${older}`}`)
}

export function currentLoad (): number {
  return loadavg()[0] ?? 0
}
