import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import Fastify from 'fastify'
import { test } from 'tap'
import { createEarlyResponse } from '../../src/http/early-response.js'
import { fixtureDocument, statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'
import { toStatementRows } from '../../src/db/statement-rows.js'

// Cached hits answered by the HTTP server before Fastify routes them
// (src/http/early-response.ts, src/plugins/caching.ts). app.inject() calls
// Fastify's handler directly, so these tests go over a real socket.

interface RawResponse { status: number, headers: IncomingHttpHeaders, body: Buffer }

/** One request with exactly these headers (fetch would add Accept-Encoding). */
async function send (port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return await new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }) })
    })
    req.on('error', reject)
    req.end()
  })
}

const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive'])
const resourceHeaders = (headers: IncomingHttpHeaders): Record<string, unknown> =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name)))

async function listen (app: Awaited<ReturnType<typeof buildTestApp>>['app']): Promise<number> {
  await app.listen({ host: '127.0.0.1', port: 0 })
  return (app.server.address() as AddressInfo).port
}

/**
 * Counts the requests Fastify routed: onResponse runs for each of them, a hit
 * its cache hook answered included, and never for an answer given early.
 */
function countRouted (app: Awaited<ReturnType<typeof buildTestApp>>['app']): () => number {
  let routed = 0
  app.addHook('onResponse', (_request, _reply, done) => { routed += 1; done() })
  return () => routed
}

test('a hit is answered before routing, with the status, headers and bytes Fastify sent for the miss', async (t) => {
  const { app } = await buildTestApp(t, { statements: 4 })
  const routed = countRouted(app)
  const port = await listen(app)
  const path = '/v1/statements?limit=2'
  const miss = await send(port, path, { origin: 'https://dash.example.org' })
  t.equal(routed(), 1, 'the miss went through Fastify')
  const hit = await send(port, path, { origin: 'https://dash.example.org' })
  t.equal(routed(), 1, 'the hit did not')
  t.equal(app.responseCache.stats().hits, 1)
  t.equal(hit.status, 200)
  t.same(resourceHeaders(hit.headers), resourceHeaders(miss.headers))
  t.ok(hit.body.equals(miss.body), 'same bytes')
  t.equal(hit.headers['content-length'], String(miss.body.length))
})

test('an early 304 and an early HEAD drop what they must and keep the rest', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const routed = countRouted(app)
  const port = await listen(app)
  const path = `/v1/statements/${statementId(0)}`
  const miss = await send(port, path)
  const notModified = await send(port, path, { 'if-none-match': miss.headers.etag as string })
  t.equal(notModified.status, 304)
  t.equal(notModified.body.length, 0)
  t.equal(notModified.headers.etag, miss.headers.etag)
  for (const header of ['content-type', 'content-length']) t.notOk(header in notModified.headers, `no ${header}`)
  const head = await send(port, path, {}, 'HEAD')
  t.equal(head.status, 200)
  t.equal(head.body.length, 0)
  t.equal(head.headers['content-length'], String(miss.body.length))
  t.equal(routed(), 1, 'only the miss was routed')
})

test('a request the cache must not answer early goes through Fastify', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const routed = countRouted(app)
  const port = await listen(app)
  const path = '/v1/topics'
  await send(port, path)
  t.equal(routed(), 1)
  const compressed = await send(port, path, { 'accept-encoding': 'gzip' })
  t.equal(compressed.headers['content-encoding'], 'gzip', 'compression is Fastify\'s')
  t.equal(routed(), 2)
  await send(port, path, { accept: 'text/csv' })
  t.equal(routed(), 3, 'another Accept is another entry: a miss')
  const posted = await send(port, path, {}, 'POST')
  t.equal(posted.status, 405, 'the path has no POST: Fastify\'s not-found handler answers it')
  t.equal(routed(), 4)
})

test('under pressure a hit is left to Fastify, whose load shedding decides', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const routed = countRouted(app)
  const port = await listen(app)
  await send(port, '/v1/topics')
  await send(port, '/v1/topics')
  t.equal(routed(), 1)
  Object.assign(app, { isUnderPressure: () => true })
  await send(port, '/v1/topics')
  t.equal(routed(), 2)
})

test('a commit on another connection is seen by the next early answer', async (t) => {
  const { app, writer } = await buildTestApp(t, { statements: 2 })
  const routed = countRouted(app)
  const port = await listen(app)
  const before = await send(port, '/v1/statements')
  await send(port, '/v1/statements')
  t.equal(routed(), 1)
  writer.write(toStatementRows(fixtureDocument(2)))
  await new Promise((resolve) => setImmediate(resolve))
  const after = await send(port, '/v1/statements', { 'if-none-match': before.headers.etag as string })
  t.equal(after.status, 200, 'the old ETag no longer matches')
  t.equal(JSON.parse(after.body.toString()).data.length, 3)
  t.equal(routed(), 2, 'the stale entry was not served')
})

test('with request logging at info, every request is routed and logged', async (t) => {
  const lines: string[] = []
  const stream = new Writable({ write (chunk: Buffer, _encoding, done) { lines.push(chunk.toString()); done() } })
  const { app } = await buildTestApp(t, { statements: 1, logger: { level: 'info', stream } })
  const port = await listen(app)
  for (let i = 0; i < 3; i++) await send(port, '/v1/topics')
  t.equal(app.responseCache.stats().hits, 2, 'two answers came from the cache')
  t.equal(lines.filter((line) => line.includes('request completed')).length, 3)
})

test('with a rate limit, every hit is counted and carries its own RateLimit headers', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1, rateLimit: 3 })
  const port = await listen(app)
  const remaining = []
  for (let i = 0; i < 3; i++) remaining.push((await send(port, '/v1/topics')).headers['ratelimit-remaining'])
  t.same(remaining, ['2', '1', '0'])
  t.equal((await send(port, '/v1/topics')).status, 429)
})

test('the early slot answers only while a responder is installed, on a server set up as Fastify sets up its own', async (t) => {
  const early = createEarlyResponse()
  const app = Fastify({ serverFactory: early.serverFactory })
  app.get('/x', async () => 'routed')
  t.teardown(async () => { await app.close() })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const port = (app.server.address() as AddressInfo).port
  early.use((_request, response) => { response.end('early'); return true })
  t.equal((await send(port, '/x')).body.toString(), 'early')
  early.use(() => false)
  t.equal((await send(port, '/x')).body.toString(), 'routed', 'a responder that declines leaves the request to Fastify')
  early.use(null)
  t.equal((await send(port, '/x')).body.toString(), 'routed')

  const plain = Fastify()
  t.teardown(async () => { await plain.close() })
  await plain.ready()
  for (const setting of ['keepAliveTimeout', 'requestTimeout', 'timeout', 'maxRequestsPerSocket'] as const) {
    t.equal(app.server[setting], plain.server[setting], setting)
  }
})
