import { test } from 'tap'
import { buildTestApp } from '../helpers/build-test-app.js'

const PROBLEM = /^application\/problem\+json/

test('bad parameters are 400 problems that name the parameter', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const cases: Array<[string, string]> = [
    ['/v1/statements?limit=0', 'querystring.limit'],
    ['/v1/statements?limit=10000', 'querystring.limit'],
    ['/v1/statements?limit=abc', 'querystring.limit'],
    ['/v1/statements?from=2023-13-01', 'querystring.from'],
    ['/v1/commitments?to=yesterday', 'querystring.to'],
    ['/v1/statements?type=poem', 'querystring.type'],
    ['/v1/statements?sort=title', 'querystring.sort'],
    ['/v1/statements?format=xml', 'querystring.format'],
    ['/v1/commitments?modality=maybe', 'querystring.modality'],
    ['/v1/statements?type=speech&type=statement', 'querystring.type']
  ]
  for (const [url, path] of cases) {
    const response = await app.inject(url)
    t.equal(response.statusCode, 400, url)
    t.match(response.headers['content-type'], PROBLEM, url)
    t.match(response.json(), { type: '/problems/invalid-parameter', title: 'Bad Request', status: 400, instance: url, errors: [{ path }] }, url)
  }
})

test('a malformed or forged cursor is a 400 problem', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const forged = Buffer.from(JSON.stringify([1, 2, 3])).toString('base64url')
  for (const cursor of ['not!base64', 'e30', forged, Buffer.from('[').toString('base64url')]) {
    for (const path of ['/v1/statements', '/v1/paragraphs', '/v1/commitments', '/v1/actors', '/v1/search?q=x&', '/v1/actors/russia/mentions']) {
      const url = `${path}${path.endsWith('&') ? '' : '?'}cursor=${cursor}`
      const response = await app.inject(url)
      t.equal(response.statusCode, 400, url)
      t.match(response.json(), { type: '/problems/invalid-cursor' })
    }
  }
})

test('a date range that ends before it starts is a 400 problem', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const response = await app.inject('/v1/statements?from=2023-02-01&to=2023-01-01')
  t.equal(response.statusCode, 400)
  t.match(response.json(), { detail: /after/ })
})

test('an unknown route is a 404 problem', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const response = await app.inject('/v2/nothing?x=1')
  t.equal(response.statusCode, 404)
  t.match(response.headers['content-type'], PROBLEM)
  t.match(response.json(), { type: '/problems/not-found', status: 404, instance: '/v2/nothing?x=1', detail: 'no route GET /v2/nothing' })
})

test('an unsupported Accept is a 406 problem', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  for (const url of ['/v1/statements', '/v1/statements/statement-23-100', '/health']) {
    const response = await app.inject({ url, headers: { accept: 'image/png' } })
    t.equal(response.statusCode, 406, url)
    t.match(response.json(), { type: '/problems/not-acceptable', status: 406 })
  }
  const csvOnSingle = await app.inject({ url: '/v1/statements/statement-23-100', headers: { accept: 'text/csv' } })
  t.equal(csvOnSingle.statusCode, 406)
})

test('an unexpected failure is a 500 problem that reveals nothing', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  app.get('/v1/boom', async () => { throw new Error('SELECT secret FROM somewhere at /srv/app.ts:12') })
  const response = await app.inject('/v1/boom')
  t.equal(response.statusCode, 500)
  t.match(response.headers['content-type'], PROBLEM)
  t.notMatch(response.body, /secret|SELECT|app\.ts/)
  t.match(response.json(), { type: 'about:blank', title: 'Internal Server Error', status: 500 })
})

test('a malformed URL is a 400 problem', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const response = await app.inject('/v1/statements/%E0%A4%A')
  t.equal(response.statusCode, 400)
  t.match(response.headers['content-type'], PROBLEM)
  t.match(response.json(), { type: '/problems/invalid-parameter', instance: '/v1/statements/%E0%A4%A' }, 'a problem type of its own, as a bad query parameter has')
})

test('a known path with another method is a 405 with Allow; an unknown path stays a 404', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  for (const [method, url] of [['PUT', '/v1/actors'], ['PATCH', '/v1/statements/statement-x'], ['DELETE', '/v1/actors'], ['POST', '/v1/search']] as const) {
    const response = await app.inject({ method, url })
    t.equal(response.statusCode, 405, `${method} ${url}`)
    t.match(response.headers['content-type'], PROBLEM)
    t.match(response.json(), { type: '/problems/method-not-allowed', status: 405, detail: new RegExp(`^${method} is not allowed on ${url}; allowed: .*GET`) })
    t.match(response.headers.allow, /\bGET\b.*\bHEAD\b/, 'Allow lists the methods the path has')
  }
  const put = await app.inject({ method: 'PUT', url: '/v1/statements/statement-x' })
  t.match(put.headers.allow, /DELETE, GET, HEAD, OPTIONS/, 'the write methods of a path are listed too')
  t.equal((await app.inject({ method: 'PUT', url: '/v1/nothing-here' })).statusCode, 404)
  t.equal((await app.inject('/v1/statements/a/b/c')).statusCode, 404, 'deeper than any route')
})
