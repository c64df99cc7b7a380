import { test } from 'tap'
import { statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'

test('topic stats count statements, paragraphs and commitments per topic, with filters', async (t) => {
  const { app } = await buildTestApp(t, { statements: 6 })
  const { data } = (await app.inject('/v1/stats/topics')).json()
  t.same(data.map((row: { slug: string }) => row.slug), ['energy', 'sanctions', 'trade'])
  t.match(data[1], { slug: 'sanctions', area: 'security', statements: 6, paragraphs: 6, commitments: 6 })
  t.match((await app.inject('/v1/stats/topics?type=speech')).json().data[0], { statements: 2 })
  t.match((await app.inject('/v1/stats/topics?actor=jens-stoltenberg')).json().data[0], { statements: 3 })
  t.match((await app.inject(`/v1/stats/topics?statement=${statementId(0)}`)).json().data[0], { statements: 1 })
  t.match((await app.inject('/v1/stats/topics?from=2023-01-02&to=2023-01-03')).json().data[0], { statements: 2 })
})

test('actor stats count mentions and statements, by actor type and topic', async (t) => {
  const { app } = await buildTestApp(t, { statements: 4 })
  t.same((await app.inject('/v1/stats/actors?type=country')).json().data, [
    { id: 'russia', name: 'Russia', type: 'country', statements: 4, mentions: 4 },
    { id: 'ukraine', name: 'Ukraine', type: 'country', statements: 4, mentions: 4 }
  ])
  t.equal((await app.inject('/v1/stats/actors?topic=economy')).json().data.length, 0, 'no mention is in an economy paragraph')
  t.equal((await app.inject('/v1/stats/actors?topic=security')).json().data.length, 3)
})

test('commitment stats count by month, modality and polarity', async (t) => {
  const { app } = await buildTestApp(t, { statements: 4 })
  t.same((await app.inject('/v1/stats/commitments')).json().data, [
    { month: '2023-01', modality: 'commitment', polarity: 'positive', commitments: 4 },
    { month: '2023-01', modality: 'obligation', polarity: 'negative', commitments: 1 },
    { month: '2023-01', modality: 'obligation', polarity: 'positive', commitments: 3 }
  ])
  t.same((await app.inject('/v1/stats/commitments?holder=european-union')).json().data.map((row: { commitments: number }) => row.commitments), [4])
  t.same((await app.inject('/v1/stats/commitments?topic=economy&polarity=negative')).json().data.map((row: { commitments: number }) => row.commitments), [1])
})
