import { test } from 'tap'
import { fixtureCorpus, statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'
import { walkPages } from '../helpers/walk-pages.js'

test('the paragraphs of a statement come in reading order with spans into the source text', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const response = await app.inject(`/v1/statements/${statementId(0)}/paragraphs`)
  t.equal(response.statusCode, 200)
  const { data } = response.json() as { data: Array<{ position: number, start: number, end: number, text: string, mentions: Array<{ start: number, end: number, text: string }> }> }
  t.same(data.map((paragraph) => paragraph.position), [1, 2, 3])
  const source = fixtureCorpus(1)[0]!.sourceText
  for (const paragraph of data) {
    t.equal(source.slice(paragraph.start, paragraph.end), paragraph.text)
    for (const mention of paragraph.mentions) t.equal(source.slice(mention.start, mention.end), mention.text)
  }
  t.match(data[1], { kind: 'body', topics: [{ slug: 'sanctions', label: 'Sanctions', score: 1.5 }], mentions: [{ actor_id: 'european-union' }, { actor_id: 'russia' }, { actor_id: 'ukraine' }] })
})

test('walking every page of paragraphs yields each paragraph once', async (t) => {
  const { app } = await buildTestApp(t, { statements: 25 })
  const { ids } = await walkPages(app, '/v1/paragraphs?limit=7')
  t.equal(ids.length, 75)
  t.equal(new Set(ids).size, 75)
})

test('paragraphs filter by statement, kind, topic, area, actor and text', async (t) => {
  const { app } = await buildTestApp(t, { statements: 5 })
  const ids = async (query: string): Promise<string[]> => (await walkPages(app, `/v1/paragraphs?limit=200&${query}`)).ids
  t.same(await ids(`statement=${statementId(3)}`), [1, 2, 3].map((p) => `${statementId(3)}-p${p}`))
  t.equal((await ids('kind=heading')).length, 5)
  t.same((await ids('topic=sanctions')).every((id) => id.endsWith('-p2')), true)
  t.equal((await ids('topic=economy')).length, 5, 'an area matches its fine topics')
  t.equal((await ids('actor=ukraine')).length, 5)
  t.same(await ids('q=café'), [`${statementId(0)}-p3`])
  t.same(await ids(`statement=${statementId(1)}&kind=heading`), [`${statementId(1)}-p1`])
})

test('a paragraph is found by id, an unknown one is a 404', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const found = await app.inject(`/v1/paragraphs/${statementId(0)}-p2`)
  t.equal(found.statusCode, 200)
  t.equal(found.json().statement_id, statementId(0))
  t.equal((await app.inject('/v1/paragraphs/nope-p1')).statusCode, 404)
})

test('a count parameter is plain digits from 1 to its maximum; anything Number() would stretch to fit is a 400', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const status = async (url: string): Promise<number> => (await app.inject(url)).statusCode
  t.equal((await app.inject('/v1/paragraphs?limit=2')).json().data.length, 2)
  t.equal((await app.inject('/v1/paragraphs')).json().page.limit, 50, 'the default')
  for (const bad of ['0x10', '1e2', '%201', '%2B5', '', '0', '201', '1.5', '-1', '1&limit=2']) {
    const response = await app.inject(`/v1/paragraphs?limit=${bad}`)
    t.equal(response.statusCode, 400, `limit=${bad}`)
    t.match(response.json().errors, [{ path: 'limit', message: 'must be a whole number from 1 to 200' }], `limit=${bad}`)
  }
  t.equal(await status('/v1/stats/actors?limit=1e1'), 400, 'the stats and top lists too')
  t.equal(await status('/v1/actors/european-union/co-occurrences?limit=0x10'), 400)
})

test('a well-formed cursor with a position no page ever ends on is a 400, not a list from somewhere', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const forged = (key: unknown[]): string => Buffer.from(JSON.stringify(key)).toString('base64url')
  for (const [url, key] of [['/v1/paragraphs', ['NaN', -1]], ['/v1/paragraphs', [statementId(0), 1.5]], ['/v1/commitments', ['', statementId(0), -2]]] as const) {
    const response = await app.inject(`${url}?cursor=${forged([...key])}`)
    t.equal(response.statusCode, 400, `${url} ${JSON.stringify(key)}`)
    t.match(response.json(), { code: 'API_INVALID_CURSOR' })
  }
})
