import compress from '@fastify/compress'
import cors from '@fastify/cors'
import type { Database } from 'better-sqlite3'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { clientErrorHandler } from './http/client-error.js'
import { createEarlyResponse } from './http/early-response.js'
import { requestLoggerFactory } from './http/request-logger.js'
import auth from './plugins/auth.js'
import caching from './plugins/caching.js'
import database from './plugins/database.js'
import problems, { sendProblem } from './plugins/problems.js'
import rateLimit from './plugins/rate-limit.js'
import representation from './plugins/representation.js'
import requestLimits from './plugins/request-limits.js'
import securityHeaders from './plugins/security-headers.js'
import swagger from './plugins/swagger.js'
import underPressure, { type PressureOptions } from './plugins/under-pressure.js'
import routes from './routes/index.js'
import type { StatementWriteOptions } from './routes/statement-writes.js'
import { MAX_PATH_ID_LENGTH } from './schemas/common.js'

export interface BuildAppOptions {
  /** The API's connection; open it read-only. The app closes it when it closes. */
  db: Database
  /**
   * A second, read-write connection to the same file for POST/DELETE; the
   * caller keeps and closes it. Without it (or without tokens) writes answer 403.
   */
  writeDb?: Database
  /** Bearer tokens accepted for writes (config INGEST_TOKEN); none disables writes. */
  ingestTokens?: readonly string[]
  /** The extractor for writes; the real one by default (tests pass a lighter one). */
  extractor?: StatementWriteOptions['extractor']
  /** Fastify's logger option: false (tests), true, or pino options such as { level }. */
  logger?: FastifyServerOptions['logger']
  /** Requests per minute per client IP; 0 or absent turns rate limiting off. */
  rateLimit?: number
  /** Load shedding thresholds (config MAX_EVENT_LOOP_DELAY_MS, MAX_HEAP_USED_MB); off unless given. */
  pressure?: PressureOptions
  /** Fastify's trustProxy: whom to believe about X-Forwarded-For (config TRUST_PROXY). */
  trustProxy?: FastifyServerOptions['trustProxy']
  /** Longest URL in bytes (414 beyond); 8 KB by default. */
  maxUrlBytes?: number
  /** CSP frame-ancestors of /embed/* (config FRAME_ANCESTORS); `'self'` by default. */
  frameAncestors?: string
  /** Bounds of the in-memory response cache. */
  cache?: { maxEntries?: number, maxBytes?: number }
}

/** Never logged: a bearer token in a log line is a leaked token. */
export const REDACTED_PATHS = ['req.headers.authorization', 'headers.authorization', 'request.headers.authorization']

function loggerOptions (logger: BuildAppOptions['logger']): Pick<FastifyServerOptions, 'logger' | 'childLoggerFactory'> {
  if (logger === undefined || logger === false) return { logger: false }
  return {
    logger: { ...(logger === true ? {} : logger), redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    childLoggerFactory: requestLoggerFactory
  }
}

/** Builds the API: plugins, routes and error handling. Never listens. */
export async function buildApp (options: BuildAppOptions): Promise<FastifyInstance> {
  // PRAGMA data_version ignores a connection's own commits: writes on the
  // readers' connection would leave ETags and the response cache stale.
  if (options.writeDb !== undefined && options.writeDb === options.db) {
    throw new Error('writeDb must be a separate connection from db')
  }
  // Cached hits may be answered before routing only while no hook ahead of the
  // cache needs every request: the rate limit counts each one.
  const early = (options.rateLimit ?? 0) > 0 ? undefined : createEarlyResponse()
  const app = Fastify({
    ...loggerOptions(options.logger),
    ...(early === undefined ? {} : { serverFactory: early.serverFactory }),
    trustProxy: options.trustProxy ?? false,
    // Reads have no body; the write routes raise their own limit.
    bodyLimit: 64 * 1024,
    routerOptions: { maxParamLength: MAX_PATH_ID_LENGTH },
    // Malformed URLs and the like are client errors too: same problem format.
    frameworkErrors: (error, request, reply) => { sendProblem(error, request, reply) },
    clientErrorHandler
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  await app.register(problems)
  // onRequest hooks run in registration order. First the checks every
  // request must pass, the cheapest refusals first; then the response cache,
  // which answers a hit with the complete headers it stored (security and
  // CORS included), so nothing registered after it runs for a hit. When
  // nothing ahead of it needs to see the request, it answers hits before
  // Fastify routes them (`early`).
  await app.register(requestLimits, { maxUrlBytes: options.maxUrlBytes })
  await app.register(underPressure, options.pressure ?? {})
  await app.register(rateLimit, { max: options.rateLimit ?? 0 })
  await app.register(database, { db: options.db })
  // Its onSend hook runs before compression's (a route hook): the cache keeps identity bytes.
  await app.register(caching, { ...options.cache, early })
  await app.register(securityHeaders)
  // Not strict: a plain OPTIONS (no Origin, no Access-Control-Request-Method) is answered like a preflight, not with a bare-text 400.
  await app.register(cors, { origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'], strictPreflight: false, exposedHeaders: ['Link', 'ETag', 'Content-Disposition', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'] })
  await app.register(auth, { tokens: options.writeDb !== undefined ? options.ingestTokens : [] })
  await app.register(representation)
  await app.register(compress, { global: true })
  await app.register(swagger)
  await app.register(routes, {
    frameAncestors: options.frameAncestors ?? "'self'",
    writes: { writeDb: options.writeDb, extractor: options.extractor }
  })
  return app
}
