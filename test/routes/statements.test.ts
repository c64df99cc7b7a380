import { createHash } from 'node:crypto'
import { test } from 'tap'
import { fixtureCorpus, statementDate, statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'
import { walkPages } from '../helpers/walk-pages.js'

const COUNT = 37

test('statements list newest first, undated last, in the paging envelope', async (t) => {
  const { app } = await buildTestApp(t, { statements: COUNT })
  const response = await app.inject('/v1/statements?limit=3')
  t.equal(response.statusCode, 200)
  const body = response.json()
  t.same(body.page.limit, 3)
  t.type(body.page.next_cursor, 'string')
  const dates = body.data.map((item: { date: string }) => item.date)
  t.same(dates, [...dates].sort().reverse())
  t.match(response.headers.link, /^<\/v1\/statements\?limit=3&cursor=[A-Za-z0-9_-]+>; rel="next"$/)
})

test('walking every page of statements yields each statement once, in both sort orders', async (t) => {
  const { app } = await buildTestApp(t, { statements: COUNT })
  const expected = Array.from({ length: COUNT }, (_, index) => statementId(index)).sort()
  for (const sort of ['date', '-date']) {
    const { ids, pages } = await walkPages(app, `/v1/statements?limit=5&sort=${sort}`)
    t.equal(pages, Math.ceil(COUNT / 5), `${sort}: page count`)
    t.equal(new Set(ids).size, ids.length, `${sort}: no duplicates`)
    t.same([...ids].sort(), expected, `${sort}: no gaps`)
  }
})

test('the default limit is 50', async (t) => {
  const { app } = await buildTestApp(t, { statements: 55 })
  const body = (await app.inject('/v1/statements')).json()
  t.equal(body.data.length, 50)
  t.equal(body.page.limit, 50)
})

test('statements filter by type, dates, topic, area, actor and speaker', async (t) => {
  const { app } = await buildTestApp(t, { statements: COUNT })
  const ids = async (query: string): Promise<string[]> =>
    (await walkPages(app, `/v1/statements?limit=200&${query}`)).ids.sort()
  const all = Array.from({ length: COUNT }, (_, index) => index)
  const expect = (keep: (index: number) => boolean): string[] => all.filter(keep).map(statementId).sort()
  t.same(await ids('type=speech'), expect((index) => index % 3 === 0), 'type')
  t.same(await ids('from=2023-01-10&to=2023-01-20'), expect((index) => {
    const date = statementDate(index)
    return date !== null && date >= '2023-01-10' && date <= '2023-01-20'
  }), 'from and to')
  t.same(await ids('topic=sanctions'), expect(() => true), 'topic')
  t.same(await ids('topic=economy'), expect(() => true), 'an area matches its fine topics')
  t.same(await ids('topic=military-support'), [], 'a topic no paragraph has')
  t.same(await ids('actor=russia'), expect(() => true), 'actor')
  t.same(await ids('speaker=jens-stoltenberg'), expect((index) => index % 2 === 0), 'speaker')
  t.same(await ids('actor=jens-stoltenberg&type=speech'), expect((index) => index % 2 === 0 && index % 3 === 0), 'filters combine')
  t.same(await ids('q=Zusammenarbeit'), [statementId(0)], 'full text')
})

test('a statement has its metadata, counts, top topics and actors', async (t) => {
  const { app } = await buildTestApp(t, { statements: 3 })
  const response = await app.inject(`/v1/statements/${statementId(1)}`)
  t.equal(response.statusCode, 200)
  t.match(response.json(), {
    id: statementId(1),
    reference: 'STATEMENT/23/101',
    source_file: `${statementId(1)}.txt`,
    source_sha256: /^[0-9a-f]{64}$/,
    counts: { paragraphs: 3, sentences: 4, mentions: 3, actors: 4, commitments: 2 },
    top_topics: [{ slug: 'sanctions', label: 'Sanctions', paragraphs: 1, score: 1.5 }, { slug: 'energy' }, { slug: 'trade' }],
    top_actors: [{ id: 'european-union', mentions: 1 }, { id: 'russia' }, { id: 'ukraine' }]
  })
})

test('the source of a statement is the stored text, whose sha256 is source_sha256', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const [source, statement] = await Promise.all([app.inject(`/v1/statements/${statementId(0)}/source`), app.inject(`/v1/statements/${statementId(0)}`)])
  t.equal(source.statusCode, 200)
  t.match(source.headers['content-type'], /^text\/plain/)
  t.equal(source.body, fixtureCorpus(1)[0]!.sourceText)
  t.equal(createHash('sha256').update(source.body).digest('hex'), statement.json().source_sha256)
})

test('an unknown statement is a 404 problem, for the statement and its sub-resources', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  for (const suffix of ['', '/source', '/paragraphs', '/commitments']) {
    const response = await app.inject(`/v1/statements/statement-99-999${suffix}`)
    t.equal(response.statusCode, 404, suffix)
    t.match(response.headers['content-type'], /^application\/problem\+json/)
    t.match(response.json(), { status: 404, type: '/problems/not-found', instance: `/v1/statements/statement-99-999${suffix}` })
  }
})
