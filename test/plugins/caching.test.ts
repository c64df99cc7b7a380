import { test } from 'tap'
import { fixtureDocument, statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'

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

test('a write on another connection changes the ETag and the data at once', async (t) => {
  const { app, writer } = await buildTestApp(t, { statements: 2 })
  const before = await app.inject('/v1/statements')
  t.equal(before.json().data.length, 2)
  writer.write(fixtureDocument(2))
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
