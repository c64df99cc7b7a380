import { z } from 'zod'
import { MAX_SEARCH_WORDS, searchWords } from '../db/fts-query.js'

// Building blocks shared by every resource: ids, paging, representations and
// the problem document. Schemas registered with an `id` become components in
// the OpenAPI document, so clients get one named type per concept.

/**
 * Ids are looked up, never parsed: anything unknown is a 404, not a 400, the
 * empty id of "/v1/statements/" too. The router answers 414 to a path
 * parameter over MAX_PATH_ID_LENGTH characters (app.ts), so no length in
 * between is a 400.
 */
export const MAX_PATH_ID_LENGTH = 300
export const IdSchema = z.string().max(MAX_PATH_ID_LENGTH)

export const IdParamsSchema = z.object({
  id: IdSchema.describe('The resource id, for example `statement-23-121`.')
})

/**
 * A whole number from 1 to `max` in the query string, written in plain
 * digits: "0x10", "1e2", " 5", "+5", an empty value and a repeated parameter
 * are refused, where Number() would have read most of them.
 */
export function countParameter (max: number, fallback: number, description: string) {
  const message = `must be a whole number from 1 to ${max}`
  return z.preprocess((value) => typeof value === 'string' && /^[0-9]{1,9}$/.test(value) ? Number(value) : value,
    // The default inside the preprocessing step, where the OpenAPI document shows it.
    z.number({ error: message }).int().min(1).max(max).default(fallback)).meta({ description })
}

export const LimitSchema = countParameter(200, 50, 'How many items per page (1-200).')

export const CursorSchema = z.string().min(1).max(1000).optional()
  .describe('The `page.next_cursor` of the previous page; omit for the first page.')

export const DateSchema = z.iso.date().describe('A calendar date, yyyy-mm-dd.')

export const FormatSchema = z.enum(['json', 'csv', 'ndjson']).optional()
  .describe('Representation of a list; overrides the Accept header. `csv` is a flat table, `ndjson` one item per line.')

/**
 * The text a client searches for; escaped before it reaches FTS5, so any text
 * is fine. Every word must match, so a text with more distinct words than
 * the index reads is refused, not shortened.
 */
export const SearchTextSchema = z.string().trim().min(1).max(5000)
  .refine((text) => searchWords(text).length <= MAX_SEARCH_WORDS, { message: `at most ${MAX_SEARCH_WORDS} distinct words are searched` })

export const PagingQuerySchema = z.object({
  limit: LimitSchema,
  cursor: CursorSchema,
  format: FormatSchema
})

export const PageInfoSchema = z.object({
  limit: z.number().int(),
  next_cursor: z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page.')
}).meta({ id: 'PageInfo' })

/** The envelope of every paginated list. */
export function pageOf<T extends z.ZodType> (item: T, id: string, example: z.output<T>) {
  return z.object({ data: z.array(item), page: PageInfoSchema })
    .meta({ id, examples: [{ data: [example], page: { limit: 50, next_cursor: 'WyIyMDIzLTAyLTIxIiwic3RhdGVtZW50LTIzLTEyMSJd' } }] })
}

/** The envelope of a bounded, unpaginated list (a tree, a ranking, an aggregate). */
export function listOf<T extends z.ZodType> (item: T, id: string, example: z.output<T>) {
  return z.object({ data: z.array(item) }).meta({ id, examples: [{ data: [example] }] })
}

export const ActorRefSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'ActorRef' })
export const TopicRefSchema = z.object({ slug: z.string(), label: z.string() }).meta({ id: 'TopicRef' })

export const ProblemSchema = z.object({
  type: z.string().describe('A URI reference naming the kind of problem, for example `/problems/not-found`.'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional().describe('The request path and query that caused the problem; absent when the request line itself could not be read.'),
  code: z.string().optional().describe('The error code, for logs and support.'),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional()
    .describe('For invalid parameters: which parameter and why.')
}).meta({
  id: 'Problem',
  description: 'An RFC 9457 problem document.',
  examples: [{ type: '/problems/invalid-parameter', title: 'Bad Request', status: 400, detail: 'querystring/limit Too big: expected number to be <=200', instance: '/v1/statements?limit=10000', code: 'FST_ERR_VALIDATION', errors: [{ path: 'querystring.limit', message: 'Too big: expected number to be <=200' }] }]
})

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'A parameter is invalid (see `errors`), or the URL is malformed.',
  404: 'No such resource or route.',
  401: 'The bearer token is missing or wrong (`WWW-Authenticate: Bearer`).',
  403: 'Writes are disabled on this server: it has no `INGEST_TOKEN`.',
  406: 'The Accept header asks for a representation this resource does not have.',
  409: 'The document conflicts with a stored statement (the same press reference under another id).',
  412: 'A precondition failed: `If-Match: *` and no such statement, `If-None-Match: *` and the statement exists, or an `If-Match` entity tag (this API\'s ETags are weak, and If-Match compares strongly). Nothing was written.',
  413: 'The request body or the document is over the limit (5 MB for a document).',
  414: 'The URL is over the limit (8 KB), or a path id over 300 characters.',
  415: 'The Content-Type is not one this operation accepts.',
  422: 'The document cannot be ingested: empty, binary, not UTF-8, an HTML page, or without body paragraphs.',
  429: 'Too many requests from this client; retry later.',
  500: 'An unexpected failure; the details are in the server log.',
  503: 'The service is not ready or is overloaded; retry later.'
}

/**
 * Answers any route can give whatever its parameters: a malformed URL (bad
 * percent-encoding), a URL over the limit,
 * the rate limit, an internal failure, an overloaded server. Documented
 * whether or not this server enables the limits, so the document does not
 * depend on configuration.
 */
const ALWAYS = [400, 414, 429, 500, 503]

/** Documents the problem responses a route can give, as application/problem+json. */
export function problemResponses (...statuses: number[]) {
  const responses: Record<number, { description: string, content: { 'application/problem+json': { schema: typeof ProblemSchema } } }> = {}
  for (const status of [...new Set([...statuses, ...ALWAYS])].sort((a, b) => a - b)) {
    responses[status] = { description: PROBLEM_DESCRIPTIONS[status] ?? 'A problem.', content: { 'application/problem+json': { schema: ProblemSchema } } }
  }
  return responses
}

/** A list answers JSON, CSV and NDJSON; the three are documented on its 200. */
export function listResponse<T extends z.ZodType> (schema: T, description: string) {
  return {
    description,
    content: {
      'application/json': { schema },
      'text/csv': { schema: z.string().describe('The same rows as a flat CSV table with a header line.') },
      'application/x-ndjson': { schema: z.string().describe('One JSON item per line.') }
    }
  }
}
