import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { parseDocument } from '../../src/extract/parse-document.js'
import { PROJECT_ROOT } from '../../src/paths.js'

// CI checks out ../shared beside the clone; every document there must parse.
const CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus')
const files = ['seed', 'dev'].flatMap((folder) => readdirSync(join(CORPUS, folder))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => join(CORPUS, folder, name)))
const parse = (name: string) => {
  const file = files.find((path) => path.endsWith(name))
  if (file === undefined) throw new Error(`${name} is not in the corpus`)
  return parseDocument(readFileSync(file, 'utf8'))
}

test('the corpus holds the seed and the dev documents', async (t) => {
  t.ok(files.length >= 13)
})

for (const file of files) {
  const name = file.slice(CORPUS.length + 1)
  test(`${name} parses into body paragraphs whose spans quote the source exactly`, async (t) => {
    const doc = parseDocument(readFileSync(file, 'utf8'))
    t.ok(doc.paragraphs.some((paragraph) => paragraph.kind === 'body'))
    for (const paragraph of doc.paragraphs) {
      t.equal(doc.sourceText.slice(paragraph.start, paragraph.end), paragraph.text)
      t.ok(paragraph.sentences.length > 0, `paragraph ${paragraph.position} has sentences`)
      for (const sentence of paragraph.sentences) {
        t.equal(doc.sourceText.slice(sentence.start, sentence.end), sentence.text)
        t.ok(sentence.start >= paragraph.start && sentence.end <= paragraph.end)
      }
    }
  })

  test(`${name} keeps boilerplate out of its paragraphs`, async (t) => {
    const doc = parseDocument(readFileSync(file, 'utf8'))
    for (const paragraph of doc.paragraphs) {
      t.notMatch(paragraph.text, /Press contacts|Kontakt für die|Europe Direct|For more information:|Check against delivery|^[A-Z]+\/\d{2}\/\d+$/m)
    }
  })
}

test('the seed has ten paragraphs from the salutation to "On all these topics"', async (t) => {
  const doc = parse('statement-23-121.txt')
  t.equal(doc.paragraphs.length, 10)
  t.match(doc.paragraphs[0], { kind: 'salutation', text: 'Dear Jens, dear Charles,' })
  t.ok(doc.paragraphs.slice(1).every((paragraph) => paragraph.kind === 'body'))
  t.match(doc.paragraphs[9]?.text, /^On all these topics, I look forward/)
})

test('the seed metadata is read from its header and footer', async (t) => {
  const { metadata, language } = parse('statement-23-121.txt')
  t.equal(language, 'en')
  t.match(metadata, { reference: 'STATEMENT/23/121', type: 'statement', date: '2023-01-10', place: 'Brussels' })
  t.match(metadata.title, /^Statement by President von der Leyen at the joint press conference/)
  t.same(metadata.speakers, [{ name: 'von der Leyen', role: 'President' }])
  t.same(metadata.people, [{ name: 'Stoltenberg', role: 'NATO Secretary-General' }, { name: 'Michel', role: 'President' }])
  t.same(metadata.pressContacts, [
    { name: 'Eric Mamer', phone: '+32 2 299 40 73', email: null },
    { name: 'Dana Spinant', phone: '+32 2 299 01 50', email: null }
  ])
  t.same(metadata.relatedDocuments, ['EU-NATO declaration EN.pdf', 'EU-NATO declaration FR.pdf'])
  t.same(metadata.relatedMedia, ['Joint Declaration EU-NATO Cooperation', 'Signing Ceremony of the 3rd Joint Declaration on NATO/EU Cooperation'])
})

test('the hard-wrapped German statement is German, with whole paragraphs and its footer as metadata', async (t) => {
  const doc = parse('029_juncker-mitteilung-anschlaege-bruessel-2016-de.txt')
  t.equal(doc.language, 'de')
  t.match(doc.metadata, { reference: 'STATEMENT/16/1043', date: '2016-03-22', place: 'Brüssel', type: 'statement' })
  t.equal(doc.metadata.title, 'Mitteilung des Präsidenten der Europäischen Kommission zu den Anschlägen in Brüssel')
  t.equal(doc.paragraphs.length, 6)
  t.match(doc.paragraphs[0]?.text, /zusichern\.$/)
  t.same(doc.metadata.pressContacts, [{ name: 'Natasha Bertaud', phone: '+32 2 296 74 56', email: null }])
})

test('the daily news item gives its headline as title and its inline contact as metadata', async (t) => {
  const doc = parse('010_daily-news-2016-07-08.txt')
  t.match(doc.metadata, { type: 'daily_news', subtitle: 'Daily News 08 / 07 / 2016', date: '2016-07-08', place: 'Brussels' })
  t.match(doc.metadata.title, /^Press conference by President Juncker/)
  t.same(doc.metadata.pressContacts, [{ name: 'Mina Andreeva', phone: '+32 229 91382', email: null }])
  t.match(doc.paragraphs.at(-1)?.text, /remarks are available online\.$/)
})
