import { STATUS_CODES } from 'node:http'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { MethodNotAllowedError, PROBLEM_TYPES, RouteNotFoundError } from '../errors.js'

interface FieldError { path: string, message: string }

/**
 * Answers any failure as an RFC 9457 problem document. Client errors (4xx)
 * keep their message; server errors are logged and answered with a generic
 * detail, so no stack trace, SQL or path ever reaches a client.
 */
export function sendProblem (error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500
  // 5xx of our own catalogue (not ready, overloaded) are expected states with safe messages.
  const expected = status < 500 || (status === 503 && error.code in PROBLEM_TYPES)
  const problem: Record<string, unknown> = {
    type: PROBLEM_TYPES[error.code] ?? 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: expected ? error.message : 'An unexpected error occurred; it has been logged.',
    instance: request.url
  }
  if (expected) {
    problem.code = error.code
  } else {
    request.log.error({ err: error }, 'request failed')
  }
  if (error.validation !== undefined && status === 400) {
    problem.type = PROBLEM_TYPES.FST_ERR_VALIDATION
    problem.errors = error.validation.map((issue): FieldError => ({
      path: [error.validationContext, ...issue.instancePath.split('/').filter((part) => part !== '')].filter(Boolean).join('.'),
      message: issue.message ?? 'invalid'
    }))
  }
  // A string payload skips the response serializer: a problem is always sent,
  // even when it would not match a route's documented schema.
  return reply
    .code(status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(JSON.stringify(problem))
}

/** A route's path as a pattern over request paths: "/v1/statements/:id" matches "/v1/statements/x". */
function pathPattern (url: string): RegExp {
  const escaped = url.split('/').map((part) => part.startsWith(':') ? '[^/]*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('/')
  return new RegExp(`^${escaped}$`)
}

export default fp(async function problemsPlugin (app) {
  // The methods of every route's path, to tell "no such path" (404) from
  // "not with this method" (405 with Allow). Routes register after this plugin.
  const routes: Array<{ pattern: RegExp, methods: Set<string> }> = []
  app.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return
    const methods = [route.method].flat()
    const pattern = pathPattern(route.url)
    const known = routes.find((entry) => entry.pattern.source === pattern.source)
    if (known === undefined) routes.push({ pattern, methods: new Set(methods) })
    else for (const method of methods) known.methods.add(method)
  })
  const allowedOn = (path: string): string[] => {
    const allowed = new Set<string>()
    for (const { pattern, methods } of routes) if (pattern.test(path)) for (const method of methods) allowed.add(method)
    if (allowed.size > 0) allowed.add('OPTIONS')
    return [...allowed].sort()
  }
  app.setErrorHandler(sendProblem)
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url
    const allowed = allowedOn(path)
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '))
      return sendProblem(new MethodNotAllowedError(request.method, path, allowed.join(', ')), request, reply)
    }
    sendProblem(new RouteNotFoundError(request.method, path), request, reply)
  })
}, { name: 'problems' })
