import { test } from 'tap'
import { normaliseText } from '../../src/extract/normalise-text.js'

test('a leading byte order mark is removed', async (t) => {
  t.equal(normaliseText('\uFEFFStatement'), 'Statement')
})

test('CRLF and lone CR line endings become LF', async (t) => {
  t.equal(normaliseText('a\r\nb\rc\n'), 'a\nb\nc\n')
})

test('zero-width spaces, word joiners, soft hyphens and an inner byte order mark are removed; the zero-width joiners of emoji stay', async (t) => {
  t.equal(normaliseText('We will act now.\u200b The Commission will imple\u00adment it.\u2060\uFEFF'), 'We will act now. The Commission will implement it.')
  t.equal(normaliseText('👩\u200d💻'), '👩\u200d💻')
})

test('everything else is left as it is', async (t) => {
  const text = '  Brüssel,\t22. März 2016  \n\n“Quote” \u00a0end'
  t.equal(normaliseText(text), text)
})
