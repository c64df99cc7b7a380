import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { migrate } from './migrate.js'

export interface OpenDatabaseOptions {
  /**
   * A read-only connection (the API's): query_only, no migration. The file
   * must exist and be migrated already.
   */
  readonly?: boolean
  /** Caps the file size, in pages; used by tests to simulate a full disk. */
  maxPageCount?: number
}

/** The page size of a database file this module creates. */
export const NEW_FILE_PAGE_SIZE = 8192
/** WAL size at which a write connection copies it back into the database (wal_autocheckpoint, in pages). */
const WAL_CHECKPOINT_BYTES = 64 * 1024 * 1024

/** Raised when the database file cannot be opened or is not a usable SQLite database. */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError'
}

/**
 * Opens the database with the pragmas every connection needs: WAL so readers
 * never block on the writer, foreign keys, a busy timeout for the moments the
 * writer checkpoints. A read-write connection is migrated on open.
 */
export function openDatabase (path: string, options: OpenDatabaseOptions = {}): Database {
  let db: Database | undefined
  try {
    if (path !== ':memory:' && options.readonly !== true) mkdirSync(dirname(path), { recursive: true })
    db = new BetterSqlite3(path, { fileMustExist: options.readonly === true })
    db.pragma('busy_timeout = 5000')
    if (options.readonly === true) {
      db.pragma('query_only = ON')
    } else {
      // A new file only (the page size of one that has tables cannot change in
      // WAL mode): 8 KB pages instead of SQLite's 4 KB. Writing the same
      // 10,000 extracted documents took 0.653 instead of 0.706 ms of CPU a
      // statement (five alternated pairs of a writer-only script, each pair
      // faster with 8 KB): an insert into the many indexes splits and writes
      // fewer pages.
      db.pragma(`page_size = ${NEW_FILE_PAGE_SIZE}`)
      // journal_mode is persistent in the file; only the writer needs to set it.
      db.pragma('journal_mode = WAL')
      // NORMAL in WAL survives a crash of the process (what the kill test checks);
      // only a power loss can drop the last commits.
      db.pragma('synchronous = NORMAL')
      // Ingestion writes a few hundred rows per document into several indexes: a
      // 16 MB page cache keeps their hot pages (in one run, 32 MB ingested 10,000
      // statements no faster and cost 27 MB more of peak RSS), and a 64 MB WAL
      // lets a page that many commits touch be copied back once per checkpoint,
      // not once per few groups (in one CPU profile of 2,000 statements, COMMIT,
      // which runs the checkpoints, fell from 20% to 12% of the writing thread;
      // a profile on a loaded machine later showed 20% again, so the gain is
      // uncertain). SQLite removes the WAL file when the last connection closes.
      db.pragma('cache_size = -16384')
      db.pragma('temp_store = MEMORY')
      const pageSize = db.pragma('page_size', { simple: true }) as number
      db.pragma(`wal_autocheckpoint = ${Math.round(WAL_CHECKPOINT_BYTES / pageSize)}`)
    }
    db.pragma('foreign_keys = ON')
    if (options.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.trunc(options.maxPageCount)}`)
    // Touch the schema so a file that is not a database fails here, not on the first query.
    db.prepare('SELECT count(*) FROM sqlite_master').get()
    if (options.readonly !== true) migrate(db)
    return db
  } catch (error) {
    db?.close()
    throw new DatabaseOpenError(`cannot open database ${path}: ${describeSqliteError(error)}`, { cause: error })
  }
}

function describeSqliteError (error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const code = (error as { code?: string }).code
  switch (code) {
    case 'SQLITE_NOTADB': return 'the file is not a SQLite database'
    case 'SQLITE_CORRUPT': return 'the database file is corrupt'
    case 'SQLITE_CANTOPEN': return 'the file cannot be opened (missing, or the folder is not writable)'
    case 'SQLITE_READONLY': return 'the database is read-only'
    case 'SQLITE_FULL': return 'the disk or the database is full'
    default: return error.message
  }
}
