import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { test } from 'tap'
import { createExtractor } from '../../src/extract/extract-document.js'
import { DATA_DIR } from '../../src/paths.js'
import { fixtureDocument, statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'

const TOKEN = 'test-token-0123456789abcdef'
const SEED_TEXT = readFileSync(join(DATA_DIR, 'statements', 'statement-23-121.txt'), 'utf8')
const SEED_ID = 'statement-23-121'
const PROBLEM = /^application\/problem\+json/
// Loading the gazetteer and taxonomy takes a moment; every app in this file shares one extractor.
const extractor = createExtractor()

const auth = (token = TOKEN) => ({ authorization: `Bearer ${token}` })
const text = (body: string | Buffer, headers: Record<string, string> = auth()) =>
  ({ method: 'POST' as const, url: '/v1/statements', headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, payload: body })

async function writableApp (t: Parameters<typeof buildTestApp>[0], options: Parameters<typeof buildTestApp>[1] = {}) {
  return buildTestApp(t, { statements: 2, ingestTokens: [TOKEN], extractor, ...options })
}

test('POST of a new document as text/plain answers 201 with Location and the statement, at once visible to readers', async (t) => {
  const { app } = await writableApp(t)
  const before = await app.inject('/v1/statements')
  t.equal(before.json().data.length, 2)
  const created = await app.inject(text(SEED_TEXT))
  t.equal(created.statusCode, 201)
  t.equal(created.headers.location, `/v1/statements/${SEED_ID}`)
  t.equal(created.headers['write-outcome'], 'inserted')
  t.match(created.json(), { id: SEED_ID, reference: 'STATEMENT/23/121', date: '2023-01-10', source_file: null })
  t.ok(created.json().counts.paragraphs > 5, 'extracted like the ingest CLI would')

  const after = await app.inject('/v1/statements')
  t.equal(after.json().data.length, 3, 'the read connection sees the new statement')
  t.not(after.headers.etag, before.headers.etag, 'the ETag changed: the cached list is not replayed')
  t.equal((await app.inject({ url: '/v1/statements', headers: { 'if-none-match': String(before.headers.etag) } })).statusCode, 200, 'the old ETag no longer matches')
  t.equal((await app.inject(`/v1/statements/${SEED_ID}/paragraphs`)).statusCode, 200)
})

test('POST as JSON keeps source_url; the same text again is 200 unchanged, a changed text 200 updated', async (t) => {
  const { app } = await writableApp(t)
  const json = (body: unknown) => app.inject({ method: 'POST', url: '/v1/statements', headers: auth(), payload: body as Record<string, unknown> })
  const created = await json({ text: SEED_TEXT, source_url: 'https://ec.europa.eu/commission/presscorner/detail/en/statement_23_121' })
  t.equal(created.statusCode, 201)
  t.equal(created.json().source_url, 'https://ec.europa.eu/commission/presscorner/detail/en/statement_23_121')

  const etag = (await app.inject(`/v1/statements/${SEED_ID}`)).headers.etag
  const again = await app.inject(text(SEED_TEXT))
  t.equal(again.statusCode, 200)
  t.equal(again.headers['write-outcome'], 'unchanged')
  t.equal(again.headers.location, undefined)
  t.equal((await app.inject(`/v1/statements/${SEED_ID}`)).headers.etag, etag, 'nothing was written: the ETag stays')

  const changed = await app.inject(text(SEED_TEXT.replace('four of them very briefly', 'four of them, briefly')))
  t.equal(changed.statusCode, 200)
  t.equal(changed.headers['write-outcome'], 'updated')
  t.not((await app.inject(`/v1/statements/${SEED_ID}`)).headers.etag, etag)

  t.equal((await json({ text: SEED_TEXT, source_url: 'javascript:alert(1)' })).statusCode, 400, 'only http(s) source URLs')
  t.equal((await json({ source_url: 'https://example.org' })).statusCode, 400, 'text is required')
  const malformed = await app.inject({ method: 'POST', url: '/v1/statements', headers: { ...auth(), 'content-type': 'application/json' }, payload: '{"text": ' })
  t.equal(malformed.statusCode, 400)
  t.match(malformed.headers['content-type'], PROBLEM)
})

test('DELETE removes a statement with everything derived from it: 204, then 404', async (t) => {
  const { app, writeDb } = await writableApp(t)
  const id = statementId(0)
  const etag = (await app.inject('/v1/statements')).headers.etag
  const deleted = await app.inject({ method: 'DELETE', url: `/v1/statements/${id}`, headers: auth() })
  t.equal(deleted.statusCode, 204)
  t.equal(deleted.body, '')
  t.equal((await app.inject(`/v1/statements/${id}`)).statusCode, 404)
  t.equal((await app.inject(`/v1/paragraphs/${id}-p2`)).statusCode, 404)
  t.equal((await app.inject(`/v1/commitments?statement=${id}`)).json().data.length, 0)
  t.not((await app.inject('/v1/statements')).headers.etag, etag)
  const leftovers = writeDb.prepare(`SELECT (SELECT count(*) FROM paragraphs WHERE statement_id = @id) + (SELECT count(*) FROM mentions WHERE statement_id = @id)
    + (SELECT count(*) FROM commitments WHERE statement_id = @id) + (SELECT count(*) FROM paragraph_topics WHERE statement_id = @id)`).pluck().get({ id })
  t.equal(leftovers, 0, 'no derived row is left')
  const again = await app.inject({ method: 'DELETE', url: `/v1/statements/${id}`, headers: auth() })
  t.equal(again.statusCode, 404)
  t.match(again.headers['content-type'], PROBLEM)
})

test('writes need the bearer token: 401 with WWW-Authenticate otherwise, checked before the body is read', async (t) => {
  const { app } = await writableApp(t)
  const cases: Array<[string, Record<string, string>]> = [
    ['no header', {}],
    ['another scheme', { authorization: `Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}` }],
    ['a wrong token', auth('wrong-token-0123456789abcdef')],
    ['a prefix of the token', auth(TOKEN.slice(0, -1))],
    ['the token and more', auth(`${TOKEN}x`)],
    ['an empty token', { authorization: 'Bearer ' }]
  ]
  for (const [name, headers] of cases) {
    for (const request of [text(SEED_TEXT, headers), { method: 'DELETE' as const, url: `/v1/statements/${statementId(0)}`, headers }]) {
      const response = await app.inject(request)
      t.equal(response.statusCode, 401, `${request.method} with ${name}`)
      t.match(response.headers['www-authenticate'], /^Bearer realm=/, name)
      t.match(response.json(), { type: '/problems/unauthorized', status: 401 }, name)
    }
  }
  t.equal((await app.inject(text(SEED_TEXT, { authorization: `bearer ${TOKEN}` }))).statusCode, 201, 'the scheme is case-insensitive')
  t.equal((await app.inject(`/v1/statements/${statementId(0)}`)).statusCode, 200, 'nothing was deleted')
})

test('every configured token is accepted, so a new one can be rolled out before the old is withdrawn', async (t) => {
  const { app } = await writableApp(t, { ingestTokens: ['old-token-0123456789abcdef', TOKEN] })
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/statements/${statementId(0)}`, headers: auth('old-token-0123456789abcdef') })).statusCode, 204)
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/statements/${statementId(1)}`, headers: auth() })).statusCode, 204)
})

