import { test } from 'tap'
import { statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'
import { walkPages } from '../helpers/walk-pages.js'

test('actors list by id with counts', async (t) => {
  const { app } = await buildTestApp(t, { statements: 4 })
  const { data } = (await app.inject('/v1/actors')).json()
  t.same(data.map((actor: { id: string }) => actor.id), ['european-commission', 'european-union', 'jens-stoltenberg', 'russia', 'ukraine'])
  t.match(data[3], { id: 'russia', name: 'Russia', type: 'country', aliases: ['Russian Federation'], role: null, country_code: 'RU', mention_count: 4, statement_count: 4 })
})

test('walking every page of actors yields each actor once', async (t) => {
  const { app } = await buildTestApp(t, { statements: 4 })
  const { ids, pages } = await walkPages(app, '/v1/actors?limit=2')
  t.equal(pages, 3)
  t.equal(new Set(ids).size, 5)
})

test('actors filter by type, name or alias, and statement, with counts within the statement', async (t) => {
  const { app } = await buildTestApp(t, { statements: 4 })
  const ids = async (query: string): Promise<string[]> => (await app.inject(`/v1/actors?${query}`)).json().data.map((actor: { id: string }) => actor.id)
  t.same(await ids('type=country'), ['russia', 'ukraine'])
  t.same(await ids('q=federation'), ['russia'], 'an alias, case-insensitive')
  t.same(await ids('q=stolten'), ['jens-stoltenberg'])
  t.same(await ids('q=%25'), [], 'LIKE wildcards are literal')
  t.same(await ids(`statement=${statementId(1)}`), ['european-commission', 'european-union', 'russia', 'ukraine'])
  const russia = (await app.inject(`/v1/actors?statement=${statementId(1)}&q=russia`)).json().data[0]
  t.match(russia, { mention_count: 1, statement_count: 1 })
})

test('an actor, its mentions and its co-occurrences', async (t) => {
  const { app } = await buildTestApp(t, { statements: 3 })
  t.match((await app.inject('/v1/actors/ukraine')).json(), { id: 'ukraine', mention_count: 3 })
  const mentions = await walkPages(app, '/v1/actors/ukraine/mentions?limit=2')
  t.equal(mentions.ids.length, 3)
  const first = (await app.inject('/v1/actors/ukraine/mentions?limit=1')).json().data[0]
  t.match(first, { statement_id: statementId(0), paragraph_id: `${statementId(0)}-p2`, sentence_id: `${statementId(0)}-p2-s2`, text: 'Ukraine' })
  const co = (await app.inject('/v1/actors/ukraine/co-occurrences')).json()
  t.same(co.data, [
    { id: 'european-union', name: 'European Union', type: 'institution', paragraphs: 3 },
    { id: 'russia', name: 'Russia', type: 'country', paragraphs: 3 }
  ])
})

test('an unknown actor is a 404 for the actor, its mentions and co-occurrences', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  for (const suffix of ['', '/mentions', '/co-occurrences']) t.equal((await app.inject(`/v1/actors/nobody${suffix}`)).statusCode, 404)
})
