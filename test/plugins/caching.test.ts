import { test } from 'tap'
import { gunzipSync } from 'node:zlib'
import { fixtureDocument, statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'
import { toStatementRows } from '../../src/db/statement-rows.js'

test('every v1 GET has a weak ETag naming the data version, and Cache-Control', async (t) => {
  const { app, writeDb } = await buildTestApp(t, { statements: 2 })
  const version = writeDb.prepare('SELECT version FROM data_version').pluck().get()
  const response = await app.inject('/v1/statements')
  t.equal(response.headers.etag, `W/"${String(version)}-json"`)
  t.equal(response.headers['cache-control'], 'public, no-cache')
  t.match(response.headers.vary, /Accept/)
})

test('a matching If-None-Match is answered 304 without a body, before and after the response is cached', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const first = await app.inject(`/v1/statements/${statementId(0)}`)
  const etag = first.headers.etag as string
  for (const attempt of ['from the cache', 'again']) {
    const response = await app.inject({ url: `/v1/statements/${statementId(0)}`, headers: { 'if-none-match': etag } })
    t.equal(response.statusCode, 304, attempt)
    t.equal(response.body, '', attempt)
    t.equal(response.headers.etag, etag, attempt)
  }
  const stale = await app.inject({ url: `/v1/statements/${statementId(0)}`, headers: { 'if-none-match': 'W/"0-json"' } })
  t.equal(stale.statusCode, 200)
})

test('a 304 from the cache has the stored headers but none that describe a body', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const url = '/v1/statements?format=csv'
  const stored = await app.inject(url)
  t.ok(stored.headers['content-disposition'], 'the stored answer is a download')
  const response = await app.inject({ url, headers: { 'if-none-match': stored.headers.etag as string } })
  t.equal(app.responseCache.stats().hits, 1)
  t.equal(response.statusCode, 304)
  for (const header of ['content-type', 'content-disposition', 'content-length']) t.notOk(header in response.headers, `no ${header}`)
  for (const header of ['etag', 'cache-control', 'vary', 'access-control-allow-origin', 'content-security-policy']) t.equal(response.headers[header], stored.headers[header], header)
})

test('a 304 is given on the first request too, when the ETag still matches', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const etag = (await app.inject('/v1/topics')).headers.etag as string
  app.responseCache.get('', -1) // a new version drops every entry
  const response = await app.inject({ url: '/v1/actors', headers: { 'if-none-match': etag } })
  t.equal(response.statusCode, 304)
})

test('each representation has its own ETag', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const tags = await Promise.all(['json', 'csv', 'ndjson'].map(async (format) => (await app.inject(`/v1/statements?format=${format}`)).headers.etag))
  t.equal(new Set(tags).size, 3)
  const csvByAccept = await app.inject({ url: '/v1/statements', headers: { accept: 'text/csv' } })
  t.equal(csvByAccept.headers.etag, tags[1])
  t.match(csvByAccept.headers['content-type'], /^text\/csv/)
})

test('a cached response is replayed with its headers, and serves the same bytes', async (t) => {
  const { app } = await buildTestApp(t, { statements: 4 })
  const first = await app.inject('/v1/statements?limit=2&format=csv')
  const second = await app.inject('/v1/statements?limit=2&format=csv')
  t.equal(app.responseCache.stats().entries, 1)
  t.equal(second.body, first.body)
  for (const header of ['content-type', 'content-disposition', 'link', 'etag']) t.equal(second.headers[header], first.headers[header], header)
})

test('a write on another connection changes the ETag and the data from the next turn of the event loop', async (t) => {
  const { app, writer } = await buildTestApp(t, { statements: 2 })
  const before = await app.inject('/v1/statements')
  t.equal(before.json().data.length, 2)
  writer.write(toStatementRows(fixtureDocument(2)))
  // Another process's commit lands between turns; requests of one turn share one version check.
  await new Promise((resolve) => setImmediate(resolve))
  const after = await app.inject('/v1/statements')
  t.equal(after.json().data.length, 3)
  t.not(after.headers.etag, before.headers.etag)
  const conditional = await app.inject({ url: '/v1/statements', headers: { 'if-none-match': before.headers.etag as string } })
  t.equal(conditional.statusCode, 200)
})

test('errors are neither cached nor given an ETag', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const response = await app.inject('/v1/statements/nope')
  t.equal(response.statusCode, 404)
  t.notOk(response.headers.etag)
  t.equal(response.headers['cache-control'], 'no-store')
  t.equal(app.responseCache.stats().entries, 0)
})

test('the cache keeps at most maxEntries responses', async (t) => {
  const { app } = await buildTestApp(t, { statements: 6, cache: { maxEntries: 3 } })
  for (let index = 0; index < 6; index++) await app.inject(`/v1/statements/${statementId(index)}`)
  t.equal(app.responseCache.stats().entries, 3)
})

test('the cache keeps at most maxBytes of responses and skips bodies over a quarter of it', async (t) => {
  const { app } = await buildTestApp(t, { statements: 6, cache: { maxBytes: 8000 } })
  for (let index = 0; index < 6; index++) await app.inject(`/v1/statements/${statementId(index)}`)
  t.ok(app.responseCache.stats().bytes <= 8000)
  await app.inject('/v1/paragraphs?limit=200')
  t.ok(app.responseCache.stats().bytes <= 8000)
})

// Headers Node writes per connection, not part of what the cache keeps.
const PER_CONNECTION = new Set(['date', 'connection', 'keep-alive'])
const resourceHeaders = (headers: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_CONNECTION.has(name)))

