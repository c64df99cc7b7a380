import underPressure from '@fastify/under-pressure'
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify'
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
 *
 * The library measures; the check is this plugin's own hook. The library's
 * hook reads request.routeOptions (an object built on each read) on every
 * request, a cost a cached answer would pay for nothing, so the library is
 * registered in a scope of its own, which has no routes for its hook to run
 * on, and its decorators are handed up to the app.
 */
export default fp<PressureOptions>(async function underPressurePlugin (app, options) {
  const retryAfter = options.retryAfter ?? 10
  const maxEventLoopDelay = options.maxEventLoopDelay ?? 0
  const maxHeapUsedBytes = options.maxHeapUsedBytes ?? 0
  let measured: FastifyInstance | undefined
  await app.register(async function measure (scope) {
    await scope.register(underPressure, { maxEventLoopDelay, maxHeapUsedBytes, sampleInterval: options.sampleInterval ?? 1000 })
    measured = scope
  })
  const { isUnderPressure, memoryUsage } = measured as FastifyInstance
  app.decorate('isUnderPressure', isUnderPressure)
  app.decorate('memoryUsage', memoryUsage)
  if (maxEventLoopDelay <= 0 && maxHeapUsedBytes <= 0) return

  app.addHook('onRequest', function shedLoad (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) {
    if (!isUnderPressure() || EXEMPT.has(request.routeOptions.url ?? '')) return done()
    reply.header('retry-after', String(retryAfter))
    // Passed on as the hook's error, to the one problem handler.
    done(new OverloadedError())
  })
}, { name: 'under-pressure' })
