import { test } from 'tap'
import { extractActors } from '../../../src/extract/actors/extract-actors.js'
import { makeDocument } from '../../helpers/make-document.js'
import { gazetteer } from './extract-helper.js'

const doc = makeDocument({
  paragraphs: [
    ['Dear all,'],
    ['Russia’s war goes on.', 'We stand with Ukraine and the EU-NATO partnership.'],
    ['President Michel agrees.']
  ]
})
const result = extractActors(doc, gazetteer)

test('every mention is the exact slice of the source text at its offsets', async (t) => {
  t.ok(result.mentions.length >= 5)
  for (const mention of result.mentions) t.equal(doc.sourceText.slice(mention.start, mention.end), mention.text)
})

test('mentions carry their paragraph and sentence positions', async (t) => {
  t.same(result.mentions.map(mention => [mention.text, mention.paragraphPosition, mention.sentencePosition]), [
    ['Russia’s', 2, 1], ['Ukraine', 2, 2], ['EU', 2, 2], ['NATO', 2, 2], ['President Michel', 3, 1]
  ])
})
