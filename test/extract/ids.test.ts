import { test } from 'tap'
import { commitmentId, paragraphId, sentenceId, slugify, statementIdFor } from '../../src/extract/ids.js'

const SHA = 'ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789'

test('slugify folds diacritics and lowercases', async (t) => {
  t.equal(slugify('Brüssel'), 'brussel')
  t.equal(slugify('António Costa'), 'antonio-costa')
  t.equal(slugify('Maßnahmen Øresund'), 'massnahmen-oresund')
})

test('slugify turns runs of other characters into one dash and trims them', async (t) => {
  t.equal(slugify('  EU–NATO: a “new” era!  '), 'eu-nato-a-new-era')
})

test('a reference gives the statement id', async (t) => {
  t.equal(statementIdFor({ reference: 'STATEMENT/23/121', date: '2023-01-10', title: 'Statement' }, SHA), 'statement-23-121')
  t.equal(statementIdFor({ reference: 'IP/23/6789', date: null, title: null }, SHA), 'ip-23-6789')
})

test('without a reference the id is the date and the title slug', async (t) => {
  t.equal(statementIdFor({ reference: null, date: '2025-02-11', title: 'Statement by President von der Leyen on US tariffs' }, SHA),
    '2025-02-11-statement-by-president-von-der-leyen-on-us-tariffs')
})

test('a long title is cut at a word boundary within 80 characters', async (t) => {
  const id = statementIdFor({ reference: null, date: '2023-01-10', title: 'Joint Declaration on EU-NATO Cooperation by the President of the European Council and the Secretary General' }, SHA)
  t.ok(id.length <= 80)
  t.equal(id, '2023-01-10-joint-declaration-on-eu-nato-cooperation-by-the-president-of-the')
})

test('without a date the id is "undated-" and the title slug', async (t) => {
  t.equal(statementIdFor({ reference: null, date: null, title: 'Remarks by Executive Vice-President Dombrovskis' }, SHA),
    'undated-remarks-by-executive-vice-president-dombrovskis')
})

test('without reference and title the id comes from the hash', async (t) => {
  t.equal(statementIdFor({ reference: null, date: '2023-01-10', title: null }, SHA), 'doc-abcdef012345')
})

test('paragraph, sentence and commitment ids extend the statement id', async (t) => {
  t.equal(paragraphId('statement-23-121', 3), 'statement-23-121-p3')
  t.equal(sentenceId('statement-23-121', 3, 2), 'statement-23-121-p3-s2')
  t.equal(commitmentId('statement-23-121', 3, 2, 1), 'statement-23-121-p3-s2-c1')
})
