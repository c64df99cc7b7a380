import { test } from 'tap'
import { z } from 'zod'
import { toCsv } from '../../src/http/csv.js'

const Row = z.object({ text: z.string(), score: z.number(), holder: z.object({ id: z.string(), name: z.string() }).nullable(), topics: z.array(z.string()) })

test('nested references become their id, arrays are joined, the header comes from the schema', async (t) => {
  const csv = toCsv([{ text: 'We will act.', score: 0.9, holder: { id: 'european-union', name: 'European Union' }, topics: ['energy', 'trade'] }], Row)
  t.equal(csv, 'text,score,holder,topics\nWe will act.,0.9,european-union,energy; trade\n')
  t.equal(toCsv([], Row), 'text,score,holder,topics\n', 'an empty list keeps its header')
})

test('a text cell a spreadsheet would read as a formula is escaped with a quote; a negative number is not', async (t) => {
  const rows = ['=HYPERLINK("http://x","click")', '+1 call', '@SUM(A1)', '- launch a partnership', '\tindented'].map((text) => ({ text, score: -1, holder: null, topics: [] }))
  const lines = toCsv(rows, Row).trimEnd().split('\n').slice(1)
  t.same(lines, ['"\'=HYPERLINK(""http://x"",""click"")",-1,,', "'+1 call,-1,,", "'@SUM(A1),-1,,", "'- launch a partnership,-1,,", "'\tindented,-1,,"])
})
