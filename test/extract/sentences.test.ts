import { test } from 'tap'
import { splitSentences } from '../../src/extract/sentences.js'

const texts = (text: string): string[] => splitSentences(text, 0).map((sentence) => sentence.text)

test('a salutation stays one sentence', async (t) => {
  t.same(texts('Dear Jens, dear Charles,'), ['Dear Jens, dear Charles,'])
})

test('sentences end at a full stop, a question mark and an exclamation mark before a capital', async (t) => {
  t.same(texts('We act. Do we? Yes! Fine.'), ['We act.', 'Do we?', 'Yes!', 'Fine.'])
})

test('"e.g." and "i.e." do not end a sentence', async (t) => {
  t.same(texts('Threats, e.g. Cyber attacks, i.e. Hybrid ones, grow. We act.'), ['Threats, e.g. Cyber attacks, i.e. Hybrid ones, grow.', 'We act.'])
})

test('titles before names do not end a sentence', async (t) => {
  t.same(texts('Mr. Smith met Dr. Jones at St. Peter. They talked.'), ['Mr. Smith met Dr. Jones at St. Peter.', 'They talked.'])
})

test('"No." before a number does not end a sentence', async (t) => {
  t.same(texts('See Regulation No. 3 of 2020. It applies.'), ['See Regulation No. 3 of 2020.', 'It applies.'])
})

test('"vs." does not end a sentence', async (t) => {
  t.same(texts('It is EU vs. China here. Next.'), ['It is EU vs. China here.', 'Next.'])
})

test('"etc." in the middle of a sentence does not end it', async (t) => {
  t.same(texts('Apples, pears etc. are fruit. Good.'), ['Apples, pears etc. are fruit.', 'Good.'])
})

test('"U.S." and initials do not end a sentence', async (t) => {
  t.same(texts('The U.S. President met J. Smith today. Then he left.'), ['The U.S. President met J. Smith today.', 'Then he left.'])
})

test('after an abbreviation with periods or an initial, a word that opens sentences starts a new one', async (t) => {
  t.same(texts('Tariffs were announced by the U.S. The Commission will respond.'), ['Tariffs were announced by the U.S.', 'The Commission will respond.'])
  t.same(texts('The talks ended at 4 p.m. We agreed on a text.'), ['The talks ended at 4 p.m.', 'We agreed on a text.'])
  t.same(texts('Write to trade@ec.europa.eu. The deadline is May.'), ['Write to trade@ec.europa.eu.', 'The deadline is May.'])
  t.same(texts('The list is in Annex I. The Commission will update it.'), ['The list is in Annex I.', 'The Commission will update it.'])
})

test('a lettered item at the start of a sentence does not end it', async (t) => {
  t.same(texts('A. The first point is energy. It matters.'), ['A. The first point is energy.', 'It matters.'])
})

test('decimal numbers do not end a sentence', async (t) => {
  t.same(texts('Exports grow by 4.5 billion euro. Good.'), ['Exports grow by 4.5 billion euro.', 'Good.'])
})

test('a full stop after a figure with a decimal point ends the sentence; a footnote number after it stays with it', async (t) => {
  t.same(texts('Offices are open between 9.00 and 17.00. Companies should write.'), ['Offices are open between 9.00 and 17.00.', 'Companies should write.'])
  t.same(texts('Capacity reached 1,200 MW.[2] More information follows.'), ['Capacity reached 1,200 MW.[2]', 'More information follows.'])
  t.same(texts('See Art. 5.1 of the act.'), ['See Art. 5.1 of the act.'], 'a decimal inside the sentence')
})

test('a closing quotation mark stays with its sentence', async (t) => {
  t.same(texts('She said “We will act.” Then she left.'), ['She said “We will act.”', 'Then she left.'])
})

test('a straight closing quote after a full stop stays with its sentence', async (t) => {
  t.same(texts('He said: "Go." She left.'), ['He said: "Go."', 'She left.'])
})

test('a quotation inside a sentence does not split it', async (t) => {
  t.same(texts('“Are you ready?” she asked. Yes.'), ['“Are you ready?” she asked.', 'Yes.'])
})

test('a closing bracket stays with its sentence', async (t) => {
  t.same(texts('It works (mostly.) Fine.'), ['It works (mostly.)', 'Fine.'])
})

test('an ellipsis ends a sentence before a capital and not before a lowercase word', async (t) => {
  t.same(texts('Close the borders… And then… what? Nothing.'), ['Close the borders…', 'And then… what?', 'Nothing.'])
})

test('a missing space after a full stop before a capitalised word still splits', async (t) => {
  t.same(texts('They live in a NATO country.We share values.'), ['They live in a NATO country.', 'We share values.'])
})

test('a web address is not split', async (t) => {
  t.same(texts('See ec.europa.eu for more. Thanks.'), ['See ec.europa.eu for more.', 'Thanks.'])
})

test('a leading paragraph number does not make a sentence of its own', async (t) => {
  t.same(texts('1. The partnership is founded on values. It grows.'), ['1. The partnership is founded on values.', 'It grows.'])
})

test('a sentence without final punctuation is kept', async (t) => {
  t.same(texts('We act. And we support its destiny'), ['We act.', 'And we support its destiny'])
})

test('spans are trimmed, numbered from 1 and shifted by the offset', async (t) => {
  const text = '  We act.\n Then we talk.  '
  const spans = splitSentences(text, 100)
  t.same(spans, [
    { position: 1, text: 'We act.', start: 102, end: 109 },
    { position: 2, text: 'Then we talk.', start: 111, end: 124 }
  ])
})

test('a sentence wrapped over lines keeps its newline', async (t) => {
  t.same(texts('We act\ntogether. Then.'), ['We act\ntogether.', 'Then.'])
})

test('empty text has no sentences', async (t) => {
  t.same(splitSentences('   ', 0), [])
})
