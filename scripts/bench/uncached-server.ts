// The API as built (dist/), with its response cache turned off, so that the
// bench can measure what a request costs when the cache cannot help: the
// first request after an ingestion, or a URL nobody asked for before.
// Usage (by bench.ts only):
//   node --import tsx scripts/bench/uncached-server.ts DIST_DIR DATABASE   (env PORT)
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

type AppModule = typeof import('../../src/app.js')
type DatabaseModule = typeof import('../../src/db/open-database.js')

const [distDir, databasePath] = process.argv.slice(2)
if (distDir === undefined || databasePath === undefined) throw new Error('usage: uncached-server.ts DIST_DIR DATABASE')

const { buildApp } = await import(pathToFileURL(join(distDir, 'src', 'app.js')).href) as AppModule
const { openDatabase } = await import(pathToFileURL(join(distDir, 'src', 'db', 'open-database.js')).href) as DatabaseModule

// A body larger than maxBytes / 4 is never stored: with 0, nothing is.
const app = await buildApp({ db: openDatabase(databasePath, { readonly: true }), logger: false, cache: { maxEntries: 0, maxBytes: 0 } })
const close = (): void => { app.close().then(() => process.exit(0), () => process.exit(1)) }
process.once('SIGTERM', close)
process.once('SIGINT', close)
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' })
