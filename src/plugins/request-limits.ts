import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify'
import fp from 'fastify-plugin'
import { UriTooLongError } from '../errors.js'

export interface RequestLimitsOptions {
  /** Longest request target (path and query string) in bytes; longer is a 414. */
  maxUrlBytes?: number
}

export const DEFAULT_MAX_URL_BYTES = 8192

/**
 * Refuses oversized URLs before routing work, parsing or the cache sees them.
 * Node itself refuses request heads over 16 KB (431, see app.ts); this limit
 * is lower so that every answer is a documented problem. The query string is
 * part of the URL, so this also bounds it; single parameters have their own
 * bounds in the route schemas (`q` <= 5000 characters, `limit` <= 200).
 */
export default fp<RequestLimitsOptions>(async function requestLimitsPlugin (app, options) {
  const maxUrlBytes = options.maxUrlBytes ?? DEFAULT_MAX_URL_BYTES
  app.addHook('onRequest', function checkUrlLength (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) {
    // request.url is the raw target as sent: percent-encoded ASCII, so length is bytes.
    const length = request.url.length
    if (length > maxUrlBytes) return done(new UriTooLongError(length, maxUrlBytes))
    done()
  })
}, { name: 'request-limits' })