test('a hit carries exactly the headers of the miss that stored it, security and CORS headers included', async (t) => {
  const { app } = await buildTestApp(t, { statements: 4 })
  const request = { url: '/v1/statements?limit=2', headers: { origin: 'https://dash.example.org' } }
  const miss = await app.inject(request)
  const hit = await app.inject(request)
  t.equal(app.responseCache.stats().hits, 1, 'the second answer came from the cache')
  t.same(resourceHeaders(hit.headers), resourceHeaders(miss.headers))
  t.equal(hit.headers['access-control-allow-origin'], '*')
  t.equal(hit.headers['x-content-type-options'], 'nosniff')
  t.match(hit.headers['content-security-policy'], /default-src 'none'/)
  t.ok(hit.headers.link, 'the pagination link is replayed')
  t.equal(hit.body, miss.body)
})

test('a hit stored without an Origin is served the same CORS headers to a request with one', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  await app.inject('/v1/topics')
  const hit = await app.inject({ url: '/v1/topics', headers: { origin: 'https://other.example.org' } })
  t.equal(app.responseCache.stats().hits, 1)
  t.equal(hit.headers['access-control-allow-origin'], '*')
  t.notMatch(String(hit.headers.vary), /Origin/i, 'the CORS answer does not depend on the origin')
})

test('a hit is still rate-limited, with the RateLimit headers of this request, not of the stored one', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1, rateLimit: 3 })
  const url = `/v1/statements/${statementId(0)}`
  const remaining = []
  for (let i = 0; i < 3; i++) remaining.push((await app.inject(url)).headers['ratelimit-remaining'])
  t.same(remaining, ['2', '1', '0'])
  t.equal(app.responseCache.stats().hits, 2)
  t.equal((await app.inject(url)).statusCode, 429)
})

test('a different Accept is never served the representation stored for another', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const json = await app.inject('/v1/statements')
  t.match(json.headers['content-type'], /^application\/json/)
  for (const accept of ['text/csv', 'text/csv;q=1, application/json;q=0.5', 'application/x-ndjson']) {
    for (const attempt of ['miss', 'hit']) {
      const response = await app.inject({ url: '/v1/statements', headers: { accept } })
      t.notMatch(response.headers['content-type'], /^application\/json/, `${accept} (${attempt})`)
      t.not(response.headers.etag, json.headers.etag, `${accept} (${attempt})`)
    }
  }
  const jsonAgain = await app.inject({ url: '/v1/statements', headers: { accept: 'application/json' } })
  t.match(jsonAgain.headers['content-type'], /^application\/json/)
  t.equal(jsonAgain.headers.etag, json.headers.etag, 'the same representation has the same ETag under another Accept')
  const refused = await app.inject({ url: '/v1/statements', headers: { accept: 'image/png' } })
  t.equal(refused.statusCode, 406)
})

test('HEAD is answered from the cache like GET: same headers and length, no body', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const url = `/v1/statements/${statementId(0)}`
  const headFirst = await app.inject({ method: 'HEAD', url })
  t.equal(headFirst.statusCode, 200)
  t.equal(headFirst.body, '')
  const get = await app.inject(url)
  t.equal(app.responseCache.stats().hits, 1, 'a HEAD miss stores the entry a GET then hits')
  t.equal(get.body.length, Number(headFirst.headers['content-length']))
  const headHit = await app.inject({ method: 'HEAD', url })
  t.equal(app.responseCache.stats().hits, 2)
  t.equal(headHit.statusCode, 200)
  t.equal(headHit.body, '')
  t.same(resourceHeaders(headHit.headers), resourceHeaders(get.headers))
  const conditional = await app.inject({ method: 'HEAD', url, headers: { 'if-none-match': get.headers.etag as string } })
  t.equal(conditional.statusCode, 304)
})

test('a hit is compressed for a client that accepts it, and replayed as identity bytes otherwise', async (t) => {
  const { app } = await buildTestApp(t, { statements: 6 })
  const url = '/v1/paragraphs?limit=50'
  const identity = await app.inject(url)
  const gzip = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } })
  t.equal(app.responseCache.stats().hits, 1)
  t.equal(gzip.headers['content-encoding'], 'gzip')
  t.match(gzip.headers.vary, /Accept.*accept-encoding/i)
  t.equal(gunzipSync(gzip.rawPayload).toString('utf8'), identity.body)
  const again = await app.inject(url)
  t.notOk(again.headers['content-encoding'])
  t.equal(again.body, identity.body)
})

test('a rate-limited hit merges its RateLimit headers into the stored ones, and a 304 still drops what describes a body', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1, rateLimit: 10 })
  const url = `/v1/statements/${statementId(0)}`
  const miss = await app.inject(url)
  const hit = await app.inject(url)
  t.equal(hit.headers['ratelimit-remaining'], '8')
  t.equal(hit.headers['content-length'], String(miss.rawPayload.length))
  t.equal(hit.headers['content-type'], miss.headers['content-type'])
  t.equal(hit.body, miss.body)
  const notModified = await app.inject({ url, headers: { 'if-none-match': String(miss.headers.etag) } })
  t.equal(notModified.statusCode, 304)
  t.equal(notModified.headers['ratelimit-remaining'], '7')
  t.equal(notModified.headers.etag, miss.headers.etag)
  for (const header of ['content-type', 'content-disposition', 'content-length']) t.notOk(header in notModified.headers, `no ${header}`)
})
