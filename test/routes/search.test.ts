import { test } from 'tap'
import { fixtureDocument, statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'
import { walkPages } from '../helpers/walk-pages.js'

test('search finds paragraphs ranked by bm25 with a highlighted snippet', async (t) => {
  const { app } = await buildTestApp(t, { statements: 3 })
  const response = await app.inject('/v1/search?q=sanctions')
  t.equal(response.statusCode, 200)
  const { data } = response.json()
  t.equal(data.length, 3)
  t.match(data[0], { paragraph_id: /-p2$/, kind: 'body', snippet: /<mark>sanctions<\/mark>/, statement_title: /^Statement number/ })
  const ranks = data.map((hit: { rank: number }) => hit.rank)
  t.same(ranks, [...ranks].sort((a, b) => a - b))
})

test('walking every page of search results yields each paragraph once', async (t) => {
  const { app } = await buildTestApp(t, { statements: 17 })
  const { ids } = await walkPages(app, '/v1/search?q=energy&limit=4', (hit) => String(hit.paragraph_id))
  t.equal(ids.length, 17)
  t.equal(new Set(ids).size, 17)
})

test('search can be limited to one statement', async (t) => {
  const { app } = await buildTestApp(t, { statements: 3 })
  const { data } = (await app.inject(`/v1/search?q=Ukraine&statement=${statementId(2)}`)).json()
  t.same(data.map((hit: { statement_id: string }) => hit.statement_id), [statementId(2)])
})

test('hostile search text is searched for, never a syntax error nor a 500', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const hostile = ['"', '""', '"quoted"', 'NEAR(', 'NEAR(x', 'AND', 'OR NOT', '*', 'a*', '-x', 'col:value', '^start', '(', ')', "'; DROP TABLE statements; --",
    "1' OR '1'='1", '\\', '%', '_', '北京', 'naïve', '🙂', 'x'.repeat(5000), 'word '.repeat(900), '\u0000', 'NEAR("a" "b", 2)']
  for (const q of hostile) {
    for (const path of ['/v1/search', '/v1/statements', '/v1/paragraphs', '/v1/commitments']) {
      const response = await app.inject({ method: 'GET', url: path, query: { q } })
      t.ok([200, 400].includes(response.statusCode), `${path} q=${JSON.stringify(q.slice(0, 20))}: ${response.statusCode}`)
    }
  }
  const found = async (q: string): Promise<number> => (await app.inject({ method: 'GET', url: '/v1/search', query: { q } })).json().data.length
  t.equal(await found('"quoted" NEAR(x) AND *'), 1, 'operators are matched as the words they contain')
  t.equal(await found('café «naïve» 北京'), 1, 'unicode words are found')
  t.equal(await found('cafe'), 1, 'diacritics are folded')
  t.equal(await found("'; DROP TABLE statements; --"), 0)
  t.equal((await app.inject('/v1/statements')).json().data.length, 2, 'the data is still there')
})

test('search needs a q; an empty one is a 400', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  t.equal((await app.inject('/v1/search')).statusCode, 400)
  t.equal((await app.inject('/v1/search?q=%20%20')).statusCode, 400)
  t.equal((await app.inject(`/v1/search?q=${'x'.repeat(5001)}`)).statusCode, 400)
})

test('every word of q must match: a repeated word counts once, and more than 64 distinct words is a 400, not a shorter search', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const get = async (q: string) => await app.inject({ method: 'GET', url: '/v1/search', query: { q } })
  const repeated = await get(`${'sanctions '.repeat(70)}xyzzyq`)
  t.equal(repeated.statusCode, 200)
  t.equal(repeated.json().data.length, 0, 'the 71st word still has to match')
  t.equal((await get('sanctions '.repeat(70))).json().data.length, 2)
  for (const path of ['/v1/search', '/v1/statements', '/v1/paragraphs', '/v1/commitments']) {
    const tooMany = await app.inject({ method: 'GET', url: path, query: { q: Array.from({ length: 65 }, (_, i) => `w${i}`).join(' ') } })
    t.equal(tooMany.statusCode, 400, path)
    t.match(tooMany.json(), { code: 'FST_ERR_VALIDATION', detail: /at most 64 distinct words/ }, path)
  }
})

test('a snippet is safe HTML: the text escaped, only the matches marked', async (t) => {
  const base = fixtureDocument(0)
  const paragraph = base.paragraphs[0]!
  const text = 'Sanctions & "rules" <img src=x onerror=alert(1)> apply.'
  const document = { ...base, paragraphs: [{ ...paragraph, text, end: paragraph.start + text.length, sentences: [] }, ...base.paragraphs.slice(1)] }
  const { app } = await buildTestApp(t, { documents: [document] })
  const { data } = (await app.inject('/v1/search?q=onerror')).json()
  t.equal(data[0]?.snippet, 'Sanctions &amp; &quot;rules&quot; &lt;img src=x <mark>onerror</mark>=alert(1)&gt; apply.')
})
