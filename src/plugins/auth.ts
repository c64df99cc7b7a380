import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify'
import fp from 'fastify-plugin'
import { UnauthorizedError, WritesDisabledError } from '../errors.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook of write routes: a valid bearer token, before the body is read. */
    requireWriteToken: (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => void
    /** Whether this server accepts writes at all. */
    writesEnabled: boolean
  }
}

export interface AuthOptions {
  /** Accepted tokens (several during a rotation); none disables writes. */
  tokens?: readonly string[]
}

export const BEARER_SCHEME = 'bearerAuth'
const REALM = 'realm="statements"'

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest()

/** `Bearer <token>` (the scheme is case-insensitive, RFC 9110 section 11.1); undefined otherwise. */
export function bearerToken (header: string | undefined): string | undefined {
  if (header === undefined) return undefined
  const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(header)
  return match?.[1]
}

/**
 * Compares digests, not the tokens: timingSafeEqual needs equal lengths, and
 * equal-length digests leak neither a token's length nor where it differs.
 * Every configured token is compared, so the time does not say which matched.
 */
export function tokenMatches (candidate: string, expected: readonly Buffer[]): boolean {
  const presented = digest(candidate)
  let matched = false
  for (const token of expected) matched = timingSafeEqual(presented, token) || matched
  return matched
}

export default fp<AuthOptions>(async function authPlugin (app, options) {
  const expected = (options.tokens ?? []).map(digest)
  app.decorate('writesEnabled', expected.length > 0)
  app.decorate('requireWriteToken', function requireWriteToken (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) {
    if (expected.length === 0) return done(new WritesDisabledError())
    const token = bearerToken(request.headers.authorization)
    if (token === undefined) {
      reply.header('www-authenticate', `Bearer ${REALM}`)
      return done(new UnauthorizedError('this operation needs an Authorization: Bearer <token> header'))
    }
    if (!tokenMatches(token, expected)) {
      // Who tried, for the operator; the logger redacts the Authorization header (app.ts).
      request.log.warn({ headers: request.headers }, 'write refused: the bearer token is not valid')
      reply.header('www-authenticate', `Bearer ${REALM}, error="invalid_token"`)
      return done(new UnauthorizedError('the bearer token is not valid'))
    }
    done()
  })
}, { name: 'auth' })
