import { test } from 'tap'
import { buildTestApp } from '../helpers/build-test-app.js'

test('any origin may GET, and Link and ETag are exposed, also on cached responses', async (t) => {
  const { app } = await buildTestApp(t, { statements: 3 })
  for (const attempt of ['first', 'cached']) {
    const response = await app.inject({ url: '/v1/statements?limit=1', headers: { origin: 'https://dashboard.example.org' } })
    t.equal(response.headers['access-control-allow-origin'], '*', attempt)
    t.match(response.headers['access-control-expose-headers'], /Link/, attempt)
    t.match(response.headers['access-control-expose-headers'], /ETag/, attempt)
  }
})

test('a preflight request allows GET from any origin', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const response = await app.inject({ method: 'OPTIONS', url: '/v1/statements', headers: { origin: 'https://x.example', 'access-control-request-method': 'GET' } })
  t.equal(response.statusCode, 204)
  t.match(response.headers['access-control-allow-methods'], /GET/)
})

test('a plain OPTIONS request, not a preflight, is answered 204 with the methods, not a 400 in plain text', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const response = await app.inject({ method: 'OPTIONS', url: '/v1/actors' })
  t.equal(response.statusCode, 204)
  t.match(response.headers['access-control-allow-methods'], /GET/)
})
