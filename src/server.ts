import type { Database } from 'better-sqlite3'
import type { FastifyInstance } from 'fastify'
import { buildApp } from './app.js'
import { loadConfig } from './config.js'
import { openDatabase } from './db/open-database.js'
import { createExtractor } from './extract/extract-document.js'
import { seedIfEmpty } from './ingest/seed-database.js'

/**
 * Entry point: config -> read-write connection (migrates, seeds an empty
 * database) -> read-only connection for the API -> listen. Any startup failure
 * is one line on stderr and exit code 1.
 */
async function main (): Promise<void> {
  const config = loadConfig()
  const writeDb: Database = openDatabase(config.DATABASE_PATH)
  let app: FastifyInstance | undefined
  try {
    const seeded = seedIfEmpty(writeDb, config.SEED_PATH, () => createExtractor())
    if (seeded !== null) {
      const { totals } = seeded
      process.stderr.write(`seeded ${config.DATABASE_PATH} from ${config.SEED_PATH}: ${totals.inserted} inserted, ${totals.failed} failed\n`)
    }
    app = await buildApp({
      db: openDatabase(config.DATABASE_PATH, { readonly: true }),
      logger: { level: config.LOG_LEVEL },
      rateLimit: config.RATE_LIMIT
    })
    await app.listen({ host: config.HOST, port: config.PORT })
  } catch (error) {
    await app?.close()
    writeDb.close()
    throw error
  }

  const running = app
  let closing = false
  const shutdown = (signal: string): void => {
    if (closing) return
    closing = true
    running.log.info({ signal }, 'closing')
    // Stop accepting, let in-flight requests finish, close the connections.
    const timer = setTimeout(() => process.exit(1), 10_000)
    timer.unref()
    running.close().then(() => {
      writeDb.close()
      process.exit(0)
    }, (error: unknown) => {
      running.log.error({ err: error }, 'close failed')
      process.exit(1)
    })
  }
  process.once('SIGTERM', shutdown)
  process.once('SIGINT', shutdown)
}

main().catch((error: unknown) => {
  process.stderr.write(`cannot start: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
