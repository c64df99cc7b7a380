import { test } from 'tap'
import { statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'

test('every answer carries the IETF RateLimit headers, counting down per client', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1, rateLimit: 5 })
  const first = await app.inject('/v1/statements')
  t.equal(first.headers['ratelimit-limit'], '5')
  t.equal(first.headers['ratelimit-remaining'], '4')
  t.ok(Number(first.headers['ratelimit-reset']) > 0)
  const second = await app.inject('/health')
  t.equal(second.headers['ratelimit-remaining'], '3', 'one budget for every route')
})

test('over the limit a client gets a 429 problem with Retry-After, even for responses the cache would serve', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1, rateLimit: 3 })
  const url = `/v1/statements/${statementId(0)}`
  for (let i = 0; i < 3; i++) t.equal((await app.inject(url)).statusCode, 200)
  t.equal(app.responseCache.stats().entries, 1, 'the response is cached')
  const limited = await app.inject(url)
  t.equal(limited.statusCode, 429)
  t.match(limited.headers['content-type'], /^application\/problem\+json/)
  t.match(limited.json(), { type: '/problems/too-many-requests', status: 429, code: 'API_TOO_MANY_REQUESTS' })
  t.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After in seconds')
  t.equal(limited.headers['ratelimit-remaining'], '0')
  const conditional = await app.inject({ url, headers: { 'if-none-match': '*' } })
  t.equal(conditional.statusCode, 429, 'a conditional request is counted too')
})

test('clients are counted by IP, separately', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1, rateLimit: 1 })
  t.equal((await app.inject({ url: '/health', remoteAddress: '10.0.0.1' })).statusCode, 200)
  t.equal((await app.inject({ url: '/health', remoteAddress: '10.0.0.1' })).statusCode, 429)
  t.equal((await app.inject({ url: '/health', remoteAddress: '10.0.0.2' })).statusCode, 200)
})

test('behind a trusted proxy the forwarded client address is the key', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1, rateLimit: 1, trustProxy: '127.0.0.1' })
  const from = (client: string) => app.inject({ url: '/health', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': client } })
  t.equal((await from('203.0.113.1')).statusCode, 200)
  t.equal((await from('203.0.113.2')).statusCode, 200, 'another client behind the same proxy has its own budget')
  t.equal((await from('203.0.113.1')).statusCode, 429)
})

test('RATE_LIMIT=0 turns the limit off: no headers, no 429', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1, rateLimit: 0 })
  for (let i = 0; i < 20; i++) {
    const response = await app.inject('/health')
    t.equal(response.statusCode, 200)
    t.equal(response.headers['ratelimit-limit'], undefined)
  }
})
