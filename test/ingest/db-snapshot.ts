import type { Database } from 'better-sqlite3'

const TABLES = ['statements', 'paragraphs', 'sentences', 'mentions', 'statement_actors', 'paragraph_topics',
  'commitments', 'commitment_holders', 'commitment_targets', 'commitment_topics', 'actors', 'topics']

/** Row counts of every data table plus the data version: equal snapshots mean nothing was written. */
export function snapshot (db: Database): Record<string, number> {
  const counts = Object.fromEntries(TABLES.map((table) => [table, db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number]))
  return { ...counts, data_version: db.prepare('SELECT version FROM data_version').pluck().get() as number }
}
