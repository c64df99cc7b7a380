import { test } from 'tap'
import { buildTestApp } from '../helpers/build-test-app.js'

test('/health answers ok', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const response = await app.inject('/health')
  t.equal(response.statusCode, 200)
  t.same(response.json(), { status: 'ok' })
})

test('/ready reports the data version when the database is open and migrated', async (t) => {
  const { app, writeDb } = await buildTestApp(t, { statements: 1 })
  const version = writeDb.prepare('SELECT version FROM data_version').pluck().get()
  t.same((await app.inject('/ready')).json(), { status: 'ready', data_version: version })
})

test('/ready is a 503 problem when the database is not migrated', async (t) => {
  const { app, writeDb } = await buildTestApp(t, { statements: 1 })
  writeDb.prepare('DELETE FROM schema_migrations').run()
  const response = await app.inject('/ready')
  t.equal(response.statusCode, 503)
  t.match(response.json(), { status: 503, type: '/problems/not-ready' })
})
