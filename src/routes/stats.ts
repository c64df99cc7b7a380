import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendList } from '../http/send-list.js'
import { listResponse, problemResponses } from '../schemas/common.js'
import {
  ActorStatSchema, ActorStatsQuerySchema, ActorStatsSchema, CommitmentStatSchema, CommitmentStatsQuerySchema,
  CommitmentStatsSchema, TopicStatSchema, TopicStatsQuerySchema, TopicStatsSchema
} from '../schemas/stats.js'
import { checkRange } from './check-range.js'

const statsRoutes: FastifyPluginAsyncZod = async function (app) {
  const { stats } = app.repositories

  app.get('/v1/stats/topics', {
    schema: {
      tags: ['stats'],
      operationId: 'getTopicStats',
      summary: 'Count statements, paragraphs and commitments by topic',
      description: 'Fine topics by number of tagged paragraphs, within the dates, statement type, actor or statement given.',
      querystring: TopicStatsQuerySchema,
      response: { 200: listResponse(TopicStatsSchema, 'Counts by topic.'), ...problemResponses(400, 406) }
    }
  }, async (request, reply) => {
    checkRange(request.query)
    return sendList(request, reply, { data: stats.topics(request.query) }, TopicStatSchema, 'topic-stats')
  })

  app.get('/v1/stats/actors', {
    schema: {
      tags: ['stats'],
      operationId: 'getActorStats',
      summary: 'Count mentions and statements by actor',
      description: 'Actors by number of mentions, within the dates, actor type, topic (or area) or statement given.',
      querystring: ActorStatsQuerySchema,
      response: { 200: listResponse(ActorStatsSchema, 'Counts by actor.'), ...problemResponses(400, 406) }
    }
  }, async (request, reply) => {
    checkRange(request.query)
    return sendList(request, reply, { data: stats.actors(request.query) }, ActorStatSchema, 'actor-stats')
  })

  app.get('/v1/stats/commitments', {
    schema: {
      tags: ['stats'],
      operationId: 'getCommitmentStats',
      summary: 'Count commitments by month, modality and polarity',
      description: 'One row per (month, modality, polarity) with the number of commitments, within the same filters as `/v1/commitments`; pivot it for a chart.',
      querystring: CommitmentStatsQuerySchema,
      response: { 200: listResponse(CommitmentStatsSchema, 'Counts of commitments.'), ...problemResponses(400, 406) }
    }
  }, async (request, reply) => {
    checkRange(request.query)
    return sendList(request, reply, { data: stats.commitments(request.query) }, CommitmentStatSchema, 'commitment-stats')
  })
}

export default statsRoutes
