import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { NotFoundError } from '../errors.js'
import { sendList } from '../http/send-list.js'
import { ActorListQuerySchema, ActorPageSchema, ActorSchema, CoOccurrenceListSchema, CoOccurrenceSchema, MentionPageSchema, MentionSchema, TopListQuerySchema } from '../schemas/actors.js'
import { IdParamsSchema, PagingQuerySchema, listResponse, problemResponses } from '../schemas/common.js'

const actorRoutes: FastifyPluginAsyncZod = async function (app) {
  const { actors } = app.repositories

  app.get('/v1/actors', {
    schema: {
      tags: ['actors'],
      operationId: 'listActors',
      summary: 'List actors',
      description: 'Actors by id, filtered by type, name or alias, and statement, with mention and statement counts within the filter.',
      querystring: ActorListQuerySchema,
      response: { 200: listResponse(ActorPageSchema, 'A page of actors.'), ...problemResponses(400, 406) }
    }
  }, async (request, reply) => {
    const { items, nextCursor } = actors.list(request.query)
    return sendList(request, reply, { data: items, page: { limit: request.query.limit, next_cursor: nextCursor } }, ActorSchema, 'actors')
  })

  app.get('/v1/actors/:id', {
    schema: {
      tags: ['actors'],
      operationId: 'getActor',
      summary: 'Get an actor',
      description: 'One actor with its aliases and counts over all statements.',
      params: IdParamsSchema,
      response: { 200: ActorSchema, ...problemResponses(404, 406) }
    }
  }, async (request) => {
    const actor = actors.findById(request.params.id)
    if (actor === undefined) throw new NotFoundError('actor', request.params.id)
    return actor
  })

  app.get('/v1/actors/:id/mentions', {
    schema: {
      tags: ['actors'],
      operationId: 'listActorMentions',
      summary: 'List the mentions of an actor',
      description: 'Every place the actor is named: statement, paragraph, sentence, span and surface text.',
      params: IdParamsSchema,
      querystring: PagingQuerySchema,
      response: { 200: listResponse(MentionPageSchema, 'A page of mentions.'), ...problemResponses(400, 404, 406) }
    }
  }, async (request, reply) => {
    const { id } = request.params
    if (actors.findById(id) === undefined) throw new NotFoundError('actor', id)
    const { items, nextCursor } = actors.listMentions(id, request.query)
    return sendList(request, reply, { data: items, page: { limit: request.query.limit, next_cursor: nextCursor } }, MentionSchema, `${id}-mentions`)
  })

  app.get('/v1/actors/:id/co-occurrences', {
    schema: {
      tags: ['actors'],
      operationId: 'listActorCoOccurrences',
      summary: 'List the actors named with an actor',
      description: 'The actors named in the same paragraphs as this one, most frequent first.',
      params: IdParamsSchema,
      querystring: TopListQuerySchema,
      response: { 200: listResponse(CoOccurrenceListSchema, 'Co-occurring actors.'), ...problemResponses(400, 404, 406) }
    }
  }, async (request, reply) => {
    const { id } = request.params
    if (actors.findById(id) === undefined) throw new NotFoundError('actor', id)
    return sendList(request, reply, { data: actors.listCoOccurrences(id, request.query.limit) }, CoOccurrenceSchema, `${id}-co-occurrences`)
  })
}

export default actorRoutes
