import rateLimit from '@fastify/rate-limit'
import fp from 'fastify-plugin'
import { TooManyRequestsError } from '../errors.js'

export interface RateLimitOptions {
  /** Requests per client IP per window; 0 turns the limit off. */
  max: number
  /** Milliseconds; one minute unless a test shortens it. */
  timeWindow?: number
  /** Distinct clients remembered at once (an LRU: the least recent are forgotten first). */
  clients?: number
}

/**
 * Per client IP, with the IETF RateLimit-* headers
 * (draft-ietf-httpapi-ratelimit-headers) on every answer and Retry-After on a
 * 429 problem. The plugin would attach its check to each route, and route
 * hooks run after the app's: the response cache would answer hits before the
 * limit is counted. So the check is one app-level onRequest hook, registered
 * before the cache, and a cached answer costs a client as much as any other.
 */
export default fp<RateLimitOptions>(async function rateLimitPlugin (app, options) {
  if (options.max <= 0) return
  await app.register(rateLimit, {
    global: false,
    max: options.max,
    timeWindow: options.timeWindow ?? 60_000,
    cache: options.clients ?? 10_000,
    enableDraftSpec: true,
    errorResponseBuilder: (_request, context) => new TooManyRequestsError(context.after)
  })
  app.addHook('onRequest', app.rateLimit())
}, { name: 'rate-limit' })
