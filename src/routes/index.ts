import type { FastifyPluginAsync } from 'fastify'
import actorRoutes from './actors.js'
import commitmentRoutes from './commitments.js'
import healthRoutes from './health.js'
import paragraphRoutes from './paragraphs.js'
import searchRoutes from './search.js'
import statementRoutes from './statements.js'
import statsRoutes from './stats.js'
import topicRoutes from './topics.js'

/** Every resource, one plugin each. */
const routes: FastifyPluginAsync = async function (app) {
  await app.register(healthRoutes)
  await app.register(statementRoutes)
  await app.register(paragraphRoutes)
  await app.register(commitmentRoutes)
  await app.register(actorRoutes)
  await app.register(topicRoutes)
  await app.register(searchRoutes)
  await app.register(statsRoutes)
}

export default routes
