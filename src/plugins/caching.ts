import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify'
import fp from 'fastify-plugin'
import { createDataVersionRepository, type DataVersionRepository } from '../db/data-version-repository.js'
import { createResponseCache, type ResponseCache } from '../http/response-cache.js'

declare module 'fastify' {
  interface FastifyInstance {
    dataVersion: DataVersionRepository
    responseCache: ResponseCache
  }
  interface FastifyRequest {
    /** Set for cacheable requests: the key of their serialised response. */
    cacheKey: string | null
    cachedVersion: number
  }
}

export interface CachingOptions {
  /** Routes under this prefix are cached and versioned. */
  prefix?: string
  maxEntries?: number
  maxBytes?: number
}

// Dashboards revalidate on every use; a 304 is the cheapest answer we have.
const CACHE_CONTROL = 'public, no-cache'
const REPLAYED_HEADERS = ['content-type', 'content-disposition', 'link'] as const

/** Weak comparison (RFC 9110 section 13.1.2): W/ prefixes are ignored. */
function matches (ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false
  const bare = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => {
    const candidate = tag.trim()
    return candidate === '*' || candidate.replace(/^W\//, '') === bare
  })
}

/**
 * Data changes only when ingestion commits, so a response is a function of
 * (URL, representation, data version). The serialised bytes of every 200 are
 * kept and replayed from onRequest, before validation, the handler and
 * serialisation run; the ETag names the data version and the representation,
 * so a conditional GET is answered 304 without touching the database.
 */
export default fp<CachingOptions>(async function cachingPlugin (app, options) {
  const prefix = options.prefix ?? '/v1/'
  const cache = createResponseCache({ maxEntries: options.maxEntries ?? 2000, maxBytes: options.maxBytes ?? 64 * 1024 * 1024 })
  app.decorate('dataVersion', createDataVersionRepository(app.db))
  app.decorate('responseCache', cache)
  app.decorateRequest('cacheKey', null)
  app.decorateRequest('cachedVersion', 0)

  app.addHook('onRequest', function serveCached (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) {
    if (request.method !== 'GET' || request.routeOptions.url?.startsWith(prefix) !== true) return done()
    const version = app.dataVersion.current()
    const key = `${request.url}\n${request.responseMediaType}`
    request.cacheKey = key
    request.cachedVersion = version
    const entry = cache.get(key, version)
    if (entry === undefined) return done()
    request.cacheKey = null
    reply.headers(entry.headers)
    if (matches(request.headers['if-none-match'], entry.etag)) {
      reply.code(304).send()
    } else {
      reply.send(entry.body)
    }
  })

  app.addHook('onSend', function storeResponse (request, reply, payload, done) {
    const key = request.cacheKey
    if (key === null || reply.statusCode !== 200) return done(null, payload)
    const etag = `W/"${request.cachedVersion}-${request.representation}"`
    reply.header('etag', etag).header('cache-control', CACHE_CONTROL).header('vary', 'Accept')
    if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
      const headers: Record<string, string> = { etag, 'cache-control': CACHE_CONTROL, vary: 'Accept' }
      for (const name of REPLAYED_HEADERS) {
        const value = reply.getHeader(name)
        if (typeof value === 'string') headers[name] = value
      }
      cache.set(key, request.cachedVersion, { body: Buffer.isBuffer(payload) ? payload : Buffer.from(payload), headers, etag })
    }
    if (matches(request.headers['if-none-match'], etag)) {
      reply.code(304)
      return done(null, '')
    }
    done(null, payload)
  })
}, { name: 'caching', dependencies: ['database', 'representation'] })
