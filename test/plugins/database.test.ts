import { test } from 'tap'
import { buildTestApp } from '../helpers/build-test-app.js'

test('the API connection is read-only', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  t.throws(() => app.db.prepare('DELETE FROM statements').run(), /readonly|read-only|query_only|attempt to write/i)
  t.equal(app.db.prepare('SELECT count(*) FROM statements').pluck().get(), 1)
})

test('closing the app closes its connection', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  await app.ready()
  const db = app.db
  await app.close()
  t.equal(db.open, false)
})
