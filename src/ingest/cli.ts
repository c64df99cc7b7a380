import type { Database } from 'better-sqlite3'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/open-database.js'
import type { ExtractedDocument } from '../extract/types.js'
import { parseCommandLine, USAGE, type CliOptions } from './cli-args.js'
import { describeFailure } from './describe-failure.js'
import { formatDocument } from './format-dry-run.js'
import { formatFileLine, formatSummary, jsonReport } from './format-report.js'
import { ingestPaths, type DocumentExtractor, type IngestOptions, type IngestReport } from './ingest-paths.js'
import { createProgress, type Progress } from './progress.js'

export interface CliStream {
  write: (chunk: string) => unknown
  isTTY?: boolean
}

export interface CliIo {
  stdout: CliStream
  stderr: CliStream
  env: Record<string, string | undefined>
}

export interface CliDeps {
  createExtractor: () => DocumentExtractor
  /** Tests pass a capped database (max_page_count) to simulate a full disk. */
  openDatabase?: (path: string) => Database
}

/**
 * The ingest command without the process: takes argv (without node and the
 * script) and streams, returns the exit code. 0: every file went in or was
 * unchanged; 1: a file failed, or the database or the rules cannot be used;
 * 2: usage error.
 */
export function runIngestCli (argv: string[], io: CliIo, deps: CliDeps): number {
  const command = parseCommandLine(argv)
  if (command.kind === 'help') {
    io.stdout.write(USAGE)
    return 0
  }
  if (command.kind === 'usage-error') {
    io.stderr.write(`error: ${command.message}\nRun with --help for usage.\n`)
    return 2
  }
  const { options } = command
  const fail = (message: string): number => {
    io.stderr.write(`error: ${message}\n`)
    if (options.json) io.stdout.write(`${JSON.stringify({ error: message })}\n`)
    return 1
  }

  let extract: DocumentExtractor
  try {
    extract = deps.createExtractor()
  } catch (error) {
    return fail(`cannot load the extraction rules: ${describeFailure(error)}`)
  }
  const output = createOutput(options, io)
  const common = { extract, maxBytes: options.maxBytes, encoding: options.encoding, onStart: output.onStart, onResult: output.onResult }
  if (options.dryRun) return output.finish(ingestPaths(options.paths, { ...common, dryRun: true }), null)

  let path: string
  let db: Database
  try {
    path = options.db ?? loadConfig(io.env).DATABASE_PATH
    db = (deps.openDatabase ?? openDatabase)(path)
  } catch (error) {
    // DatabaseOpenError and ConfigError messages already are one clear line.
    return fail(describeFailure(error))
  }
  try {
    return output.finish(ingestPaths(options.paths, { ...common, db }), path)
  } catch (error) {
    output.abort()
    return fail(`cannot write to database ${path}: ${describeFailure(error).replace(/^cannot write: /, '')}`)
  } finally {
    db.close()
  }
}

type Output = Required<Pick<IngestOptions, 'onStart' | 'onResult'>> & {
  finish: (report: IngestReport, database: string | null) => number
  abort: () => void
}

/**
 * Where each file's line goes. Text mode streams one line per file to stdout.
 * With a progress bar (stderr is a terminal and there are 20 files or more),
 * a line per success would scroll the bar away: if stdout is that terminal
 * too, only failures are printed, after the bar (which shows the failure
 * count meanwhile); if stdout is redirected, the full log goes there and the
 * bar stays on the terminal.
 */
function createOutput (options: CliOptions, io: CliIo): Output {
  const documents = options.json && options.dryRun ? new Map<string, ExtractedDocument>() : undefined
  let progress: Progress | null = null
  const failuresAfterBar: string[] = []
  return {
    onStart (count) {
      if (!options.quiet && io.stderr.isTTY === true) progress = createProgress(io.stderr, count)
    },
    onResult (result, document) {
      progress?.tick(result)
      const failed = result.status === 'failed'
      if (options.json) {
        if (document !== undefined) documents?.set(result.file, document)
      } else if (options.quiet) {
        if (failed) io.stderr.write(`${formatFileLine(result)}\n`)
      } else if (options.dryRun && document !== undefined) {
        io.stdout.write(`${formatDocument(result.file, document)}\n\n`)
      } else if (progress === null || io.stdout.isTTY !== true) {
        io.stdout.write(`${formatFileLine(result)}\n`)
      } else if (failed) {
        failuresAfterBar.push(formatFileLine(result))
      }
    },
    finish (report, database) {
      progress?.stop()
      for (const line of failuresAfterBar) io.stdout.write(`${line}\n`)
      if (options.json) {
        io.stdout.write(`${JSON.stringify(jsonReport(report, database, documents), null, 2)}\n`)
      } else if (!options.quiet || report.totals.failed > 0) {
        (options.quiet ? io.stderr : io.stdout).write(`${formatSummary(report)}\n`)
      }
      return report.totals.failed > 0 ? 1 : 0
    },
    abort () {
      progress?.stop()
      for (const line of failuresAfterBar) io.stdout.write(`${line}\n`)
    }
  }
}
