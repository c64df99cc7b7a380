import type { Database } from 'better-sqlite3'

/**
 * The version of the data, as the writer records it in `data_version`. The
 * table is only read again when SQLite's own per-connection counter
 * (PRAGMA data_version) says another connection has committed.
 *
 * The pragma opens a read transaction on the WAL (about 5 µs, the largest
 * single cost of a cached answer), so it is asked at most once per turn of the
 * event loop: requests handled in the same turn are concurrent, and any order
 * of them against another process's commit is a valid one. Writes made by
 * this process call `changed()`, so its own next request sees them at once.
 */
export function createDataVersionRepository (db: Database) {
  const sql = {
    commits: db.prepare<[], number>('PRAGMA data_version').pluck(),
    version: db.prepare<[], number>('SELECT version FROM data_version WHERE id = 1').pluck()
  }
  let seenCommits = sql.commits.get()
  let version = sql.version.get() ?? 0
  let checkedThisTurn = false
  const nextTurn = (): void => { checkedThisTurn = false }

  return {
    current (): number {
      if (checkedThisTurn) return version
      checkedThisTurn = true
      setImmediate(nextTurn)
      const commits = sql.commits.get()
      if (commits !== seenCommits) {
        seenCommits = commits
        version = sql.version.get() ?? 0
      }
      return version
    },
    /** Called after this process wrote through another connection. */
    changed (): void {
      checkedThisTurn = false
    }
  }
}

export type DataVersionRepository = ReturnType<typeof createDataVersionRepository>
