import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { FastifyInstance } from 'fastify'
import { buildApp, type BuildAppOptions } from '../../src/app.js'
import { openDatabase } from '../../src/db/open-database.js'
import { toStatementRows } from '../../src/db/statement-rows.js'
import { createStatementWriter, type StatementWriter } from '../../src/db/statement-writer.js'
import type { ExtractedDocument, TopicRecord } from '../../src/extract/types.js'
import { TOPICS, fixtureCorpus } from '../fixtures/documents.js'

export interface TestApp {
  app: FastifyInstance
  /** A separate read-write connection on the same file, as ingestion would use. */
  writer: StatementWriter
  writeDb: Database
  path: string
}

interface Teardown { teardown: (fn: () => unknown) => void }

/**
 * A temp database filled with the fixture corpus (or the given documents),
 * then the app on a read-only connection to it, as the server builds it; the
 * read-write connection is handed to the app for POST/DELETE, which stay
 * disabled unless `ingestTokens` is given.
 */
export async function buildTestApp (t: Teardown, options: { documents?: ExtractedDocument[], statements?: number, topics?: TopicRecord[] } & Partial<Omit<BuildAppOptions, 'db'>> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'statements-api-'))
  const path = join(dir, 'test.db')
  const writeDb = openDatabase(path)
  const writer = createStatementWriter(writeDb)
  writer.syncTopics(options.topics ?? TOPICS)
  for (const document of options.documents ?? fixtureCorpus(options.statements ?? 12)) writer.write(toStatementRows(document))
  const { documents: _documents, statements: _statements, topics: _topics, ...appOptions } = options
  // The write connection is the app's too, as in the server: writes are enabled when the options give tokens.
  const app = await buildApp({ ...appOptions, db: openDatabase(path, { readonly: true }), writeDb })
  t.teardown(async () => {
    await app.close()
    writeDb.close()
    rmSync(dir, { recursive: true, force: true })
  })
  return { app, writer, writeDb, path }
}
