import { test } from 'tap'
import { recordFixtures } from '../../scripts/bench/fixtures.js'
import { formatRun } from '../../scripts/bench/report.js'
import { statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'

test('fixtures record the response headers the API sent, except those Node writes per connection', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  const path = `/v1/statements/${statementId(0)}`
  const [ok, notModified] = await recordFixtures(address, [{ name: 'one', path }, { name: 'again', path, conditional: true }])
  t.equal(ok?.responseHeaders['x-content-type-options'], 'nosniff', 'security headers')
  t.equal(ok?.responseHeaders['access-control-allow-origin'], '*', 'CORS headers')
  t.match(ok?.responseHeaders['content-type'], /^application\/json/)
  t.equal(ok?.responseHeaders['cache-control'], 'public, no-cache')
  t.ok(ok?.responseHeaders.etag)
  for (const name of ['date', 'connection', 'keep-alive', 'content-length']) t.notOk(name in (ok?.responseHeaders ?? {}), `no ${name}`)
  t.equal(notModified?.status, 304)
  t.equal(notModified?.responseHeaders.etag, ok?.responseHeaders.etag)
})

test('every run in the report says what the bare twin sends', async (t) => {
  const run = formatRun([], {
    date: new Date('2026-11-29T00:00:00Z'),
    options: { statements: 10, duration: 1, connections: 10, out: 'BENCHMARKS.md', keep: false, skipBuild: true },
    commit: 'abc',
    loadBefore: 0,
    loadAfter: 0,
    notes: []
  })
  t.match(run, /^- Bare twin: sends the response headers recorded from the API \(security, CORS, Cache-Control, Vary, ETag, content type; about 19\)/m)
})
