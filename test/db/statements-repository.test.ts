import { test } from 'tap'
import { createStatementsRepository } from '../../src/db/statements-repository.js'
import { statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'

const query = { limit: 4, sort: '-date' as const, format: undefined }

test('list fetches limit + 1 rows and continues strictly after the cursor', async (t) => {
  const { app } = await buildTestApp(t, { statements: 9 })
  const repository = createStatementsRepository(app.db)
  const first = repository.list(query)
  t.equal(first.items.length, 4)
  t.type(first.nextCursor, 'string')
  const second = repository.list({ ...query, cursor: first.nextCursor ?? undefined })
  t.same(second.items.filter((item) => first.items.some((seen) => seen.id === item.id)), [])
  const last = repository.list({ ...query, limit: 200 })
  t.equal(last.items.length, 9)
  t.equal(last.nextCursor, null)
})

test('findById parses the JSON columns and exists answers without reading the row', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const repository = createStatementsRepository(app.db)
  t.same(repository.findById(statementId(0))?.speakers, [{ name: 'Jens Stoltenberg', role: 'NATO Secretary-General' }])
  t.equal(repository.exists(statementId(0)), true)
  t.equal(repository.exists('nope'), false)
  t.equal(repository.findById('nope'), undefined)
})
