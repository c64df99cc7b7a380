import helmet from '@fastify/helmet'
import fp from 'fastify-plugin'

/**
 * The policy of everything the API answers (JSON, CSV, problems): nothing in
 * it may load, run or be framed. The HTML surfaces carry their own policy:
 * Swagger UI sets one for /docs (src/plugins/swagger.ts) and the explorer and
 * embeds set theirs (src/routes/pages.ts); a header set on the reply wins over
 * the one helmet sets here on the raw response.
 */
export const API_CSP_DIRECTIVES = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"]
}

export default fp(async function securityHeadersPlugin (app) {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: API_CSP_DIRECTIVES },
    // A public API with CORS open to any origin: other sites may load its responses.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // TLS is terminated in front of the API; whether sibling hosts are HTTPS-only is not its call.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false }
  })
}, { name: 'security-headers' })