test('without a token configured, writes answer 403 "writes are disabled", whatever the request carries', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  for (const headers of [{}, auth()]) {
    const response = await app.inject(text(SEED_TEXT, headers))
    t.equal(response.statusCode, 403)
    t.match(response.json(), { type: '/problems/writes-disabled', detail: /writes are disabled/ })
    t.equal((await app.inject({ method: 'DELETE', url: `/v1/statements/${statementId(0)}`, headers })).statusCode, 403)
  }
})

test('documents that cannot be ingested are 422 problems that say why, and nothing is written', async (t) => {
  const { app } = await writableApp(t)
  const etag = (await app.inject('/v1/statements')).headers.etag
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['only whitespace', '  \n\t\n ', /whitespace/],
    ['an HTML page', '<!DOCTYPE html><html><body><p>Statement</p></body></html>', /HTML/],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /binary/],
    ['not UTF-8', Buffer.from('Caf\xe9 statement text\n\nBrussels, 1 January 2023\n\nThe Union will act.', 'latin1'), /UTF-8/],
    ['no body paragraphs', 'STATEMENT/23/999', /paragraph/i]
  ]
  for (const [name, body, reason] of cases) {
    const response = await app.inject(text(body))
    t.equal(response.statusCode, 422, name)
    t.match(response.headers['content-type'], PROBLEM, name)
    t.match(response.json(), { type: '/problems/unprocessable-document', detail: reason }, name)
  }
  t.equal((await app.inject('/v1/statements')).headers.etag, etag, 'nothing was written')
  t.equal((await app.inject(text(''))).statusCode, 422, 'an empty text/plain body')
})

