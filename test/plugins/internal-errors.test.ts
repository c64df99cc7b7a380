import { Writable } from 'node:stream'
import { test } from 'tap'
import { statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'

const LEAKS = /SELECT|FROM |sqlite|SQLITE|no such table|database connection|\.ts:\d|at [\w.<>]+ \(|node_modules|\/work\//

function captureLog () {
  const lines: string[] = []
  const stream = new Writable({ write (chunk: Buffer, _encoding, done) { lines.push(chunk.toString()); done() } })
  return { stream, text: () => lines.join('') }
}

test('a closed database connection gives generic 500 problems; the details go to the log only', async (t) => {
  const log = captureLog()
  const { app } = await buildTestApp(t, { statements: 1, logger: { level: 'error', stream: log.stream } })
  await app.ready()
  app.db.close()
  for (const url of ['/v1/statements', `/v1/statements/${statementId(0)}`, '/v1/search?q=energy', '/v1/stats/topics']) {
    const response = await app.inject(url)
    t.equal(response.statusCode, 500, url)
    t.match(response.headers['content-type'], /^application\/problem\+json/, url)
    t.same(Object.keys(response.json()).sort(), ['detail', 'instance', 'status', 'title', 'type'], `${url}: no code, no stack`)
    t.equal(response.json().detail, 'An unexpected error occurred; it has been logged.', url)
    t.notMatch(response.body, LEAKS, url)
  }
  t.match(log.text(), /request failed/, 'the failure is logged for the operator')
  const ready = await app.inject('/ready')
  t.equal(ready.statusCode, 503, 'readiness reports it')
})

test('a damaged schema (a table gone under the API) gives generic 500 problems with no SQL', async (t) => {
  const { app, writeDb } = await buildTestApp(t, { statements: 2 })
  t.equal((await app.inject('/v1/paragraphs')).statusCode, 200)
  writeDb.exec('PRAGMA foreign_keys = OFF; ALTER TABLE paragraphs RENAME TO paragraphs_gone')
  const response = await app.inject(`/v1/statements/${statementId(1)}/paragraphs`)
  t.equal(response.statusCode, 500)
  t.notMatch(response.body, LEAKS)
})
