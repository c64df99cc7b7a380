import { join } from 'node:path'
import { test } from 'tap'
import { evaluate } from '../../scripts/eval/evaluate.js'
import { FixtureSchema, loadFixtures } from '../../scripts/eval/fixture.js'
import { figures } from '../../scripts/eval/report.js'
import { scoreDocument, totalScore } from '../../scripts/eval/score.js'
import type { DocumentScore, Prediction } from '../../scripts/eval/score.js'
import { createExtractor } from '../../src/extract/extract-document.js'
import type { Commitment } from '../../src/extract/types.js'
import { PROJECT_ROOT } from '../../src/paths.js'

const TEXT = 'We will act. We must talk. We will not wait.'

function commitment (text: string, overrides: Partial<Commitment> = {}): Commitment {
  const start = TEXT.indexOf(text)
  return {
    paragraphPosition: 1,
    sentencePosition: 1,
    clausePosition: 1,
    text,
    start,
    end: start + text.length,
    clause: { text, start, end: start + text.length },
    holderIds: [],
    modality: 'commitment',
    polarity: 'positive',
    action: 'act',
    object: '',
    targetIds: [],
    topicSlugs: [],
    timeframe: null,
    rule: 'we-will',
    confidence: 0.9,
    ...overrides
  }
}

function prediction (commitments: Commitment[]): Prediction {
  return {
    sourceText: TEXT,
    paragraphs: [{ position: 1, kind: 'body', text: TEXT, start: 0, end: TEXT.length, sentences: [] }],
    commitments,
    actors: [{ id: 'ukraine', name: 'Ukraine', type: 'country', aliases: [], role: null, countryCode: 'UA' }],
    mentions: [],
    paragraphTopics: [{ paragraphPosition: 1, topics: [{ slug: 'sanctions', score: 1, evidence: [] }] }]
  }
}

const fixture = FixtureSchema.parse({
  document: 'x.txt',
  commitments: [
    { paragraph: 1, modality: 'commitment', clause: 'We will act' },
    { paragraph: 1, modality: 'obligation', clause: 'We must talk' }
  ],
  actors: [{ id: 'ukraine', type: 'country', countryCode: 'UA' }],
  topics: { 1: ['sanctions'] }
})

const perfect = [commitment('We will act'), commitment('We must talk', { modality: 'obligation' })]

test('a perfect extraction scores 1.0 everywhere', async (t) => {
  const f = figures(scoreDocument('tiny', fixture, prediction(perfect)))
  for (const key of ['commitmentPrecision', 'commitmentRecall', 'modalityAccuracy', 'polarityAccuracy', 'targetsAccuracy', 'timeframeAccuracy', 'actorRecall', 'actorPrecision', 'actorTypeAndCode', 'topicRecall', 'topicPrecision']) {
    t.equal(f[key], 1, key)
  }
})

test('a missing commitment lowers recall but not precision', async (t) => {
  const f = figures(scoreDocument('tiny', fixture, prediction([commitment('We will act')])))
  t.equal(f.commitmentRecall, 0.5)
  t.equal(f.commitmentPrecision, 1)
})

test('a spurious commitment lowers precision but not recall', async (t) => {
  const f = figures(scoreDocument('tiny', fixture, prediction([...perfect, commitment('We will not wait')])))
  t.equal(f.commitmentPrecision, 2 / 3)
  t.equal(f.commitmentRecall, 1)
})

test('a wrong modality lowers modality accuracy on a matched commitment', async (t) => {
  const f = figures(scoreDocument('tiny', fixture, prediction([commitment('We will act'), commitment('We must talk')])))
  t.equal(f.commitmentRecall, 1)
  t.equal(f.modalityAccuracy, 0.5)
})

test('a clause that overlaps less than half of the expected one does not match', async (t) => {
  const f = figures(scoreDocument('tiny', fixture, prediction([commitment('We will act'), commitment('act. We m', { modality: 'obligation' })])))
  t.equal(f.commitmentRecall, 0.5)
})

test('a wrong country code lowers the type agreement of actors', async (t) => {
  const wrong = { ...prediction(perfect), actors: [{ id: 'ukraine', name: 'Ukraine', type: 'country' as const, aliases: [], role: null, countryCode: 'UK' }] }
  t.equal(figures(scoreDocument('tiny', fixture, wrong)).actorTypeAndCode, 0)
})

test('the overall score adds the counts of every document', async (t) => {
  const overall = totalScore([scoreDocument('a', fixture, prediction(perfect)), scoreDocument('b', fixture, prediction([]))])
  t.same(overall.commitments, { matched: 2, predicted: 2, expected: 4 })
})

test('a document the extractor fails on scores as empty and says why', async (t) => {
  const failing = Object.assign((): never => { throw new Error('boom') }, { taxonomy: [] })
  const { scores } = evaluate([{ name: 'tiny', fixture, raw: TEXT }], failing)
  t.equal(figures(scores[0] as DocumentScore).commitmentRecall, 0)
  t.match(scores[0]?.notes[0], /extraction failed: Error: boom/)
})

test('the pipeline meets the quality gate on the seed', async (t) => {
  const fixtures = loadFixtures(join(PROJECT_ROOT, 'test', 'fixtures', 'eval')).filter((f) => f.name === 'statement-23-121')
  t.equal(fixtures.length, 1)
  const { overall } = evaluate(fixtures, createExtractor())
  const f = figures(overall)
  t.ok((f.commitmentPrecision ?? 0) >= 0.95, `commitment precision ${f.commitmentPrecision}`)
  t.ok((f.commitmentRecall ?? 0) >= 0.95, `commitment recall ${f.commitmentRecall}`)
  t.ok((f.modalityAccuracy ?? 0) >= 0.95, `modality accuracy ${f.modalityAccuracy}`)
  t.ok((f.targetsAccuracy ?? 0) >= 0.95, `targets accuracy ${f.targetsAccuracy}`)
})
