import { Agent, request } from 'node:http'

export interface LatencySample {
  count: number
  /** Milliseconds, from the client's side, one request at a time over a kept-alive connection. */
  p50: number
  p99: number
  /** Requests that did not answer the expected status. */
  bad: number
}

export interface SampleOptions {
  headers?: Record<string, string>
  expectedStatus?: number
  /** Unmeasured requests first (default 10). */
  warmup?: number
  /** Stop early (after at least MIN_SAMPLES) once this many ms have passed, warm-up included. */
  budgetMs?: number
}

const MIN_SAMPLES = 5

const agent = new Agent({ keepAlive: true, maxSockets: 1 })

function get (url: string, headers: Record<string, string>): Promise<{ status: number, body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

export async function getJson (url: string): Promise<unknown> {
  const { status, body } = await get(url, {})
  if (status !== 200) throw new Error(`GET ${url} answered ${status}: ${body.toString('utf8').slice(0, 300)}`)
  return JSON.parse(body.toString('utf8'))
}

function percentile (sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number
}

/**
 * Latency of `count` requests sent one after another. Sequential on purpose:
 * this is the cost of one request, not throughput, and with finer resolution
 * than autocannon's whole milliseconds.
 */
export async function sampleLatency (url: string, count: number, options: SampleOptions = {}): Promise<LatencySample> {
  const headers = options.headers ?? {}
  const expected = options.expectedStatus ?? 200
  const budgetEnds = performance.now() + (options.budgetMs ?? Infinity)
  for (let i = 0; i < (options.warmup ?? 10) && performance.now() < budgetEnds; i++) await get(url, headers)
  const times: number[] = []
  let bad = 0
  // A request that takes seconds would make `count` of them take an hour:
  // past the budget, stop at MIN_SAMPLES and say how many were taken.
  for (let i = 0; i < count && (i < MIN_SAMPLES || performance.now() < budgetEnds); i++) {
    const started = performance.now()
    const { status } = await get(url, headers)
    times.push(performance.now() - started)
    if (status !== expected) bad++
  }
  times.sort((a, b) => a - b)
  return { count: times.length, p50: percentile(times, 0.5), p99: percentile(times, 0.99), bad }
}

export function closeConnections (): void {
  agent.destroy()
}
