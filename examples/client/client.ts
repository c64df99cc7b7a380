import createClient from 'openapi-fetch'
import type { components, paths } from './generated/api.js'

// A typed client for the API: paths, parameters and response bodies come from
// openapi.yaml through openapi-typescript, so a renamed field or parameter is
// a compile error here, not a surprise at run time.
// Regenerate the types with `npm run examples:types` after the API changes.

export type ApiClient = ReturnType<typeof createApiClient>
export type Commitment = components['schemas']['Commitment']

export function createApiClient (baseUrl: string) {
  // Lists also answer CSV and NDJSON; this client asks for JSON and is typed for JSON and problem documents only.
  return createClient<paths, 'application/json' | 'application/problem+json'>({ baseUrl, headers: { accept: 'application/json' } })
}

/** Walks a statement's commitments page by page, following `page.next_cursor`. */
export async function * statementCommitments (client: ApiClient, statementId: string): AsyncGenerator<Commitment> {
  let cursor: string | undefined
  do {
    const { data, error, response } = await client.GET('/v1/statements/{id}/commitments', {
      params: { path: { id: statementId }, query: { limit: 200, cursor } }
    })
    if (error !== undefined) throw new Error(`GET ${response.url} answered ${response.status}: ${error.detail}`)
    yield * data.data
    cursor = data.page.next_cursor ?? undefined
  } while (cursor !== undefined)
}
