import { DocumentParseError } from '../extract/errors.js'
import { SourceFileError } from './read-source-file.js'

// SQLite result codes that say the database, not the document, is the problem.
const DATABASE_PROBLEMS: Record<string, string> = {
  SQLITE_FULL: 'the disk or the database is full',
  SQLITE_READONLY: 'the database is read-only',
  SQLITE_IOERR: 'disk I/O error',
  SQLITE_BUSY: 'the database is locked by another process',
  SQLITE_CORRUPT: 'the database file is corrupt',
  SQLITE_NOTADB: 'the file is not a SQLite database'
}

/** One line for the report, without the file name: the result already names the file. */
export function describeFailure (error: unknown): string {
  if (error instanceof SourceFileError) return error.detail
  if (error instanceof DocumentParseError) return oneLine(error.message)
  const message = error instanceof Error ? error.message : String(error)
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    // Extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED) share the primary code's meaning.
    const primary = Object.keys(DATABASE_PROBLEMS).find((known) => code === known || code.startsWith(`${known}_`))
    if (primary !== undefined) return `cannot write: ${DATABASE_PROBLEMS[primary] ?? message}`
    return `cannot write: ${oneLine(message)}`
  }
  // Anything else comes from the extractor or the writer's own checks: a bug
  // or an odd document, reported for this file only.
  return oneLine(message)
}

export function oneLine (text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}
