import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { NotFoundError } from '../errors.js'
import { sendList } from '../http/send-list.js'
import { IdParamsSchema, PagingQuerySchema, listResponse, problemResponses } from '../schemas/common.js'
import { ParagraphListQuerySchema, ParagraphPageSchema, ParagraphSchema } from '../schemas/paragraphs.js'

const paragraphRoutes: FastifyPluginAsyncZod = async function (app) {
  const { paragraphs, statements } = app.repositories

  app.get('/v1/paragraphs', {
    schema: {
      tags: ['paragraphs'],
      operationId: 'listParagraphs',
      summary: 'List paragraphs',
      description: 'Paragraphs in statement and reading order, filtered by statement, topic (or area), mentioned actor, kind and text.',
      querystring: ParagraphListQuerySchema,
      response: { 200: listResponse(ParagraphPageSchema, 'A page of paragraphs.'), ...problemResponses(400, 406) }
    }
  }, async (request, reply) => {
    const { items, nextCursor } = paragraphs.list(request.query)
    return sendList(request, reply, { data: items, page: { limit: request.query.limit, next_cursor: nextCursor } }, ParagraphSchema, 'paragraphs')
  })

  app.get('/v1/paragraphs/:id', {
    schema: {
      tags: ['paragraphs'],
      operationId: 'getParagraph',
      summary: 'Get a paragraph',
      description: 'One paragraph with its topics and actor mentions.',
      params: IdParamsSchema,
      response: { 200: ParagraphSchema, ...problemResponses(404, 406) }
    }
  }, async (request) => {
    const paragraph = paragraphs.findById(request.params.id)
    if (paragraph === undefined) throw new NotFoundError('paragraph', request.params.id)
    return paragraph
  })

  app.get('/v1/statements/:id/paragraphs', {
    schema: {
      tags: ['statements', 'paragraphs'],
      operationId: 'listStatementParagraphs',
      summary: 'List the paragraphs of a statement',
      description: 'The paragraphs of one statement in reading order, each with its spans, topics and actor mentions.',
      params: IdParamsSchema,
      querystring: PagingQuerySchema,
      response: { 200: listResponse(ParagraphPageSchema, 'A page of paragraphs.'), ...problemResponses(400, 404, 406) }
    }
  }, async (request, reply) => {
    const { id } = request.params
    if (!statements.exists(id)) throw new NotFoundError('statement', id)
    const { items, nextCursor } = paragraphs.list({ ...request.query, statement: id })
    return sendList(request, reply, { data: items, page: { limit: request.query.limit, next_cursor: nextCursor } }, ParagraphSchema, `${id}-paragraphs`)
  })
}

export default paragraphRoutes
