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
  const appliedNow: number[] = []
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue
    db.transaction(() => {
      db.exec(migration.sql)
      record.run({ version: migration.version, name: migration.name })
    })()
    appliedNow.push(migration.version)
  }
  return appliedNow
}

/** True when every known migration has been applied. */
export function isMigrated (db: Database, migrations: Migration[] = readMigrations()): boolean {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined
  if (!hasTable) return false
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[])
  return migrations.every((migration) => applied.has(migration.version))
}
