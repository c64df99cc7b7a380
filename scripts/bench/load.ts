import autocannon from 'autocannon'
import type { Fixture } from './fixtures.js'

export interface LoadResult {
  requestsPerSecond: number
  /** Milliseconds; autocannon's histogram has a 1 ms resolution. */
  p50: number
  p99: number
  requests: number
  /** Responses with another status than the recorded one, plus connection errors and timeouts. */
  bad: number
}

export interface LoadSettings {
  connections: number
  /** Seconds per measured load. */
  duration: number
}

export interface EndpointLoad {
  fixture: Fixture
  api: LoadResult
  bare: LoadResult
}

async function load (url: string, headers: Record<string, string>, expectedStatus: number, options: { connections: number, duration?: number, amount?: number }): Promise<LoadResult> {
  // autocannon rejects an explicit `duration: undefined`, so only the bound in use is passed.
  const bound = options.amount !== undefined ? { amount: options.amount } : { duration: options.duration }
  const result = await autocannon({ url, headers, connections: options.connections, ...bound })
  const expected = result.statusCodeStats?.[String(expectedStatus) as `${number}`]?.count ?? 0
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    bad: result.requests.total - expected + result.errors + result.timeouts
  }
}

/**
 * Measures every endpoint on the API and its twin on the bare server, one
 * right after the other, alternating which goes first (API-bare, bare-API,
 * ...), so that a burst of load from elsewhere on the machine hits both
 * sides alike. A short fixed-count warm-up before each pair lets the JIT and
 * the API's response cache settle; it is not measured.
 */
export async function measureEndpoints (apiUrl: string, bareUrl: string, fixtures: Fixture[], settings: LoadSettings, onDone?: (load: EndpointLoad) => void): Promise<EndpointLoad[]> {
  const results: EndpointLoad[] = []
  for (const [index, fixture] of fixtures.entries()) {
    const targets = {
      api: `${apiUrl}${fixture.path}`,
      bare: `${bareUrl}/bare/${index}`
    }
    for (const url of Object.values(targets)) {
      await load(url, fixture.headers, fixture.status, { connections: settings.connections, amount: 2000 })
    }
    const order: Array<'api' | 'bare'> = index % 2 === 0 ? ['api', 'bare'] : ['bare', 'api']
    const measured: Partial<Record<'api' | 'bare', LoadResult>> = {}
    for (const side of order) {
      measured[side] = await load(targets[side], fixture.headers, fixture.status, settings)
    }
    const entry = { fixture, api: measured.api as LoadResult, bare: measured.bare as LoadResult }
    onDone?.(entry)
    results.push(entry)
  }
  return results
}
