import { test } from 'tap'
import { hitsWithin, readText, type WordInfo } from '../../../src/extract/topics/find-hits.js'
import { createTopicMatcher } from '../../../src/extract/topics/match-topics.js'
import type { ParagraphSpan, SentenceSpan } from '../../../src/extract/types.js'
import { smallTaxonomy } from './small-taxonomy.js'

const match = createTopicMatcher(smallTaxonomy())
const plainWords = (word: string): WordInfo => ({ stem: word, node: undefined })

/** A paragraph at `start` in some source, and its sentence at `from` (relative to the paragraph). */
function spans (text: string, sentence: string, start = 100): { paragraph: ParagraphSpan, sentence: SentenceSpan } {
  const from = text.indexOf(sentence)
  const sentenceSpan = { position: 1, text: sentence, start: start + from, end: start + from + sentence.length }
  return { paragraph: { position: 1, kind: 'body', text, start, end: start + text.length, sentences: [sentenceSpan] }, sentence: sentenceSpan }
}

test('a sentence read from its paragraph has the topics it has alone', async (t) => {
  const text = 'The EU and NATO met. We will impose sanctions on cyber attacks. Energy security matters.'
  for (const sentence of ['The EU and NATO met.', 'We will impose sanctions on cyber attacks.', 'Energy security matters.']) {
    const { paragraph, sentence: span } = spans(text, sentence)
    t.same(match.forDocument().sentence(span, paragraph), match(sentence), sentence)
  }
})

test('a sentence joined to the word before it still gets the topics it has alone', async (t) => {
  // "energy security" runs across the edge: the sentence is matched on its own.
  const text = 'We need more energy security policy for all.'
  const { paragraph, sentence } = spans(text, 'security policy for all.')
  t.same(match.forDocument().sentence(sentence, paragraph), match('security policy for all.'))
})

test('a part whose edge cuts a word or joins the word before is not read from the whole', async (t) => {
  const reading = readText('Cyber-attacks rose. Sanctions followed', plainWords)
  t.equal(hitsWithin(reading, 3, 19), null, 'starts inside "Cyber"')
  t.equal(hitsWithin(reading, 0, 10), null, 'ends inside "attacks"')
  t.equal(hitsWithin(reading, 6, 19), null, '"attacks" is joined to "Cyber" by a hyphen')
  t.same(hitsWithin(reading, 20, 38), [])
})

test('a text with a capital sigma is never read in parts, as its lowercase depends on context', async (t) => {
  t.equal(hitsWithin(readText('ΟΔΟΣ sanctions. More sanctions.', plainWords), 16, 31), null)
})

test('a term strictly inside a name is no evidence; the whole name and all_of groups still are', async (t) => {
  const text = 'The International Energy Agency met NATO and the European Union.'
  const agency = text.indexOf('International Energy Agency')
  const union = text.indexOf('European Union')
  const names = new Map([[text, [{ start: agency, end: agency + 'International Energy Agency'.length }, { start: union, end: union + 'European Union'.length }]]])
  t.ok(match.forDocument().paragraph(text).map((topic) => topic.slug).includes('energy'), 'without names, "Energy" counts')
  t.same(match.forDocument(names).paragraph(text).map((topic) => topic.slug), ['partnership', 'security'], '"Energy" of the agency\'s name does not; the EU of the all_of group does')
  const { paragraph, sentence } = spans(text, text)
  t.same(match.forDocument(names).sentence(sentence, paragraph).map((topic) => topic.slug), ['partnership', 'security'], 'a sentence read from its paragraph too')
})
