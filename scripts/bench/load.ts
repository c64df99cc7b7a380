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
  /** Seconds per measured load (one side, one round). */
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
 * Rounds per endpoint. A single pair of loads showed the ratio of the same
 * build moving between 0.65 and 0.98 from one run to the next on a quiet
 * 2-core VM; three pairs, alternated and averaged, keep a
 * burst elsewhere on the machine from deciding a verdict.
 */
export const ROUNDS = 3

/** Mean rate, median p50 and worst p99 of one side's rounds. */
export function combineRounds (rounds: LoadResult[]): LoadResult {
  const sorted = rounds.map((round) => round.p50).sort((a, b) => a - b)
  return {
    requestsPerSecond: rounds.reduce((sum, round) => sum + round.requestsPerSecond, 0) / rounds.length,
    p50: sorted[Math.floor(sorted.length / 2)] ?? 0,
    p99: Math.max(...rounds.map((round) => round.p99)),
    requests: rounds.reduce((sum, round) => sum + round.requests, 0),
    bad: rounds.reduce((sum, round) => sum + round.bad, 0)
  }
}

/**
 * Measures every endpoint on the API and its twin on the bare server in
 * ROUNDS rounds, one side right after the other, alternating which goes first
 * (API-bare, bare-API, ...), so that a burst of load from elsewhere on the
 * machine hits both sides alike. A short fixed-count warm-up before each
 * endpoint lets the JIT and the API's response cache settle; it is not
 * measured.
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
    const rounds: Record<'api' | 'bare', LoadResult[]> = { api: [], bare: [] }
    for (let round = 0; round < ROUNDS; round++) {
      const order: Array<'api' | 'bare'> = (index + round) % 2 === 0 ? ['api', 'bare'] : ['bare', 'api']
      for (const side of order) rounds[side].push(await load(targets[side], fixture.headers, fixture.status, settings))
    }
    const entry = { fixture, api: combineRounds(rounds.api), bare: combineRounds(rounds.bare) }
    onDone?.(entry)
    results.push(entry)
  }
  return results
}
