import type { Database } from 'better-sqlite3'
import { ingestPaths, type DocumentExtractor, type IngestReport } from './ingest-paths.js'

/**
 * Fills a database that holds no statement from the bundled documents, so
 * that the first start on a fresh clone serves data. The extractor is created
 * only when needed, and may be loaded asynchronously: loading its modules and
 * the gazetteer costs time on every other start. Returns null when the
 * database already had statements.
 */
export async function seedIfEmpty (db: Database, seedPath: string,
  createExtract: () => DocumentExtractor | Promise<DocumentExtractor>): Promise<IngestReport | null> {
  const hasStatements = db.prepare('SELECT EXISTS (SELECT 1 FROM statements)').pluck().get() === 1
  if (hasStatements) return null
  return ingestPaths([seedPath], { db, extract: await createExtract() })
}
