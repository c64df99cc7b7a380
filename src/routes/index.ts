import type { FastifyPluginAsync } from 'fastify'
import actorRoutes from './actors.js'
import commitmentRoutes from './commitments.js'
import healthRoutes from './health.js'
import pagesRoutes from './pages.js'
import paragraphRoutes from './paragraphs.js'
import searchRoutes from './search.js'
import statementWriteRoutes, { type StatementWriteOptions } from './statement-writes.js'
import statementRoutes from './statements.js'
import statsRoutes from './stats.js'
import topicRoutes from './topics.js'

export interface RoutesOptions {
  /** CSP frame-ancestors of the embeddable pages. */
  frameAncestors: string
  writes: StatementWriteOptions
}

/** Every resource, one plugin each. */
const routes: FastifyPluginAsync<RoutesOptions> = async function (app, options) {
  await app.register(healthRoutes)
  await app.register(statementRoutes)
  await app.register(statementWriteRoutes, options.writes)
  await app.register(paragraphRoutes)
  await app.register(commitmentRoutes)
  await app.register(actorRoutes)
  await app.register(topicRoutes)
  await app.register(searchRoutes)
  await app.register(statsRoutes)
  await app.register(pagesRoutes, { frameAncestors: options.frameAncestors })
}

export default routes
