import { STATUS_CODES } from 'node:http'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { PROBLEM_TYPES, RouteNotFoundError } from '../errors.js'

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

export default fp(async function problemsPlugin (app) {
  app.setErrorHandler(sendProblem)
  app.setNotFoundHandler((request, reply) => {
    sendProblem(new RouteNotFoundError(request.method, request.url.split('?')[0] ?? request.url), request, reply)
  })
}, { name: 'problems' })
