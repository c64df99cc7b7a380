import type { FastifyPluginAsync } from 'fastify'
import healthRoutes from './health.js'
import statementRoutes from './statements.js'

/** Every resource, one plugin each. */
const routes: FastifyPluginAsync = async function (app) {
  await app.register(healthRoutes)
  await app.register(statementRoutes)
}

export default routes
