import { test } from 'tap'
import { statementDate, statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'
import { walkPages } from '../helpers/walk-pages.js'

const COUNT = 23

test('a commitment has the contract fields: holder, holders, targets, topics, timeframe', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const first = (await app.inject(`/v1/commitments/${statementId(1)}-p2-s1-c1`)).json()
  t.match(first, {
    statement_id: statementId(1),
    paragraph_id: `${statementId(1)}-p2`,
    paragraph_position: 2,
    text: 'The European Union will strengthen sanctions against Russia.',
    holder: { id: 'european-union', name: 'European Union' },
    holders: [{ id: 'european-union', name: 'European Union' }],
    modality: 'commitment',
    polarity: 'positive',
    action: 'strengthen',
    object: 'sanctions against Russia',
    targets: [{ id: 'russia', name: 'Russia' }],
    topics: [{ slug: 'sanctions', label: 'Sanctions' }],
    timeframe: null,
    rule: 'will',
    confidence: 0.9
  })
  const second = (await app.inject(`/v1/commitments/${statementId(1)}-p3-s1-c1`)).json()
  t.match(second, { holder: null, holders: [], modality: 'obligation', timeframe: { text: 'by 2025', date: '2025-12-31' } })
  t.same(second.topics.map((topic: { slug: string }) => topic.slug).sort(), ['energy', 'trade'])
})

test('walking every page of commitments yields each commitment once', async (t) => {
  const { app } = await buildTestApp(t, { statements: COUNT })
  const { ids } = await walkPages(app, '/v1/commitments?limit=4')
  t.equal(ids.length, COUNT * 2)
  t.equal(new Set(ids).size, COUNT * 2)
})

test('commitments filter by holder, target, actor, topic, area, modality, polarity, text, dates and statement', async (t) => {
  const { app } = await buildTestApp(t, { statements: COUNT })
  const count = async (query: string): Promise<number> => (await walkPages(app, `/v1/commitments?limit=200&${query}`)).ids.length
  t.equal(await count('holder=european-union'), COUNT)
  t.equal(await count('target=russia'), COUNT)
  t.equal(await count('actor=russia'), COUNT, 'actor matches targets')
  t.equal(await count('actor=european-union'), COUNT, 'actor matches holders')
  t.equal(await count('holder=russia'), 0)
  t.equal(await count('topic=trade'), COUNT)
  t.equal(await count('topic=security'), COUNT, 'an area matches its fine topics')
  t.equal(await count('modality=obligation'), COUNT)
  t.equal(await count('polarity=negative'), Math.ceil(COUNT / 4))
  t.equal(await count('q=Zusammenarbeit'), 1)
  t.equal(await count(`statement=${statementId(5)}`), 2)
  const dated = Array.from({ length: COUNT }, (_, index) => statementDate(index)).filter((date) => date !== null && date >= '2023-01-05' && date <= '2023-01-08')
  t.equal(await count('from=2023-01-05&to=2023-01-08'), dated.length * 2)
})

test('the commitments of a statement accept the same filters', async (t) => {
  const { app } = await buildTestApp(t, { statements: 3 })
  const all = (await app.inject(`/v1/statements/${statementId(2)}/commitments`)).json()
  t.same(all.data.map((item: { id: string }) => item.id), [`${statementId(2)}-p2-s1-c1`, `${statementId(2)}-p3-s1-c1`])
  const filtered = (await app.inject(`/v1/statements/${statementId(2)}/commitments?modality=commitment`)).json()
  t.equal(filtered.data.length, 1)
})

test('an unknown commitment is a 404', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  t.equal((await app.inject('/v1/commitments/nope')).statusCode, 404)
})
