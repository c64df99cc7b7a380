import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { NotFoundError } from '../errors.js'
import { sendList } from '../http/send-list.js'
import { FormatSchema, listResponse, problemResponses } from '../schemas/common.js'
import { TopicNodeSchema, TopicParamsSchema, TopicTreeSchema } from '../schemas/topics.js'

const topicRoutes: FastifyPluginAsyncZod = async function (app) {
  const { topics } = app.repositories

  app.get('/v1/topics', {
    schema: {
      tags: ['topics'],
      operationId: 'listTopics',
      summary: 'List the topic taxonomy',
      description: 'The areas in taxonomy order, each with its fine topics, with paragraph and commitment counts. CSV has one row per area.',
      querystring: z.object({ format: FormatSchema }),
      response: { 200: listResponse(TopicTreeSchema, 'The topic tree.'), ...problemResponses(400, 406) }
    }
  }, async (request, reply) => sendList(request, reply, { data: topics.tree() }, TopicNodeSchema, 'topics'))

  app.get('/v1/topics/:slug', {
    schema: {
      tags: ['topics'],
      operationId: 'getTopic',
      summary: 'Get a topic or an area',
      description: 'One topic with its counts; an area also lists its fine topics.',
      params: TopicParamsSchema,
      response: { 200: TopicNodeSchema, ...problemResponses(404, 406) }
    }
  }, async (request) => {
    const topic = topics.findBySlug(request.params.slug)
    if (topic === undefined) throw new NotFoundError('topic', request.params.slug)
    return topic
  })
}

export default topicRoutes
