// npm run backup -- [TARGET]: an online backup of DATABASE_PATH (default
// data/statements.db) to TARGET (default backups/statements-<timestamp>.db),
// safe while the API serves and ingestion writes: SQLite's backup API copies
// a consistent snapshot page by page, with no lock held between steps.
import { mkdirSync, renameSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { loadConfig } from '../src/config.js'
import { PROJECT_ROOT } from '../src/paths.js'

async function main (): Promise<void> {
  const config = loadConfig()
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const target = resolve(process.argv[2] ?? join(PROJECT_ROOT, 'backups', `statements-${stamp}.db`))
  mkdirSync(dirname(target), { recursive: true })
  const source = new BetterSqlite3(config.DATABASE_PATH, { readonly: true, fileMustExist: true })
  const partial = `${target}.partial`
  try {
    await source.backup(partial)
  } finally {
    source.close()
  }
  // Check the copy before it takes the target's name: a backup that cannot be read is no backup.
  const copy = new BetterSqlite3(partial)
  try {
    // One self-contained file: the copy inherits WAL mode, which would need -wal/-shm files beside it.
    copy.pragma('journal_mode = DELETE')
    const integrity = copy.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') throw new Error(`the copy failed its integrity check: ${String(integrity)}`)
  } finally {
    copy.close()
  }
  renameSync(partial, target)
  process.stdout.write(`backed up ${config.DATABASE_PATH} to ${target}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`backup failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
