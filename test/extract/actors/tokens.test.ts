import { test } from 'tap'
import { tokenize } from '../../../src/extract/actors/tokens.js'

test('tokens keep their offsets in the source, shifted by the text start', async (t) => {
  const source = 'xx EU-NATO'
  for (const token of tokenize(source.slice(3), 3)) t.equal(source.slice(token.start, token.end), token.text)
  t.same(tokenize('EU-NATO').map(token => token.text), ['EU', '-', 'NATO'])
})

test('a word a PDF broke at a line end is one token over the break; "EU-" before a capital stays two words', async (t) => {
  const source = 'Rus-\nsia and EU-\nNATO'
  const tokens = tokenize(source)
  t.same(tokens.map(token => token.key), ['Russia', 'and', 'EU', '-', 'NATO'])
  t.equal(source.slice(tokens[0]?.start, tokens[0]?.end), 'Rus-\nsia', 'the span quotes the source')
})

test('curly and straight apostrophes share one key, so both possessives match', async (t) => {
  t.same(tokenize('Russia’s Russia\'s').map(token => token.key), ['Russia', "'", 's', 'Russia', "'", 's'])
})

test('diacritics are folded in keys but kept in the text', async (t) => {
  t.match(tokenize('Šefčovič')[0], { text: 'Šefčovič', key: 'Sefcovic', capitalised: true, word: true })
})

test('a sentence-initial article has the same key as a lowercase one', async (t) => {
  t.same(tokenize('The the').map(token => token.key), ['the', 'the'])
})
