import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { isMigrated } from '../db/migrate.js'
import { NotReadyError } from '../errors.js'
import { problemResponses } from '../schemas/common.js'
import { HealthSchema, ReadySchema } from '../schemas/health.js'

const healthRoutes: FastifyPluginAsyncZod = async function (app) {
  app.get('/health', {
    schema: {
      tags: ['health'],
      operationId: 'getHealth',
      summary: 'Liveness: the process answers',
      description: 'Answers 200 as long as the process serves requests; it does not touch the database.',
      response: { 200: HealthSchema, ...problemResponses(406) }
    }
  }, async () => ({ status: 'ok' as const }))

  app.get('/ready', {
    schema: {
      tags: ['health'],
      operationId: 'getReady',
      summary: 'Readiness: the database is open and migrated',
      description: 'Answers 200 with the data version when the database connection is open and every migration is applied, 503 otherwise.',
      response: { 200: ReadySchema, ...problemResponses(406, 503) }
    }
  }, async () => {
    if (!app.db.open) throw new NotReadyError('the connection is closed')
    if (!isMigrated(app.db)) throw new NotReadyError('migrations are missing')
    return { status: 'ready' as const, data_version: app.dataVersion.current() }
  })
}

export default healthRoutes