test('a body over the limit is a 413 problem; other media types are a 415 problem', async (t) => {
  const { app } = await writableApp(t)
  const huge = await app.inject(text(Buffer.alloc(6.5 * 1024 * 1024, 'a')))
  t.equal(huge.statusCode, 413)
  t.match(huge.headers['content-type'], PROBLEM)
  const overDocument = await app.inject(text(Buffer.alloc(5 * 1024 * 1024 + 10, 'a')))
  t.equal(overDocument.statusCode, 413, 'under the body limit but over the 5 MB document limit')
  t.match(overDocument.json(), { type: '/problems/too-large' })
  const xml = await app.inject({ method: 'POST', url: '/v1/statements', headers: { ...auth(), 'content-type': 'application/xml' }, payload: '<doc/>' })
  t.equal(xml.statusCode, 415)
  t.match(xml.headers['content-type'], PROBLEM)
})

test('a text/plain body is decoded in the charset its Content-Type names; an unknown charset is a 415 and writes nothing', async (t) => {
  const { app } = await writableApp(t)
  // Letters outside ASCII, so that the charset matters: Latin-1 has them, as single bytes that are not UTF-8.
  const accented = SEED_TEXT.replace('four of them very briefly', 'four of them très brièvement, über alles')
  t.not(accented, SEED_TEXT, 'the replaced phrase is in the seed')
  const latin1 = Buffer.from(accented, 'latin1')
  const etag = (await app.inject('/v1/statements')).headers.etag

  const undeclared = await app.inject(text(latin1, { ...auth(), 'content-type': 'text/plain' }))
  t.equal(undeclared.statusCode, 422, 'Latin-1 bytes without a charset are checked as UTF-8')
  t.match(undeclared.json(), { detail: /not valid UTF-8/ })

  const unknown = await app.inject(text(latin1, { ...auth(), 'content-type': 'text/plain; charset=x-no-such-charset' }))
  t.equal(unknown.statusCode, 415)
  t.match(unknown.headers['content-type'], PROBLEM)
  t.match(unknown.json(), { type: '/problems/unsupported-media-type', detail: /"x-no-such-charset".+UTF-8/ })

  const oddUtf16 = await app.inject(text(Buffer.concat([Buffer.from(accented, 'utf16le'), Buffer.from([0x41])]), { ...auth(), 'content-type': 'text/plain; charset=utf-16le' }))
  t.equal(oddUtf16.statusCode, 422, 'a byte the named charset cannot have is refused, not replaced')
  t.match(oddUtf16.json(), { detail: /not valid utf-16le text/ })
  const undefinedByte = await app.inject(text(Buffer.concat([latin1, Buffer.from([0x81])]), { ...auth(), 'content-type': 'text/plain; charset=windows-1252' }))
  t.equal(undefinedByte.statusCode, 422, 'windows-1252 has no character for 0x81: refused, not stored as a control character')
  t.equal((await app.inject('/v1/statements')).headers.etag, etag, 'nothing was written')

  const created = await app.inject(text(latin1, { ...auth(), 'content-type': 'text/plain; charset="ISO-8859-1"' }))
  t.equal(created.statusCode, 201)
  t.equal((await app.inject(`/v1/statements/${SEED_ID}/source`)).body, accented, 'stored as the letters sent, not as their bytes')

  const utf16 = await app.inject(text(Buffer.from(accented, 'utf16le'), { ...auth(), 'content-type': 'text/plain;charset=UTF-16LE' }))
  t.equal(utf16.statusCode, 200)
  t.equal(utf16.headers['write-outcome'], 'unchanged', 'the same text in UTF-16 is the same document')

  const quoted = accented.replace('très brièvement', '“très” brièvement')
  const cp1252 = Buffer.from(quoted.replace('“', '\u0093').replace('”', '\u0094'), 'latin1')
  t.equal((await app.inject(text(cp1252, { ...auth(), 'content-type': 'text/plain; charset=windows-1252' }))).statusCode, 200)
  t.equal((await app.inject(`/v1/statements/${SEED_ID}/source`)).body, quoted, 'windows-1252 quotes (0x93, 0x94) are stored as curly quotes')
})

