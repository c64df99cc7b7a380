import { join } from 'node:path'
import { recordFixtures, writeFixtures, type EndpointSpec } from './fixtures.js'
import { measureEndpoints, type EndpointLoad, type LoadSettings } from './load.js'
import { measurePagination, type PaginationResult } from './pagination.js'
import { memoryOf, stopChild } from './processes.js'
import { closeConnections, getJson, sampleLatency, type LatencySample } from './sequential.js'
import { startApiServer, startBareServer, startUncachedServer, type StartedServer } from './servers.js'

export interface ApiRunResult {
  endpoints: EndpointLoad[]
  uncached: Map<string, LatencySample>
  pagination: PaginationResult
  serverMemory: { rssMb: number, peakMb: number } | null
  firstStartMs: number
}

export interface ApiRunSettings extends LoadSettings {
  distDir: string
  benchDir: string
  databasePath: string
  workDir: string
  /** A statement id that surely exists, used when no commitment points to one. */
  fallbackId: string
  log: (line: string) => void
}

const UNCACHED_SAMPLES = 100
const UNCACHED_BUDGET_MS = 10_000
const PAGE_SAMPLES = 200
const DEEP_PAGE = 200

/** A statement that has commitments, so that /commitments of it is not an empty list. */
async function pickStatement (apiUrl: string, fallback: string): Promise<string> {
  const body = await getJson(`${apiUrl}/v1/commitments?topic=sanctions&limit=1`) as { data: Array<{ statement_id?: string }> }
  return body.data[0]?.statement_id ?? fallback
}

export function endpointsFor (id: string): EndpointSpec[] {
  return [
    { name: 'GET /v1/statements/{id}', path: `/v1/statements/${id}` },
    { name: 'GET /v1/statements/{id}/commitments', path: `/v1/statements/${id}/commitments` },
    { name: 'GET /v1/commitments?topic=sanctions', path: '/v1/commitments?topic=sanctions' },
    { name: 'GET /v1/actors?limit=50', path: '/v1/actors?limit=50' },
    { name: 'GET /v1/search?q=sanctions', path: '/v1/search?q=sanctions' },
    { name: 'GET /v1/stats/topics', path: '/v1/stats/topics' },
    { name: 'GET /v1/statements/{id} If-None-Match', path: `/v1/statements/${id}`, conditional: true }
  ]
}

/** Starts the three servers, measures, and always stops them. */
export async function runApiMeasurements (s: ApiRunSettings): Promise<ApiRunResult> {
  const started: StartedServer[] = []
  try {
    const api = await startApiServer(s.distDir, s.databasePath)
    started.push(api)
    s.log(`API ready in ${Math.round(api.readyMs)} ms on ${api.child.url}`)
    const id = await pickStatement(api.child.url, s.fallbackId)
    const fixtures = await recordFixtures(api.child.url, endpointsFor(id))
    const fixturesPath = join(s.workDir, 'fixtures.json')
    writeFixtures(fixturesPath, fixtures)
    const bare = await startBareServer(s.benchDir, fixturesPath)
    started.push(bare)
    const uncachedServer = await startUncachedServer(s.benchDir, s.distDir, s.databasePath)
    started.push(uncachedServer)

    const endpoints = await measureEndpoints(api.child.url, bare.child.url, fixtures, s, (e) => {
      s.log(`${e.fixture.name}: API ${Math.round(e.api.requestsPerSecond)} req/s (p99 ${e.api.p99} ms), bare ${Math.round(e.bare.requestsPerSecond)} req/s`)
    })
    const uncached = new Map<string, LatencySample>()
    for (const fixture of fixtures) {
      uncached.set(fixture.name, await sampleLatency(`${uncachedServer.child.url}${fixture.path}`, UNCACHED_SAMPLES, { headers: fixture.headers, expectedStatus: fixture.status, warmup: 2, budgetMs: UNCACHED_BUDGET_MS }))
    }
    s.log('uncached latencies measured')
    const pagination = await measurePagination(api.child.url, uncachedServer.child.url, '/v1/paragraphs?limit=50', DEEP_PAGE, PAGE_SAMPLES)
    s.log(`pagination measured (deep page: ${pagination.deepPage})`)
    // After every load on it, cache full: the figure a long-running server would show.
    const serverMemory = memoryOf(api.child.process.pid)
    return { endpoints, uncached, pagination, serverMemory, firstStartMs: api.readyMs }
  } finally {
    closeConnections()
    for (const server of started.reverse()) await stopChild(server.child)
  }
}
