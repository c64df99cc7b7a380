import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendList } from '../http/send-list.js'
import { listResponse, problemResponses } from '../schemas/common.js'
import { SearchHitSchema, SearchPageSchema, SearchQuerySchema } from '../schemas/search.js'

const searchRoutes: FastifyPluginAsyncZod = async function (app) {
  const { search } = app.repositories

  app.get('/v1/search', {
    schema: {
      tags: ['search'],
      operationId: 'search',
      summary: 'Search paragraphs',
      description: 'Full-text search over every paragraph, best match first (bm25), with a highlighted snippet. Every word must appear; the text is searched for as written, so quotes and FTS operators are not interpreted.',
      querystring: SearchQuerySchema,
      response: { 200: listResponse(SearchPageSchema, 'A page of matching paragraphs.'), ...problemResponses(400, 406) }
    }
  }, async (request, reply) => {
    const { items, nextCursor } = search.search(request.query)
    return sendList(request, reply, { data: items, page: { limit: request.query.limit, next_cursor: nextCursor } }, SearchHitSchema, 'search')
  })
}

export default searchRoutes
