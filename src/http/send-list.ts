import type { FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import { toCsv } from './csv.js'

interface ListBody { data: unknown[], page?: { limit: number, next_cursor: string | null } }

/** The URL of the next page: the same request with `cursor` replaced. */
function nextLink (request: FastifyRequest, cursor: string): string {
  const [path = '', search = ''] = request.url.split('?')
  const params = new URLSearchParams(search)
  params.set('cursor', cursor)
  return `<${path}?${params.toString()}>; rel="next"`
}

/**
 * Answers a list in the negotiated representation. JSON goes through the
 * route's response schema; CSV and NDJSON are the same items, flattened or
 * one per line, with the pagination in the Link header.
 */
export function sendList<B extends ListBody> (request: FastifyRequest, reply: FastifyReply, body: B, itemSchema: z.ZodType, filename: string): B | string {
  const cursor = body.page?.next_cursor
  if (typeof cursor === 'string') reply.header('link', nextLink(request, cursor))
  switch (request.representation) {
    case 'csv':
      reply.header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}.csv"`)
      return toCsv(body.data, itemSchema)
    case 'ndjson':
      reply.header('content-type', 'application/x-ndjson; charset=utf-8')
      return body.data.map((item) => JSON.stringify(item) + '\n').join('')
    default:
      return body
  }
}
