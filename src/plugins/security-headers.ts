import helmet, { type FastifyHelmetOptions } from '@fastify/helmet'
import Fastify, { type FastifyReply, type FastifyRequest, type HookHandlerDoneFunction } from 'fastify'
import fp from 'fastify-plugin'

/**
 * The policy of everything the API answers (JSON, CSV, problems): nothing in
 * it may load, run or be framed. The HTML surfaces carry their own policy:
 * Swagger UI sets one for /docs (src/plugins/swagger.ts) and the explorer and
 * embeds set theirs (src/routes/pages.ts); a header set on the reply wins over
 * the one set here on the raw response.
 */
export const API_CSP_DIRECTIVES = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"]
}

export const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: API_CSP_DIRECTIVES },
  // A public API with CORS open to any origin: other sites may load its responses.
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  // TLS is terminated in front of the API; whether sibling hosts are HTTPS-only is not its call.
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false }
}

const NOT_HELMETS = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding'])

/**
 * The headers helmet sets with these options, asked of helmet once. They do
 * not depend on the request, and @fastify/helmet builds a new helmet
 * middleware for every request: about half the cost of serving a cached
 * answer. Set once here, they cost a few setHeader calls.
 */
export async function helmetHeaders (options: FastifyHelmetOptions = HELMET_OPTIONS): Promise<Array<[string, string]>> {
  const probe = Fastify()
  await probe.register(helmet, options)
  probe.get('/', (_request, reply) => { reply.send('') })
  const response = await probe.inject('/')
  await probe.close()
  return Object.entries(response.headers)
    .filter(([name]) => !NOT_HELMETS.has(name))
    .map(([name, value]) => [name, String(value)])
}

export default fp(async function securityHeadersPlugin (app) {
  const headers = await helmetHeaders()
  app.addHook('onRequest', function setSecurityHeaders (_request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) {
    // On the raw response, as helmet does: routes may override or remove them (the embeds drop X-Frame-Options).
    for (const [name, value] of headers) reply.raw.setHeader(name, value)
    done()
  })
}, { name: 'security-headers' })
