import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import { stringify } from 'yaml'

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
      tags: API_TAGS
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject
  })
  await app.register(swaggerUi, { routePrefix: '/docs' })

  app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) => {
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(app.swagger()))
  })
  app.get('/openapi.yaml', { schema: { hide: true } }, async (_request, reply) => {
    return reply.type('application/yaml; charset=utf-8').send(openapiYaml(app.swagger()))
  })
}, { name: 'swagger' })

/** The document as committed in openapi.yaml: stable key order, no line folding. */
export function openapiYaml (document: unknown): string {
  return stringify(document, { lineWidth: 0 })
}
