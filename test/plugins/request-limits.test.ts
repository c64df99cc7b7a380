import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from 'tap'
import { buildTestApp } from '../helpers/build-test-app.js'

const PROBLEM = /^application\/problem\+json/

test('a URL over 8 KB is a 414 problem, before validation or the cache', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const url = `/v1/statements?q=${'x'.repeat(8200)}`
  const response = await app.inject(url)
  t.equal(response.statusCode, 414)
  t.match(response.headers['content-type'], PROBLEM)
  t.match(response.json(), { type: '/problems/uri-too-long', status: 414, code: 'API_URI_TOO_LONG' })
  t.equal(app.responseCache.stats().entries, 0)
  t.equal((await app.inject(`/v1/nope/${'y'.repeat(9000)}`)).statusCode, 414, 'unknown routes too')
})

test('a URL just under the limit is served; the limit is configurable', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1, maxUrlBytes: 100 })
  t.equal((await app.inject(`/v1/statements?q=${'x'.repeat(60)}`)).statusCode, 200)
  t.equal((await app.inject(`/v1/statements?q=${'x'.repeat(100)}`)).statusCode, 414)
})

test('q, limit and path parameters keep their own bounds: 400 and 414 problems', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  t.equal((await app.inject(`/v1/search?q=${'x'.repeat(5001)}`)).statusCode, 400)
  t.equal((await app.inject('/v1/statements?limit=201')).statusCode, 400)
  const longId = await app.inject(`/v1/statements/${'s'.repeat(400)}`)
  t.equal(longId.statusCode, 414, 'a path parameter over maxParamLength (300)')
  t.match(longId.headers['content-type'], PROBLEM)
})

test('a path id up to 300 characters, or empty, is looked up: unknown is a 404, never a 400', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  for (const url of [`/v1/statements/${'s'.repeat(201)}`, `/v1/statements/${'s'.repeat(300)}`, '/v1/statements/', '/v1/statements//paragraphs', '/v1/topics/', `/v1/actors/${'a'.repeat(250)}`]) {
    const response = await app.inject(url)
    t.equal(response.statusCode, 404, url.slice(0, 40))
    t.match(response.headers['content-type'], PROBLEM)
  }
  t.equal((await app.inject(`/v1/statements/${'s'.repeat(301)}`)).statusCode, 414, 'one more: the router\'s 414')
})

test('a request head over Node\'s 16 KB limit is answered with a 431 problem, not a bare socket close', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as AddressInfo
  const { status, type, body } = await new Promise<{ status: number, type: string, body: string }>((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path: `/v1/statements?q=${'x'.repeat(20_000)}` }, (response) => {
      let text = ''
      response.setEncoding('utf8').on('data', (chunk: string) => { text += chunk }).on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body: text }))
    })
    request.on('error', reject).end()
  })
  t.equal(status, 431)
  t.match(type, PROBLEM)
  t.match(JSON.parse(body), { type: 'about:blank', title: 'Request Header Fields Too Large', status: 431 })
  t.notOk('instance' in JSON.parse(body), 'no instance: the request line was never read')
})