test('a document whose reference belongs to another statement is a 409 problem', async (t) => {
  const other = fixtureDocument(0)
  const { app } = await writableApp(t, { documents: [{ ...other, id: 'imported-copy', metadata: { ...other.metadata, reference: 'STATEMENT/23/121' } }] })
  const response = await app.inject(text(SEED_TEXT))
  t.equal(response.statusCode, 409)
  t.match(response.json(), { type: '/problems/conflict', detail: /STATEMENT\/23\/121/ })
})

test('the token never reaches the log, even where request headers are logged', async (t) => {
  const lines: string[] = []
  const stream = new Writable({ write (chunk: Buffer, _encoding, done) { lines.push(chunk.toString()); done() } })
  const { app } = await writableApp(t, { logger: { level: 'info', stream } })
  await app.inject(text(SEED_TEXT))
  await app.inject(text(SEED_TEXT, auth('a-wrong-token-0123456789')))
  await app.inject({ method: 'DELETE', url: `/v1/statements/${SEED_ID}`, headers: auth() })
  const log = lines.join('')
  t.match(log, /statement written/)
  t.match(log, /\[redacted\]/, 'the failed attempt is logged with its headers, the token censored')
  t.notMatch(log, TOKEN)
  t.notMatch(log, 'a-wrong-token-0123456789')
})

test('a body that does not decompress is an invalid-body problem', async (t) => {
  const { app } = await writableApp(t)
  const response = await app.inject(text(Buffer.from('not gzip at all'), { ...auth(), 'content-type': 'text/plain', 'content-encoding': 'gzip' }))
  t.equal(response.statusCode, 400)
  t.match(response.headers['content-type'], PROBLEM)
  t.match(response.json(), { type: '/problems/invalid-body', status: 400 })
})

test('write preconditions: If-Match * needs the statement, If-None-Match * its absence, an If-Match entity tag never holds; a failed one is a 412 that writes nothing', async (t) => {
  const { app } = await writableApp(t)
  const etagOf = async (): Promise<string | undefined> => (await app.inject('/v1/statements')).headers.etag as string | undefined
  const before = await etagOf()

  const mustExist = await app.inject(text(SEED_TEXT, { ...auth(), 'if-match': '*' }))
  t.equal(mustExist.statusCode, 412, 'If-Match: * on a statement not stored yet')
  t.match(mustExist.headers['content-type'], PROBLEM)
  t.match(mustExist.json(), { type: '/problems/precondition-failed', detail: /no such statement; nothing was written/ })
  t.equal(await etagOf(), before, 'nothing was written')

  t.equal((await app.inject(text(SEED_TEXT, { ...auth(), 'if-none-match': '*' }))).statusCode, 201, 'If-None-Match: * creates')
  const again = await app.inject(text(SEED_TEXT, { ...auth(), 'if-none-match': '*' }))
  t.equal(again.statusCode, 412, 'If-None-Match: * does not replace')
  t.match(again.json(), { detail: /already exists|statement exists/ })

  const current = (await app.inject(`/v1/statements/${SEED_ID}`)).headers.etag as string
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/statements/${SEED_ID}`, headers: { ...auth(), 'if-match': current } })).statusCode, 412, 'a weak ETag never holds in If-Match')
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/statements/${SEED_ID}`, headers: { ...auth(), 'if-match': '"nope"' } })).statusCode, 412)
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/statements/${SEED_ID}`, headers: { ...auth(), 'if-none-match': current } })).statusCode, 412, 'If-None-Match with the current ETag')
  t.equal((await app.inject(`/v1/statements/${SEED_ID}`)).statusCode, 200, 'still there')
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/statements/${SEED_ID}`, headers: { ...auth(), 'if-match': '*' } })).statusCode, 204, 'If-Match: * deletes what exists')
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/statements/${SEED_ID}`, headers: { ...auth(), 'if-match': '*' } })).statusCode, 412, 'and then there is none')
})
