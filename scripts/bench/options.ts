import { parseArgs } from 'node:util'

export const USAGE = `Usage: npm run bench -- [options]

Builds a synthetic corpus, ingests it, loads the built API and a bare Fastify
twin on 127.0.0.1 with autocannon, and writes the results to BENCHMARKS.md.

Options:
  --statements N    synthetic statements to ingest (default 10000)
  --duration S      seconds per measured load, per side and round (3 rounds; default 5)
  --connections C   concurrent connections per load (default 10)
  --out FILE        where the report goes (default BENCHMARKS.md); older runs are kept below
  --keep            keep the temporary folder (corpus, database, fixtures)
  --skip-build      use dist/ as it is instead of running npm run build first
  -h, --help        print this help and exit
`

export interface BenchOptions {
  statements: number
  duration: number
  connections: number
  out: string
  keep: boolean
  skipBuild: boolean
}

export type ParsedBenchArgs = { kind: 'help' } | { kind: 'error', message: string } | { kind: 'run', options: BenchOptions }

function positiveInteger (name: string, value: string | undefined, fallback: number): number | string {
  if (value === undefined) return fallback
  const n = Number(value)
  return /^\d+$/.test(value) && Number.isSafeInteger(n) && n >= 1 ? n : `--${name} must be a positive whole number, not "${value}"`
}

export function parseBenchArgs (argv: string[]): ParsedBenchArgs {
  let values
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        statements: { type: 'string' },
        duration: { type: 'string' },
        connections: { type: 'string' },
        out: { type: 'string', default: 'BENCHMARKS.md' },
        keep: { type: 'boolean', default: false },
        'skip-build': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    }).values
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) }
  }
  if (values.help) return { kind: 'help' }
  const statements = positiveInteger('statements', values.statements, 10_000)
  const duration = positiveInteger('duration', values.duration, 5)
  const connections = positiveInteger('connections', values.connections, 10)
  for (const value of [statements, duration, connections]) {
    if (typeof value === 'string') return { kind: 'error', message: value }
  }
  if (values.out === '') return { kind: 'error', message: '--out needs a file path' }
  return {
    kind: 'run',
    options: { statements: statements as number, duration: duration as number, connections: connections as number, out: values.out, keep: values.keep, skipBuild: values['skip-build'] }
  }
}
