import { test } from 'tap'
import { buildTestApp } from '../helpers/build-test-app.js'

/** Enough CSV for the fixture, whose values hold no comma, quote or newline. */
function parse (csv: string): Array<Record<string, string>> {
  const [header = '', ...lines] = csv.trimEnd().split('\n')
  const columns = header.split(',')
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, index) => [columns[index], value])))
}

test('a list answers CSV for Accept: text/csv, with a header line and a file name', async (t) => {
  const { app } = await buildTestApp(t, { statements: 3 })
  const response = await app.inject({ url: '/v1/commitments?limit=2', headers: { accept: 'text/csv' } })
  t.equal(response.statusCode, 200)
  t.match(response.headers['content-type'], /^text\/csv/)
  t.equal(response.headers['content-disposition'], 'attachment; filename="commitments.csv"')
  const rows = parse(response.body)
  t.equal(rows.length, 2)
  t.match(rows[0], { holder: 'european-union', holders: 'european-union', targets: 'russia', topics: 'sanctions', timeframe_text: '', modality: 'commitment' })
  t.match(response.headers.link, /rel="next"/)
})

test('?format=csv overrides the Accept header', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  const response = await app.inject({ url: '/v1/actors?format=csv', headers: { accept: 'application/json' } })
  t.match(response.headers['content-type'], /^text\/csv/)
  t.match(response.body, /^id,name,type,aliases,role,country_code,mention_count,statement_count\n/)
})

test('an empty list in CSV still has its header line', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const response = await app.inject('/v1/actors?format=csv&type=group')
  t.equal(response.body, 'id,name,type,aliases,role,country_code,mention_count,statement_count\n')
})

test('?format=ndjson answers one JSON item per line', async (t) => {
  const { app } = await buildTestApp(t, { statements: 3 })
  const response = await app.inject('/v1/statements?format=ndjson')
  t.match(response.headers['content-type'], /^application\/x-ndjson/)
  const lines = response.body.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string })
  t.equal(lines.length, 3)
  t.same(lines.map((line) => line.id), (await app.inject('/v1/statements')).json().data.map((item: { id: string }) => item.id))
})

test('Accept with q-values picks the preferred representation', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const csv = await app.inject({ url: '/v1/topics', headers: { accept: 'application/json;q=0.5, text/csv' } })
  t.match(csv.headers['content-type'], /^text\/csv/)
  const json = await app.inject({ url: '/v1/topics', headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } })
  t.match(json.headers['content-type'], /^application\/json/)
})

test('responses are compressed when the client accepts it', async (t) => {
  const { app } = await buildTestApp(t, { statements: 20 })
  const response = await app.inject({ url: '/v1/paragraphs', headers: { 'accept-encoding': 'gzip' } })
  t.equal(response.headers['content-encoding'], 'gzip')
})
