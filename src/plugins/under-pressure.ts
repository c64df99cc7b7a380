import underPressure from '@fastify/under-pressure'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { OverloadedError } from '../errors.js'

export interface PressureOptions {
  /** Mean event loop delay in ms over a sample; 0 (the default) turns the check off. */
  maxEventLoopDelay?: number
  /** Bytes of V8 heap in use; 0 (the default) turns the check off. */
  maxHeapUsedBytes?: number
  /** Seconds a client is asked to wait (Retry-After). */
  retryAfter?: number
  /** How often the process is measured, in ms. */
  sampleInterval?: number
}

// Probes must tell "alive but busy" from "dead": an orchestrator that sees
// /health fail under load would restart a process that is only busy.
const EXEMPT = new Set(['/health', '/ready'])

/**
 * Sheds load instead of queueing it: while the event loop lags or the heap
 * is nearly full, requests are answered at once with a 503 problem and
 * Retry-After, before rate limiting, the cache or a handler run.
 */
export default fp<PressureOptions>(async function underPressurePlugin (app, options) {
  const retryAfter = options.retryAfter ?? 10
  await app.register(underPressure, {
    maxEventLoopDelay: options.maxEventLoopDelay ?? 0,
    maxHeapUsedBytes: options.maxHeapUsedBytes ?? 0,
    sampleInterval: options.sampleInterval ?? 1000,
    retryAfter,
    // A rejection is passed on as the hook's error, to the one problem handler.
    pressureHandler: async (request: FastifyRequest, reply: FastifyReply) => {
      if (EXEMPT.has(request.routeOptions.url ?? '')) return
      reply.header('retry-after', String(retryAfter))
      throw new OverloadedError()
    }
  })
}, { name: 'under-pressure' })
