import { test } from 'tap'
import { createActorsRepository } from '../../src/db/actors-repository.js'
import { fixtureDocument, statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'

// Every other statement names Russia twice, so mention and statement counts differ.
const documents = Array.from({ length: 6 }, (_, index) => {
  const base = fixtureDocument(index)
  return index % 2 === 0 ? base : { ...base, mentions: [...base.mentions, ...base.mentions.filter((mention) => mention.actorId === 'russia')] }
})

test('actor counts are over the whole corpus, or within the statement given', async (t) => {
  const { app } = await buildTestApp(t, { documents })
  const actors = createActorsRepository(app.db)
  const counts = (items: Array<{ id: string, mention_count: number, statement_count: number }>) =>
    Object.fromEntries(items.map((actor) => [actor.id, [actor.mention_count, actor.statement_count]]))
  t.same(counts(actors.list({ limit: 50, format: undefined }).items), {
    'european-commission': [0, 3],
    'european-union': [6, 6],
    'jens-stoltenberg': [0, 3],
    russia: [9, 6],
    ukraine: [6, 6]
  })
  t.same(counts(actors.list({ limit: 50, statement: statementId(1), format: undefined }).items), {
    'european-commission': [0, 1],
    'european-union': [1, 1],
    russia: [2, 1],
    ukraine: [1, 1]
  })
  t.same(counts(actors.list({ limit: 50, statement: 'no-such-statement', format: undefined }).items), {})
  t.match(actors.findById('russia'), { mention_count: 9, statement_count: 6 })
})

test('a filtered list pages by id with the same counts as the whole list', async (t) => {
  const { app } = await buildTestApp(t, { documents })
  const actors = createActorsRepository(app.db)
  const all = actors.list({ limit: 50, format: undefined }).items
  const first = actors.list({ limit: 1, type: 'country', format: undefined })
  const second = actors.list({ limit: 1, type: 'country', cursor: first.nextCursor ?? undefined, format: undefined })
  t.same([...first.items, ...second.items], all.filter((actor) => actor.type === 'country'))
  t.equal(second.nextCursor, null)
  t.same(actors.list({ limit: 50, q: 'russian', format: undefined }).items, all.filter((actor) => actor.id === 'russia'))
})
