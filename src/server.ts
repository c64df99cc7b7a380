import { getHeapStatistics } from 'node:v8'
import type { Database } from 'better-sqlite3'
import type { FastifyInstance } from 'fastify'
import { buildApp } from './app.js'
import { loadConfig, type Config } from './config.js'
import { openDatabase } from './db/open-database.js'
import type { Extractor } from './extract/extract-document.js'
import { seedIfEmpty } from './ingest/seed-database.js'

const SHUTDOWN_DEADLINE_MS = 10_000

/** Unset: shed load when 90% of V8's heap limit is in use, before the process dies of it. */
function maxHeapUsedBytes (config: Config): number {
  if (config.MAX_HEAP_USED_MB !== undefined) return config.MAX_HEAP_USED_MB * 1024 * 1024
  return Math.floor(getHeapStatistics().heap_size_limit * 0.9)
}

/** A hop count is a function for Fastify's types; addresses and booleans pass as they are. */
function trustProxy (value: Config['TRUST_PROXY']) {
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value
}

/**
 * Entry point: config -> read-write connection (migrates, seeds an empty
 * database, takes the API's writes) -> read-only connection for the reads ->
 * listen. Any startup failure is one line on stderr and exit code 1.
 */
async function main (): Promise<void> {
  const config = loadConfig()
  const writeDb: Database = openDatabase(config.DATABASE_PATH)
  let app: FastifyInstance | undefined
  try {
    // One extractor for the seed and for POST /v1/statements, built before the
    // app so that its second of loading is not measured as event loop lag.
    // Its modules (rule schemas, YAML, language tables) take about 0.1 s to
    // load: a read-only start on a filled database never loads them.
    let extractor: Extractor | undefined
    const extract = async (): Promise<Extractor> =>
      (extractor ??= (await import('./extract/extract-document.js')).createExtractor())
    const seeded = await seedIfEmpty(writeDb, config.SEED_PATH, extract)
    if (seeded !== null) {
      const { totals } = seeded
      process.stderr.write(`seeded ${config.DATABASE_PATH} from ${config.SEED_PATH}: ${totals.inserted} inserted, ${totals.failed} failed\n`)
    }
    const writable = config.INGEST_TOKEN !== undefined
    app = await buildApp({
      db: openDatabase(config.DATABASE_PATH, { readonly: true }),
      writeDb,
      ingestTokens: config.INGEST_TOKEN ?? [],
      extractor: writable ? await extract() : undefined,
      logger: { level: config.LOG_LEVEL },
      rateLimit: config.RATE_LIMIT,
      trustProxy: trustProxy(config.TRUST_PROXY),
      frameAncestors: config.FRAME_ANCESTORS,
      pressure: { maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS, maxHeapUsedBytes: maxHeapUsedBytes(config) }
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
    const timer = setTimeout(() => {
      process.stderr.write(`in-flight requests did not finish within ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting\n`)
      process.exit(1)
    }, SHUTDOWN_DEADLINE_MS)
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
