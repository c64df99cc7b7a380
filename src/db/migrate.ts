import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { MIGRATIONS_DIR } from '../paths.js'

export interface Migration {
  version: number
  name: string
  sql: string
}

const MIGRATION_FILE = /^(\d{3})-([a-z0-9-]+)\.sql$/

/** Reads NNN-name.sql files in version order; a gap or a duplicate number is an error. */
export function readMigrations (dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: MIGRATION_FILE.exec(file) }))
    .filter((entry): entry is { file: string, match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({ version: Number(match[1]), name: match[2] ?? file, sql: readFileSync(join(dir, file), 'utf8') }))
    .sort((a, b) => a.version - b.version)
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migrations must be numbered 001, 002, ... without gaps; found ${String(migration.version).padStart(3, '0')}-${migration.name} at place ${index + 1}`)
    }
  })
  return migrations
}

/**
 * Applies the migrations not yet recorded in schema_migrations, each in its own
 * transaction, and returns the versions it applied.
 *
 * Foreign keys are off while migrations run and checked before each one
 * commits: SQLite's procedure for schema changes beyond ALTER TABLE. A table
 * others reference can only be rebuilt (create, copy, drop, rename) that way:
 * with them on, dropping the old table would cascade into its children. The
 * pragma cannot change inside a transaction, hence outside of it.
 */
export function migrate (db: Database, migrations: Migration[] = readMigrations()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`)
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]
  )
  const record = db.prepare(
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
  )
  const pending = migrations.filter((migration) => !applied.has(migration.version))
  if (pending.length === 0) return []
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1
  db.pragma('foreign_keys = OFF')
  const appliedNow: number[] = []
  try {
    for (const migration of pending) {
      db.transaction(() => {
        db.exec(migration.sql)
        const violations = db.pragma('foreign_key_check') as ForeignKeyViolation[]
        if (violations.length > 0) throw new MigrationError(migration, violations)
        record.run({ version: migration.version, name: migration.name })
      })()
      appliedNow.push(migration.version)
    }
  } finally {
    if (enforced) db.pragma('foreign_keys = ON')
  }
  return appliedNow
}

interface ForeignKeyViolation { table: string, rowid: number | null, parent: string, fkid: number }

/** A migration left rows whose foreign keys point nowhere; it was rolled back. */
export class MigrationError extends Error {
  override name = 'MigrationError'
  constructor (migration: Migration, violations: ForeignKeyViolation[]) {
    const first = violations.slice(0, 3).map((v) => `${v.table} row ${v.rowid ?? '?'} -> ${v.parent}`).join(', ')
    super(`migration ${String(migration.version).padStart(3, '0')}-${migration.name} breaks ${violations.length} foreign key reference(s): ${first}`)
  }
}

/** True when every known migration has been applied. */
export function isMigrated (db: Database, migrations: Migration[] = readMigrations()): boolean {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined
  if (!hasTable) return false
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[])
  return migrations.every((migration) => applied.has(migration.version))
}
