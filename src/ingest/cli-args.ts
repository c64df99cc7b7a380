import { parseArgs } from 'node:util'
import { isKnownEncoding } from './read-source-file.js'

export const USAGE = `Usage: npm run ingest -- [options] PATH...

Reads press-corner text files and stores what is extracted from them in the
SQLite database. PATH is a file (any extension) or a folder, walked
recursively for *.txt files.

Options:
  --db PATH          database file (default: $DATABASE_PATH, else data/statements.db)
  --dry-run          extract and print the structure of each file; do not open the database
  --encoding LABEL   the files' character encoding when it is not UTF-8 (windows-1252,
                     iso-8859-1, utf-16le, ...); a byte it cannot have fails the file
  --json             print one JSON report on stdout instead of text
  --max-size BYTES   reject files larger than this (default: 5242880, 5 MB)
  --quiet            print only failures (on stderr)
  -h, --help         print this help and exit

Exit status: 0 when every file went in (or was unchanged), 1 when a file
failed or the database cannot be used, 2 for a usage error.
`

export interface CliOptions {
  paths: string[]
  db: string | undefined
  dryRun: boolean
  json: boolean
  maxBytes: number | undefined
  /** Undefined: UTF-8. */
  encoding: string | undefined
  quiet: boolean
}

export type ParsedCommandLine =
  | { kind: 'help' }
  | { kind: 'usage-error', message: string }
  | { kind: 'run', options: CliOptions }

/** Parses the ingest command line; never throws, never exits. */
export function parseCommandLine (argv: string[]): ParsedCommandLine {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        encoding: { type: 'string' },
        json: { type: 'boolean', default: false },
        'max-size': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  } catch (error) {
    // parseArgs messages are long and mention internals; keep the first sentence.
    const message = error instanceof Error ? error.message.split('. ')[0] ?? error.message : String(error)
    return { kind: 'usage-error', message }
  }
  const { values, positionals } = parsed
  if (values.help) return { kind: 'help' }
  if (positionals.length === 0) return { kind: 'usage-error', message: 'no PATH given' }
  let maxBytes: number | undefined
  if (values['max-size'] !== undefined) {
    maxBytes = Number(values['max-size'])
    if (!/^\d+$/.test(values['max-size']) || !Number.isSafeInteger(maxBytes) || maxBytes < 1) {
      return { kind: 'usage-error', message: `--max-size must be a positive whole number of bytes, not "${values['max-size']}"` }
    }
  }
  if (values.db === '') return { kind: 'usage-error', message: '--db needs a file path' }
  if (values.encoding !== undefined && !isKnownEncoding(values.encoding)) {
    return { kind: 'usage-error', message: `--encoding: "${values.encoding}" is not an encoding this Node.js can decode (try windows-1252, iso-8859-1 or utf-16le)` }
  }
  return {
    kind: 'run',
    options: {
      paths: positionals,
      db: values.db,
      dryRun: values['dry-run'],
      json: values.json,
      maxBytes,
      encoding: values.encoding,
      quiet: values.quiet
    }
  }
}
