import type { IngestionResult } from './measure-ingestion.js'
import type { EndpointLoad } from './load.js'
import type { PaginationResult } from './pagination.js'
import type { LatencySample } from './sequential.js'

/** Everything one run measured; the table is derived from it. */
export interface BenchResults {
  ingestion: IngestionResult
  endpoints: EndpointLoad[]
  /** Per endpoint name: the same request on the cache-less API, one at a time. */
  uncached: Map<string, LatencySample>
  pagination: PaginationResult
  coldStartsMs: number[]
  /** The API server after all loads, from /proc; null when unreadable. */
  serverMemory: { rssMb: number, peakMb: number } | null
}

export interface Row {
  measure: string
  figure: string
  p50: string
  p99: string
  uncached: string
  target: string
  /** `ok`, `MISSED: <figure>`, or `n/a` when there was nothing to judge. */
  result: string
}

// The targets of issue 5, on the 2-core machine at 10,000 statements.
export const TARGETS = {
  minBareRatio: 0.8,
  maxP99Ms: 10,
  maxDeepPageFactor: 1.5,
  maxSearchP50Ms: 5,
  minStatementsPerSecond: 1000,
  maxIngestRssMb: 300,
  maxColdStartMs: 1000,
  maxServerRssMb: 200
}

const int = (n: number): string => Math.round(n).toLocaleString('en-GB')
const ms = (n: number): string => (n < 10 ? n.toFixed(2) : n.toFixed(1))
const verdict = (ok: boolean, missed: string): string => (ok ? 'ok' : `MISSED: ${missed}`)

export function median (values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] as number : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

function endpointRows (results: BenchResults): Row[] {
  return results.endpoints.map(({ fixture, api, bare }) => {
    const ratio = api.requestsPerSecond / bare.requestsPerSecond
    const uncached = results.uncached.get(fixture.name)
    const misses = [
      ratio < TARGETS.minBareRatio ? `${ratio.toFixed(2)} of bare` : '',
      api.p99 > TARGETS.maxP99Ms ? `p99 ${api.p99} ms` : '',
      api.bad > 0 ? `${api.bad} unexpected responses` : ''
    ].filter(Boolean)
    return {
      measure: `${fixture.name} (${fixture.status}, ${int(fixture.bodyBytes)} B)`,
      figure: `${int(api.requestsPerSecond)} req/s, bare ${int(bare.requestsPerSecond)} (p50 ${bare.p50} / p99 ${bare.p99} ms): ${ratio.toFixed(2)}×`,
      p50: String(api.p50),
      p99: String(api.p99),
      uncached: uncached === undefined ? '' : `${ms(uncached.p50)} / ${ms(uncached.p99)} (n=${uncached.count})`,
      target: `≥ ${TARGETS.minBareRatio}× bare, p99 ≤ ${TARGETS.maxP99Ms} ms`,
      result: verdict(misses.length === 0, misses.join(', '))
    }
  })
}

function searchRow (results: BenchResults): Row[] {
  const search = results.endpoints.find((e) => e.fixture.name.startsWith('GET /v1/search'))
  if (search === undefined) return []
  const uncached = results.uncached.get(search.fixture.name)
  // Judged on the cache-less path: with the cache, any endpoint is a memory copy.
  const p50 = uncached?.p50 ?? search.api.p50
  return [{
    measure: 'full-text search p50',
    figure: uncached === undefined ? 'cached path only' : `cache-less server, ${uncached.count} requests one at a time`,
    p50: ms(p50),
    p99: uncached === undefined ? '' : ms(uncached.p99),
    uncached: '',
    target: `p50 ≤ ${TARGETS.maxSearchP50Ms} ms`,
    result: verdict(p50 <= TARGETS.maxSearchP50Ms, `p50 ${ms(p50)} ms`)
  }]
}

