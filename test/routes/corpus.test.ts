import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { test } from 'tap'
import { createExtractor } from '../../src/extract/extract-document.js'
import { DATA_DIR, PROJECT_ROOT } from '../../src/paths.js'
import { buildTestApp } from '../helpers/build-test-app.js'
import { walkPages } from '../helpers/walk-pages.js'

// The real seed and the development corpus through the real extractor: the
// API must serve whatever the pipeline produces, with spans that hold.
const FOLDERS = [join(DATA_DIR, 'statements'), join(PROJECT_ROOT, '..', 'shared', 'corpus', 'dev')]

function extractCorpus () {
  const extract = createExtractor()
  const documents = FOLDERS.flatMap((folder) => readdirSync(folder).filter((file) => file.endsWith('.txt')).map((file) =>
    extract(readFileSync(join(folder, file), 'utf8'), { sourceFile: basename(file), sourceUrl: null })))
  return { documents, topics: extract.taxonomy }
}

test('every span the API serves for the real corpus points at its text in the source', async (t) => {
  const { documents, topics } = extractCorpus()
  const { app } = await buildTestApp(t, { documents, topics })
  const { ids } = await walkPages(app, '/v1/statements?limit=5')
  t.equal(ids.length, new Set(documents.map((document) => document.id)).size)
  t.ok(ids.includes('statement-23-121'), 'the seed statement is served')
  for (const id of ids) {
    const source = (await app.inject(`/v1/statements/${id}/source`)).body
    const paragraphs = (await app.inject(`/v1/statements/${id}/paragraphs?limit=200`)).json().data as Array<{ text: string, start: number, end: number, mentions: Array<{ text: string, start: number, end: number }> }>
    const spans = paragraphs.flatMap((paragraph) => [paragraph, ...paragraph.mentions])
    const commitments = (await walkPages(app, `/v1/statements/${id}/commitments?limit=50`)).ids
    for (const commitmentId of commitments) {
      const commitment = (await app.inject(`/v1/commitments/${commitmentId}`)).json()
      spans.push(commitment, commitment.clause)
    }
    t.ok(spans.every((span) => source.slice(span.start, span.end) === span.text), `${id}: ${spans.length} spans hold`)
  }
})

test('every list and aggregate answers the real corpus', async (t) => {
  const { app } = await buildTestApp(t, extractCorpus())
  for (const url of ['/v1/paragraphs', '/v1/commitments', '/v1/actors', '/v1/topics', '/v1/search?q=security', '/v1/stats/topics', '/v1/stats/actors', '/v1/stats/commitments',
    '/v1/commitments?topic=sanctions', '/v1/commitments?format=csv', '/v1/paragraphs?format=ndjson']) {
    t.equal((await app.inject(url)).statusCode, 200, url)
  }
})
