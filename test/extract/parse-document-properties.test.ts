import fc from 'fast-check'
import { test } from 'tap'
import { DocumentParseError } from '../../src/extract/errors.js'
import { parseDocument } from '../../src/extract/parse-document.js'

// Lines of the kinds press-corner exports are made of, shuffled into random documents.
const LINE = fc.constantFrom(
  '', '', '', 'Statement by President von der Leyen on trade', 'Brussels, 10 January 2023', 'European Commission - Statement',
  'Dear Jens, dear Charles,', 'We will act. Mr. Smith agrees, e.g. on No. 3.', 'and then we continue the wrapped line',
  '• A bullet item;', '1. A numbered point.', '[A bracketed heading]', 'Short heading', '“A whole quote.”',
  'STATEMENT/23/121', 'Press contacts:', 'Eric MAMER (+32 2 299 40 73)', 'Related documents', 'File EN.pdf File FR.pdf',
  'We act today. (For more information: Mina Andreeva – Tel.: +32 229 91382)', 'Check against delivery', '   ', '***',
  'Brüssel, 22. März 2016', 'Ladies and gentlemen,', 'President von der Leyen:', '- A dash item', 'a) a letter item;',
  'Daily News 08 / 07 / 2016', 'Kontakt für die Medien:', 'General public inquiries: Europe Direct by phone', 'Photos',
  'Den Mitarbeitern der Kommission versichere ich, dass ihre', 'Sicherheit eine Priorität bleibt.', '(For more information: Eric Mamer – Tel.: +32 2 299 40 73)'
)
const DOCUMENT = fc.tuple(fc.array(LINE, { maxLength: 25 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, bom]) => (bom ? '\uFEFF' : '') + lines.join(eol))

test('any document either parses with exact spans or fails with a DocumentParseError', async (t) => {
  fc.assert(fc.property(DOCUMENT, (raw) => {
    let doc
    try {
      doc = parseDocument(raw)
    } catch (error) {
      if (error instanceof DocumentParseError) return true
      throw error
    }
    doc.paragraphs.forEach((paragraph, index) => {
      if (paragraph.position !== index + 1) throw new Error('positions are not 1..n')
      if (doc.sourceText.slice(paragraph.start, paragraph.end) !== paragraph.text) throw new Error('paragraph span differs')
      if (paragraph.text !== paragraph.text.trim() || paragraph.text === '') throw new Error('paragraph is not trimmed')
      for (const sentence of paragraph.sentences) {
        if (doc.sourceText.slice(sentence.start, sentence.end) !== sentence.text) throw new Error('sentence span differs')
        if (sentence.start < paragraph.start || sentence.end > paragraph.end) throw new Error('sentence outside its paragraph')
      }
      if (/Press contacts|STATEMENT\/23\/121|Check against delivery|For more information/.test(paragraph.text)) throw new Error(`boilerplate in ${paragraph.text}`)
    })
    return true
  }), { numRuns: 1000 })
  t.pass('no counterexample')
})
