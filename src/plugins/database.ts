import type { Database } from 'better-sqlite3'
import fp from 'fastify-plugin'
import { createRepositories, type Repositories } from '../db/repositories.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The API's read-only connection (query_only). */
    db: Database
    repositories: Repositories
  }
}

export interface DatabasePluginOptions {
  db: Database
}

/**
 * Hands the read-only connection to the routes, with the repositories built
 * once (their statements are prepared here, not per request). The app owns
 * the connection from now on and closes it with the app.
 */
export default fp<DatabasePluginOptions>(async function databasePlugin (app, { db }) {
  app.decorate('db', db)
  app.decorate('repositories', createRepositories(db))
  app.addHook('onClose', async () => {
    if (db.open) db.close()
  })
}, { name: 'database' })
