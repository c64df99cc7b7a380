import { writeFileSync } from 'node:fs'

/** One API response, recorded so that the bare server can send the same bytes. */
export interface Fixture {
  name: string
  /** Path and query on the API. */
  path: string
  /** Request headers the measurement sends (If-None-Match for the conditional GET). */
  headers: Record<string, string>
  status: number
  /** Every response header but those Node writes per connection: the bare server sends them too. */
  responseHeaders: Record<string, string>
  bodyBase64: string
  bodyBytes: number
}

// Written by Node on each connection: the bare server's own, like the API's.
const PER_CONNECTION = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'])

export interface EndpointSpec {
  name: string
  path: string
  /** Send If-None-Match with the ETag of a first, unconditional response. */
  conditional?: boolean
}

/**
 * Fetches each endpoint once from the API (which also fills its response
 * cache) and records what came back. A status other than the expected one
 * (200, or 304 for the conditional GET) is an error: measuring 404s fast
 * would prove nothing.
 */
export async function recordFixtures (baseUrl: string, endpoints: EndpointSpec[]): Promise<Fixture[]> {
  const fixtures: Fixture[] = []
  for (const endpoint of endpoints) {
    let headers: Record<string, string> = {}
    if (endpoint.conditional === true) {
      const first = await fetch(`${baseUrl}${endpoint.path}`)
      await first.arrayBuffer()
      const etag = first.headers.get('etag')
      if (etag === null) throw new Error(`${endpoint.path} sent no ETag, so there is no conditional GET to measure`)
      headers = { 'if-none-match': etag }
    }
    const response = await fetch(`${baseUrl}${endpoint.path}`, { headers })
    const body = Buffer.from(await response.arrayBuffer())
    const expected = endpoint.conditional === true ? 304 : 200
    if (response.status !== expected) {
      throw new Error(`${endpoint.name}: GET ${endpoint.path} answered ${response.status}, expected ${expected}: ${body.toString('utf8').slice(0, 300)}`)
    }
    fixtures.push({
      name: endpoint.name,
      path: endpoint.path,
      headers,
      status: response.status,
      responseHeaders: Object.fromEntries([...response.headers].filter(([name]) => !PER_CONNECTION.has(name))),
      bodyBase64: body.toString('base64'),
      bodyBytes: body.length
    })
  }
  return fixtures
}

export function writeFixtures (path: string, fixtures: Fixture[]): void {
  writeFileSync(path, JSON.stringify(fixtures))
}
