import type { Database } from 'better-sqlite3'

/**
 * The version of the data, as the writer records it in `data_version`. The
 * table is only read again when SQLite's own per-connection counter
 * (PRAGMA data_version) says another connection has committed, so asking for
 * the version on every request costs one tiny pragma.
 */
export function createDataVersionRepository (db: Database) {
  const sql = {
    commits: db.prepare<[], number>('PRAGMA data_version').pluck(),
    version: db.prepare<[], number>('SELECT version FROM data_version WHERE id = 1').pluck()
  }
  let seenCommits = sql.commits.get()
  let version = sql.version.get() ?? 0

  return {
    current (): number {
      const commits = sql.commits.get()
      if (commits !== seenCommits) {
        seenCommits = commits
        version = sql.version.get() ?? 0
      }
      return version
    }
  }
}

export type DataVersionRepository = ReturnType<typeof createDataVersionRepository>
