import { test } from 'tap'
import { buildTestApp } from '../helpers/build-test-app.js'

test('topics are a tree of areas with their fine topics and counts', async (t) => {
  const { app } = await buildTestApp(t, { statements: 4 })
  const { data } = (await app.inject('/v1/topics')).json()
  t.same(data.map((area: { slug: string }) => area.slug), ['security', 'economy'])
  t.match(data[1], { slug: 'economy', area: null, paragraph_count: 4, commitment_count: 4, topics: [{ slug: 'energy', paragraph_count: 4 }, { slug: 'trade', commitment_count: 4 }] })
  t.match(data[0].topics[1], { slug: 'military-support', paragraph_count: 0, commitment_count: 0 })
})

test('a topic and an area are found by slug; an unknown slug is a 404', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  t.match((await app.inject('/v1/topics/sanctions')).json(), { slug: 'sanctions', area: 'security', terms: ['sanctions'], topics: [] })
  t.equal((await app.inject('/v1/topics/security')).json().topics.length, 2)
  t.equal((await app.inject('/v1/topics/nope')).statusCode, 404)
})

test('each topic answered alone is the same, counts included, as its node in the tree', async (t) => {
  const { app } = await buildTestApp(t, { statements: 4 })
  const { data } = (await app.inject('/v1/topics')).json()
  const nodes = data.flatMap((area: { topics: object[] }) => [area, ...area.topics.map((topic) => ({ ...topic, topics: [] }))])
  t.ok(nodes.some((node: { paragraph_count: number }) => node.paragraph_count > 0), 'some counts are not zero')
  for (const node of nodes) t.same((await app.inject(`/v1/topics/${node.slug}`)).json(), node, node.slug)
})
