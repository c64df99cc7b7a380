import { test } from 'tap'
import { aggregateTopics, createTopicMatcher, topicsForParagraphs } from '../../../src/extract/topics/match-topics.js'
import { makeDocument } from '../../helpers/make-document.js'
import { smallTaxonomy } from './small-taxonomy.js'

const match = createTopicMatcher(smallTaxonomy())

test('every paragraph gets its topics, in paragraph order', async (t) => {
  const doc = makeDocument({ paragraphs: [['New sanctions.'], ['Hybrid threats.']] })
  const result = topicsForParagraphs(doc, match)
  t.same(result.map((p) => [p.paragraphPosition, p.topics.map((topic) => topic.slug)]),
    [[1, ['sanctions', 'security']], [2, ['hybrid', 'security']]])
})

test('a salutation gets no topics', async (t) => {
  const doc = makeDocument({ paragraphs: [{ kind: 'salutation', sentences: ['Dear sanctions envoy,'] }, ['Sanctions.']] })
  t.same(topicsForParagraphs(doc, match)[0]?.topics, [])
})

test('a document in another language gets no topics', async (t) => {
  const doc = makeDocument({ language: 'de', paragraphs: [['Die EU-NATO Erklärung.']] })
  t.same(topicsForParagraphs(doc, match)[0]?.topics, [])
})

test('weak words count in a document whose title names the topic', async (t) => {
  const paragraphs = [['Our cooperation grows.']]
  const themed = makeDocument({ metadata: { title: 'Joint Declaration on EU-NATO Cooperation' }, paragraphs })
  const plain = makeDocument({ metadata: { title: 'Remarks' }, paragraphs })
  t.same(topicsForParagraphs(themed, match)[0]?.topics.map((topic) => topic.slug), ['partnership', 'security'])
  t.same(topicsForParagraphs(plain, match)[0]?.topics, [])
})

test('statement topics combine paragraph scores as 1 - product of misses', async (t) => {
  const result = aggregateTopics([
    { paragraphPosition: 1, topics: [{ slug: 'sanctions', score: 0.5, evidence: ['sanctions'] }] },
    { paragraphPosition: 2, topics: [{ slug: 'sanctions', score: 0.5, evidence: ['Sanctions', 'embargo'] }] }
  ])
  t.same(result, [{ slug: 'sanctions', score: 0.75, evidence: ['sanctions', 'embargo'] }])
})

test('statement topics are sorted by score, then slug', async (t) => {
  const result = aggregateTopics([
    { paragraphPosition: 1, topics: [{ slug: 'b', score: 0.4, evidence: [] }, { slug: 'a', score: 0.4, evidence: [] }] },
    { paragraphPosition: 2, topics: [{ slug: 'c', score: 0.9, evidence: [] }] }
  ])
  t.same(result.map((topic) => topic.slug), ['c', 'a', 'b'])
})

test('a statement score equals the score of the summed paragraph weights', async (t) => {
  const doc = makeDocument({ paragraphs: [['Sanctions.'], ['Restrictive measures.']] })
  const statement = aggregateTopics(topicsForParagraphs(doc, match)).find((topic) => topic.slug === 'sanctions')
  const together = match('Sanctions. Restrictive measures.').find((topic) => topic.slug === 'sanctions')
  t.equal(statement?.score, together?.score)
})
