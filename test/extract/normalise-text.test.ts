import { test } from 'tap'
import { normaliseText } from '../../src/extract/normalise-text.js'

test('a leading byte order mark is removed', async (t) => {
  t.equal(normaliseText('\uFEFFStatement'), 'Statement')
})

test('CRLF and lone CR line endings become LF', async (t) => {
  t.equal(normaliseText('a\r\nb\rc\n'), 'a\nb\nc\n')
})

test('everything else is left as it is', async (t) => {
  const text = '  Brüssel,\t22. März 2016  \n\n“Quote” \u00a0end'
  t.equal(normaliseText(text), text)
})
