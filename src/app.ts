import compress from '@fastify/compress'
import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'
import type { Database } from 'better-sqlite3'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import caching from './plugins/caching.js'
import database from './plugins/database.js'
import problems, { sendProblem } from './plugins/problems.js'
import representation from './plugins/representation.js'
import swagger from './plugins/swagger.js'
import routes from './routes/index.js'

export interface BuildAppOptions {
  /** The API's connection; open it read-only. The app closes it when it closes. */
  db: Database
  /** Fastify's logger option: false (tests), true, or pino options such as { level }. */
  logger?: FastifyServerOptions['logger']
  /** Requests per minute per client IP; 0 or absent turns rate limiting off. */
  rateLimit?: number
  /** Bounds of the in-memory response cache. */
  cache?: { maxEntries?: number, maxBytes?: number }
}

/** Builds the API: plugins, routes and error handling. Never listens. */
export async function buildApp (options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    routerOptions: { maxParamLength: 300 },
    // Malformed URLs and the like are client errors too: same problem format.
    frameworkErrors: (error, request, reply) => { sendProblem(error, request, reply) }
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  await app.register(problems)
  await app.register(cors, { origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'], exposedHeaders: ['Link', 'ETag', 'Content-Disposition'] })
  if (options.rateLimit !== undefined && options.rateLimit > 0) {
    await app.register(rateLimit, { max: options.rateLimit, timeWindow: '1 minute', enableDraftSpec: true })
  }
  await app.register(representation)
  await app.register(database, { db: options.db })
  // Before compression: the cache keeps identity bytes and compression applies on the way out.
  await app.register(caching, options.cache ?? {})
  await app.register(compress, { global: true })
  await app.register(swagger)
  await app.register(routes)
  return app
}
