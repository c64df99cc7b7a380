import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify'
import fp from 'fastify-plugin'
import { createDataVersionRepository, type DataVersionRepository } from '../db/data-version-repository.js'
import type { EarlyResponse } from '../http/early-response.js'
import { isLevelAware } from '../http/request-logger.js'
import { createResponseCache, type CachedResponse, type ResponseCache } from '../http/response-cache.js'

/** A cached response with the header lists a raw replay writes, built once when it is stored. */
export interface StoredResponse extends CachedResponse {
  /** Name, value, name, value...: every stored header and the content length. */
  okHeaders: string[]
  /** The same for a 304: no content type, disposition or length. */
  notModifiedHeaders: string[]
}

declare module 'fastify' {
  interface FastifyInstance {
    dataVersion: DataVersionRepository
    responseCache: ResponseCache<StoredResponse>
  }
  interface FastifyRequest {
    /** Set for requests the cache could not answer: where their serialised response goes. */
    cacheKey: string | null
    cachedVersion: number
  }
}

export interface CachingOptions {
  /** Routes under this prefix are cached and versioned. */
  prefix?: string
  maxEntries?: number
  maxBytes?: number
  /**
   * The app's early-response slot (src/http/early-response.ts). Given, hits
   * are answered there, before Fastify routes the request, whenever Fastify
   * would do nothing more for them: give it only when no onRequest hook
   * registered before this plugin needs to see every request (a rate limit
   * counts each one).
   */
  early?: EarlyResponse
}

// Dashboards revalidate on every use; a 304 is the cheapest answer we have.
const CACHE_CONTROL = 'public, no-cache'

// Headers that belong to this client or this connection, not to the
// resource: the rate limit hook sets them again on every request, Node writes
// the others.
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'set-cookie', 'retry-after'])
const replayable = (name: string): boolean => !NOT_REPLAYED.has(name) && !name.startsWith('ratelimit') && !name.startsWith('x-ratelimit')

/** The ETag of a resource's representation at a data version: weak, as compressed and plain bodies share it. */
export function weakEtag (version: number, representation: string): string {
  return `W/"${version}-${representation}"`
}

/** Weak comparison (RFC 9110 section 13.1.2): W/ prefixes are ignored. */
export function matches (ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false
  if (ifNoneMatch === etag) return true
  const bare = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => {
    const candidate = tag.trim()
    return candidate === '*' || candidate.replace(/^W\//, '') === bare
  })
}

/**
 * Writes a stored answer straight to the socket. The entry already holds every
 * header the miss was sent with, as the flat list writeHead takes, so nothing
 * of Fastify's reply pipeline (onSend hooks, header merging, serialisation)
 * has work left to do; skipping it is what brings a hit near a bare route.
 * `own` are headers set on this request by the hooks that ran before (the
 * rate limit's), added on top.
 */
function writeStored (response: ServerResponse, entry: StoredResponse, notModified: boolean, head: boolean, own: Record<string, string | number | string[] | undefined>): void {
  const contentLength = notModified ? null : entry.body.length
  let headers = notModified ? entry.notModifiedHeaders : entry.okHeaders
  if (Object.keys(own).length > 0) {
    const merged = { ...entry.headers }
    for (const [name, value] of Object.entries(own)) if (value !== undefined) merged[name] = Array.isArray(value) ? value.join(', ') : String(value)
    headers = headerList(merged, contentLength)
  }
  if (notModified) {
    response.writeHead(304, headers)
    response.end()
    return
  }
  response.writeHead(200, headers)
  response.end(head ? undefined : entry.body)
}

const NO_HEADERS: Record<string, string> = {}

/** An entry per URL and raw Accept value: a hit needs no content negotiation. */
const cacheKey = (url: string, accept: string | undefined): string => `${url}\n${accept ?? ''}`

const BODY_HEADERS = new Set(['content-type', 'content-disposition'])

/** writeHead's flat form of a stored header set with the body's length; for a 304, without what describes a body. */
function headerList (headers: Record<string, string>, contentLength: number | null): string[] {
  const list: string[] = []
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'content-length' || (contentLength === null && BODY_HEADERS.has(name))) continue
    list.push(name, value)
  }
  if (contentLength !== null) list.push('content-length', String(contentLength))
  return list
}

function storedResponse (body: Buffer, headers: Record<string, string>, etag: string): StoredResponse {
  return { body, headers, etag, okHeaders: headerList(headers, body.length), notModifiedHeaders: headerList(headers, null) }
}

/** The response's final headers, as the cache replays them: everything but what is per client. */
function resourceHeaders (reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value === undefined || !replayable(name)) continue
    headers[name] = Array.isArray(value) ? value.join(', ') : String(value)
  }
  return headers
}