function paginationRows ({ pagination: p }: BenchResults): Row[] {
  const deep = `page ${p.deepPage}`
  const pair = (label: string, pages: { first: LatencySample, deep: LatencySample }, judged: boolean): Row => {
    const factor = pages.deep.p50 / pages.first.p50
    return {
      measure: `GET /v1/paragraphs?limit=50, ${deep} vs page 1 (${label})`,
      figure: `page 1 p50 ${ms(pages.first.p50)} / p99 ${ms(pages.first.p99)} ms; ${deep}: ${factor.toFixed(2)}× page 1`,
      p50: ms(pages.deep.p50),
      p99: ms(pages.deep.p99),
      uncached: '',
      target: judged ? `≤ ${TARGETS.maxDeepPageFactor}× page 1 (p50)` : 'shown only',
      result: judged ? verdict(factor <= TARGETS.maxDeepPageFactor, `${factor.toFixed(2)}×`) : 'n/a'
    }
  }
  const rows = [pair(`cached, ${p.warm.first.count} requests each`, p.warm, p.uncached === null)]
  if (p.uncached !== null) rows.push(pair(`cache-less, ${p.uncached.first.count} + ${p.uncached.deep.count} requests`, p.uncached, true))
  return rows
}

/**
 * CPU time per statement against what the cores give at the target rate: a
 * run that uses more than that cannot reach the target by waiting less.
 */
function cpuBudget (i: IngestionResult): string {
  if (i.cpuMsPerStatement === null) return ''
  const budgetMs = i.cores * 1000 / TARGETS.minStatementsPerSecond
  return `; CPU ${i.cpuMsPerStatement.toFixed(2)} ms a statement, user + system (${i.cores} cores give ${budgetMs.toFixed(1)} ms at ${int(TARGETS.minStatementsPerSecond)}/s)`
}

/** Statements stored per second of writing: the most the batch could do if extraction cost nothing. */
function writingRate (i: IngestionResult): string {
  return i.writingMs > 0 ? `${int(i.inserted / (i.writingMs / 1000))} statements/s of writing alone` : 'no writing'
}

function processRows (results: BenchResults): Row[] {
  const i = results.ingestion
  const failures = i.failed > 0 ? ` (${i.failures.join('; ')})` : ''
  const cold = median(results.coldStartsMs)
  const rss = results.serverMemory
  const blank = { p50: '', p99: '', uncached: '' }
  return [
    {
      measure: `ingestion of ${int(i.files)} statements (one process, wall clock)`,
      figure: `${int(i.statementsPerSecond)} statements/s, ${i.mbPerSecond.toFixed(i.mbPerSecond < 1 ? 2 : 1)} MB/s, ${(i.wallMs / 1000).toFixed(1)} s ` +
        `(batch ${(i.batchMs / 1000).toFixed(1)} s, of which writing ${(i.writingMs / 1000).toFixed(1)} s: ${writingRate(i)}), ${i.failed} failed${failures}${cpuBudget(i)}`,
      ...blank,
      target: `≥ ${int(TARGETS.minStatementsPerSecond)} statements/s, no failure`,
      result: verdict(i.statementsPerSecond >= TARGETS.minStatementsPerSecond && i.failed === 0, `${int(i.statementsPerSecond)}/s, ${i.failed} failed`)
    },
    {
      measure: 'ingestion peak RSS',
      figure: i.peakRssMb === null ? 'not measured (no /usr/bin/time)' : `${int(i.peakRssMb)} MB`,
      ...blank,
      target: `≤ ${TARGETS.maxIngestRssMb} MB`,
      result: i.peakRssMb === null ? 'n/a' : verdict(i.peakRssMb <= TARGETS.maxIngestRssMb, `${int(i.peakRssMb)} MB`)
    },
    {
      measure: 'cold start (spawn to /ready 200)',
      figure: `median ${int(cold)} ms of ${results.coldStartsMs.length} (${results.coldStartsMs.map(int).join(', ')} ms)`,
      ...blank,
      target: `≤ ${int(TARGETS.maxColdStartMs)} ms`,
      result: verdict(cold <= TARGETS.maxColdStartMs, `${int(cold)} ms`)
    },
    {
      measure: 'API server RSS after the load',
      figure: rss === null ? 'not measured (no /proc)' : `${int(rss.rssMb)} MB (peak ${int(rss.peakMb)} MB)`,
      ...blank,
      target: `≤ ${TARGETS.maxServerRssMb} MB`,
      result: rss === null ? 'n/a' : verdict(rss.rssMb <= TARGETS.maxServerRssMb, `${int(rss.rssMb)} MB`)
    }
  ]
}

export function buildRows (results: BenchResults): Row[] {
  return [...endpointRows(results), ...searchRow(results), ...paginationRows(results), ...processRows(results)]
}
