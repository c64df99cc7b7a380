import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify'
import fp from 'fastify-plugin'
import { NotAcceptableError } from '../errors.js'
import { negotiate } from '../http/negotiate.js'

export type Representation = 'json' | 'csv' | 'ndjson' | 'text' | 'other'

declare module 'fastify' {
  interface FastifyRequest {
    /** The representation this request will be answered with, chosen before anything else runs. */
    representation: Representation
    responseMediaType: string
  }
}

const FORMATS: Record<string, string> = { json: 'application/json', csv: 'text/csv', ndjson: 'application/x-ndjson' }
const KINDS: Record<string, Representation> = { 'application/json': 'json', 'text/csv': 'csv', 'application/x-ndjson': 'ndjson', 'text/plain': 'text' }

const offeredCache = new WeakMap<object, string[]>()

/** The media types a route documents for its 200, read once per route from its schema. */
function offeredBy (request: FastifyRequest): string[] | null {
  const response = request.routeOptions.schema?.response as Record<string, unknown> | undefined
  const ok = response?.[200]
  if (response === undefined || ok === undefined) return null
  let offered = offeredCache.get(response)
  if (offered === undefined) {
    const content = (ok as { content?: Record<string, unknown> }).content
    offered = content !== undefined && typeof content === 'object' ? Object.keys(content) : ['application/json']
    offeredCache.set(response, offered)
  }
  return offered
}

/**
 * Content negotiation, done in onRequest so that a 406 costs nothing. The
 * response cache answers hits before this runs (keyed by the raw Accept
 * value), so only misses are negotiated. `?format=` wins over Accept; an
 * unknown format is left for validation to reject with a 400. Routes without
 * a documented response (static files of /docs) are not negotiated.
 */
export function chooseRepresentation (request: FastifyRequest): void {
  const offered = offeredBy(request)
  if (offered === null) return
  const format = (request.query as Record<string, unknown> | undefined)?.format
  const fromFormat = typeof format === 'string' ? FORMATS[format] : undefined
  const mediaType = fromFormat !== undefined && offered.includes(fromFormat)
    ? fromFormat
    : negotiate(request.headers.accept, offered)
  if (mediaType === null) throw new NotAcceptableError(request.headers.accept ?? '', offered.join(', '))
  request.responseMediaType = mediaType
  request.representation = KINDS[mediaType] ?? 'other'
}

export default fp(async function representationPlugin (app) {
  app.decorateRequest('representation', 'json')
  app.decorateRequest('responseMediaType', 'application/json')
  // Callback style: an async hook costs a promise and a microtask per request.
  app.addHook('onRequest', function negotiateRepresentation (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) {
    try {
      chooseRepresentation(request)
    } catch (error) {
      done(error as Error)
      return
    }
    done()
  })
}, { name: 'representation' })
