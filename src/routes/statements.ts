import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { NotFoundError } from '../errors.js'
import { sendList } from '../http/send-list.js'
import { IdParamsSchema, listResponse, problemResponses } from '../schemas/common.js'
import { StatementListQuerySchema, StatementPageSchema, StatementSchema, StatementSummarySchema } from '../schemas/statements.js'
import { checkRange } from './check-range.js'

const statementRoutes: FastifyPluginAsyncZod = async function (app) {
  const statements = app.repositories.statements

  app.get('/v1/statements', {
    schema: {
      tags: ['statements'],
      operationId: 'listStatements',
      summary: 'List statements',
      description: 'Statements, newest first by default, filtered by text, type, dates, topic (or area) and actors. Keyset-paginated.',
      querystring: StatementListQuerySchema,
      response: { 200: listResponse(StatementPageSchema, 'A page of statements.'), ...problemResponses(400, 406) }
    }
  }, async (request, reply) => {
    checkRange(request.query)
    const { items, nextCursor } = statements.list(request.query)
    return sendList(request, reply, { data: items, page: { limit: request.query.limit, next_cursor: nextCursor } }, StatementSummarySchema, 'statements')
  })

  app.get('/v1/statements/:id', {
    schema: {
      tags: ['statements'],
      operationId: 'getStatement',
      summary: 'Get a statement',
      description: 'All the metadata of one statement, with counts and its top topics and actors.',
      params: IdParamsSchema,
      response: { 200: StatementSchema, ...problemResponses(404, 406) }
    }
  }, async (request) => {
    const statement = statements.findById(request.params.id)
    if (statement === undefined) throw new NotFoundError('statement', request.params.id)
    return statement
  })

  app.get('/v1/statements/:id/source', {
    schema: {
      tags: ['statements'],
      operationId: 'getStatementSource',
      summary: 'Get the normalised source text of a statement',
      description: 'The text every `start`/`end` offset points into (UTF-16 code units): the ingested file with the BOM removed and line endings turned into LF. Its UTF-8 sha256 is `source_sha256`.',
      params: IdParamsSchema,
      response: {
        200: { description: 'The source text.', content: { 'text/plain': { schema: z.string().meta({ examples: ['Joint statement by President von der Leyen...'] }) } } },
        ...problemResponses(404, 406)
      }
    }
  }, async (request, reply) => {
    const source = statements.findSource(request.params.id)
    if (source === undefined) throw new NotFoundError('statement', request.params.id)
    return reply.type('text/plain; charset=utf-8').send(source)
  })
}

export default statementRoutes
