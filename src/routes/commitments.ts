import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { NotFoundError } from '../errors.js'
import { sendList } from '../http/send-list.js'
import { IdParamsSchema, listResponse, problemResponses } from '../schemas/common.js'
import { CommitmentListQuerySchema, CommitmentPageSchema, CommitmentSchema, StatementCommitmentsQuerySchema } from '../schemas/commitments.js'
import { checkRange } from './check-range.js'

const commitmentRoutes: FastifyPluginAsyncZod = async function (app) {
  const { commitments, statements } = app.repositories

  app.get('/v1/commitments', {
    schema: {
      tags: ['commitments'],
      operationId: 'listCommitments',
      summary: 'List commitments',
      description: 'Commitments, obligations and intentions, oldest statement first, filtered by statement, holder, target, actor, topic (or area), modality, polarity, text and dates.',
      querystring: CommitmentListQuerySchema,
      response: { 200: listResponse(CommitmentPageSchema, 'A page of commitments.'), ...problemResponses(400, 406) }
    }
  }, async (request, reply) => {
    checkRange(request.query)
    const { items, nextCursor } = commitments.list(request.query)
    return sendList(request, reply, { data: items, page: { limit: request.query.limit, next_cursor: nextCursor } }, CommitmentSchema, 'commitments')
  })

  app.get('/v1/commitments/:id', {
    schema: {
      tags: ['commitments'],
      operationId: 'getCommitment',
      summary: 'Get a commitment',
      description: 'One commitment with its sentence and clause spans, holders, targets, topics and timeframe.',
      params: IdParamsSchema,
      response: { 200: CommitmentSchema, ...problemResponses(404, 406) }
    }
  }, async (request) => {
    const commitment = commitments.findById(request.params.id)
    if (commitment === undefined) throw new NotFoundError('commitment', request.params.id)
    return commitment
  })

  app.get('/v1/statements/:id/commitments', {
    schema: {
      tags: ['statements', 'commitments'],
      operationId: 'listStatementCommitments',
      summary: 'List the commitments of a statement',
      description: 'The commitments of one statement in reading order, with the same filters as `/v1/commitments`.',
      params: IdParamsSchema,
      querystring: StatementCommitmentsQuerySchema,
      response: { 200: listResponse(CommitmentPageSchema, 'A page of commitments.'), ...problemResponses(400, 404, 406) }
    }
  }, async (request, reply) => {
    const { id } = request.params
    checkRange(request.query)
    if (!statements.exists(id)) throw new NotFoundError('statement', id)
    const { items, nextCursor } = commitments.list({ ...request.query, statement: id })
    return sendList(request, reply, { data: items, page: { limit: request.query.limit, next_cursor: nextCursor } }, CommitmentSchema, `${id}-commitments`)
  })
}

export default commitmentRoutes