/**
 * Data changes only when ingestion commits, so a response is a function of
 * (URL, Accept, data version). The serialised bytes of every 200 are kept
 * with the complete header set they were sent with (security and CORS
 * headers included, as neither depends on the request: CORS answers any
 * origin with `*` and no Vary: Origin), keyed by the raw Accept value, so a
 * hit needs no negotiation. The hit hook is registered right after the checks
 * every request must pass (URL limits, load shedding, rate limit) and before
 * everything else; a hit is replayed as it is, and the onSend store hook
 * returns at once for it (cacheKey is null). When the app gives the early
 * slot, a hit that Fastify would only replay (no compression, no request log
 * line, no load shedding) is written before routing instead. The ETag names
 * the data version and the representation, so a conditional GET is answered
 * 304 without touching the database beyond PRAGMA data_version.
 */
export default fp<CachingOptions>(async function cachingPlugin (app, options) {
  const prefix = options.prefix ?? '/v1/'
  const cache = createResponseCache<StoredResponse>({ maxEntries: options.maxEntries ?? 2000, maxBytes: options.maxBytes ?? 64 * 1024 * 1024 })
  const dataVersion = createDataVersionRepository(app.db)
  app.decorate('dataVersion', dataVersion)
  app.decorate('responseCache', cache)
  app.decorateRequest('cacheKey', null)
  app.decorateRequest('cachedVersion', 0)

  app.addHook('onRequest', function serveCached (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) {
    const method = request.method
    // HEAD shares GET's entries: Fastify's HEAD route drops the body and keeps its length.
    if ((method !== 'GET' && method !== 'HEAD') || !request.url.startsWith(prefix)) return done()
    // Per request: readers must see a commit on another connection at once.
    const version = dataVersion.current()
    const headers = request.headers
    const key = cacheKey(request.url, headers.accept)
    const entry = cache.get(key, version)
    if (entry === undefined) {
      request.cacheKey = key
      request.cachedVersion = version
      return done()
    }
    const notModified = matches(headers['if-none-match'], entry.etag)
    if (headers['accept-encoding'] === undefined) {
      reply.hijack()
      writeStored(reply.raw, entry, notModified, method === 'HEAD', reply.getHeaders())
      return
    }
    // A client that accepts compression goes through Fastify's send, so the compress hook applies.
    reply.headers(entry.headers)
    if (notModified) {
      reply.code(304).send()
    } else {
      reply.send(entry.body)
    }
  })

  if (options.early !== undefined) {
    const early = options.early
    const logger = app.log
    // Fastify logs every request at info; an answer given early would be missing from that log.
    const requestsLogged = (): boolean => isLevelAware(logger) && logger.isLevelEnabled('info')
    const underPressure = app.hasDecorator('isUnderPressure') ? () => app.isUnderPressure() : () => false
    early.use(function answerHitEarly (request: IncomingMessage, response: ServerResponse): boolean {
      const { method, url, headers } = request
      if ((method !== 'GET' && method !== 'HEAD') || url?.startsWith(prefix) !== true) return false
      // The checks that run before the cache hook: a URL that was cached passed the length limit
      // already, and load shedding is Fastify's to answer. Compression is too.
      if (headers['accept-encoding'] !== undefined || requestsLogged() || underPressure()) return false
      const entry = cache.get(cacheKey(url, headers.accept), dataVersion.current())
      if (entry === undefined) return false
      writeStored(response, entry, matches(headers['if-none-match'], entry.etag), method === 'HEAD', NO_HEADERS)
      return true
    })
    // While closing, Fastify answers kept-alive connections with Connection: close (or a 503).
    app.addHook('preClose', (done) => {
      early.use(null)
      done()
    })
  }

  app.addHook('onSend', function storeResponse (request, reply, payload, done) {
    const key = request.cacheKey
    if (key === null || reply.statusCode !== 200) return done(null, payload)
    // The URL matched the prefix; the route must too (only the API's resources are versioned).
    if (request.routeOptions.url?.startsWith(prefix) !== true) return done(null, payload)
    const etag = weakEtag(request.cachedVersion, request.representation)
    reply.header('etag', etag).header('cache-control', CACHE_CONTROL).header('vary', 'Accept')
    if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
      cache.set(key, request.cachedVersion, storedResponse(Buffer.isBuffer(payload) ? payload : Buffer.from(payload), resourceHeaders(reply), etag))
    }
    if (matches(request.headers['if-none-match'], etag)) {
      reply.code(304)
      return done(null, '')
    }
    done(null, payload)
  })
}, { name: 'caching', dependencies: ['database'] })
