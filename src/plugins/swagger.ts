import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import { BEARER_SCHEME } from './auth.js'

export const API_TAGS = [
  { name: 'statements', description: 'Press statements and their metadata, paragraphs and source text.' },
  { name: 'paragraphs', description: 'Paragraphs of every statement, with topics and actor mentions.' },
  { name: 'commitments', description: 'What an actor commits to, must do or intends to do, sentence by sentence.' },
  { name: 'actors', description: 'People, countries, organisations and institutions named in statements.' },
  { name: 'topics', description: 'The policy topic taxonomy: areas and fine topics.' },
  { name: 'search', description: 'Full-text search over paragraphs.' },
  { name: 'stats', description: 'Aggregates for dashboards.' },
  { name: 'health', description: 'Liveness and readiness probes.' }
]

/**
 * Swagger UI's page loads its own scripts and styles from /docs/static and
 * calls the API from the same origin; the logo is a data: URL. No inline
 * script, no third party (the online validator badge is turned off), and no
 * upgrade-insecure-requests, which would break a plain-HTTP deployment.
 */
export const DOCS_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "connect-src 'self'",
  "font-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  // Swagger UI sets a few inline styles at run time; style is not script, and the bundle is pinned (~6.1).
  "style-src 'self' 'unsafe-inline'"
].join('; ')

/**
 * The OpenAPI 3.1 document is built from the route schemas themselves (the
 * Zod type provider turns them into JSON Schema), so the served document, the
 * committed openapi.yaml and the validation can never disagree.
 */
export default fp(async function swaggerPlugin (app) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'European Commission statements data API',
        version: '1.0.0',
        description: 'Structured data extracted from European Commission press corner statements: ' +
          'actors, topics and commitments, with the spans of text they come from. ' +
          'Lists are paginated with opaque cursors and also answer CSV (`Accept: text/csv` or `?format=csv`) and NDJSON (`?format=ndjson`). ' +
          'Errors are RFC 9457 problem documents. Every GET has an ETag that changes when the data changes.'
      },
      // Relative, so that Swagger UI's "Try it out" calls whichever host serves it.
      servers: [{ url: '/', description: 'The server that serves this document' }],
      // Reads are public; write operations declare their own security.
      security: [],
      tags: API_TAGS,
      // Always documented, whether or not this server has a token, so the document does not depend on configuration.
      components: {
        securitySchemes: {
          [BEARER_SCHEME]: {
            type: 'http',
            scheme: 'bearer',
            description: 'The value of the server\'s `INGEST_TOKEN`. Writes answer 403 when the server has none.'
          }
        }
      }
    },
    transform: transformRoute,
    transformObject: jsonSchemaTransformObject
  })
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: DOCS_CSP, uiConfig: { validatorUrl: null } })

  app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) => {
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(app.swagger()))
  })
  app.get('/openapi.yaml', { schema: { hide: true } }, async (_request, reply) => {
    // The YAML library is loaded on the first request for it, not at every start.
    const { openapiYaml } = await import('../http/openapi-yaml.js')
    return reply.type('application/yaml; charset=utf-8').send(openapiYaml(app.swagger()))
  })
}, { name: 'swagger' })

type RouteSchema = Record<string, unknown> & { body?: unknown, response?: Record<string, unknown> }
type TransformInput = Parameters<typeof jsonSchemaTransform>[0]

const contentOf = (value: unknown): Record<string, { schema: unknown }> | undefined =>
  typeof value === 'object' && value !== null && 'content' in value ? (value as { content: Record<string, { schema: unknown }> }).content : undefined

/**
 * The Zod transform, plus two things it drops that @fastify/swagger knows:
 * a body with one schema per media type (the write routes take text/plain
 * or JSON) and response headers (Location, Write-Outcome).
 */
function transformRoute (input: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  const schema = input.schema as RouteSchema | undefined
  const bodyContent = contentOf(schema?.body)
  const result = jsonSchemaTransform(bodyContent === undefined ? input : { ...input, schema: { ...schema, body: undefined } } as TransformInput)
  const transformed = result.schema as RouteSchema
  if (schema === undefined || transformed === undefined || transformed.hide === true) return result
  if (bodyContent !== undefined) {
    const content: Record<string, { schema: unknown }> = {}
    for (const [mediaType, { schema: bodySchema }] of Object.entries(bodyContent)) {
      const one = jsonSchemaTransform({ ...input, schema: { body: bodySchema } } as TransformInput).schema as RouteSchema
      content[mediaType] = { schema: one.body }
    }
    transformed.body = { content }
  }
  for (const [status, response] of Object.entries(schema.response ?? {})) {
    const headers = (response as { headers?: unknown }).headers
    const target = transformed.response?.[status]
    if (headers !== undefined && typeof target === 'object' && target !== null) (target as Record<string, unknown>).headers = headers
  }
  return result
}
