import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { parseDocument } from '../../../src/extract/parse-document.js'
import { DATA_DIR } from '../../../src/paths.js'
import { createTopicMatcher, topicsForParagraphs } from '../../../src/extract/topics/match-topics.js'
import { loadTaxonomy } from '../../../src/extract/topics/taxonomy.js'

// The guide's table (section 4): paragraph positions count the salutation as 1.
const TABLE: Record<number, string[]> = {
  2: ['russia-war-ukraine', 'eu-nato-cooperation'],
  3: ['eu-nato-cooperation', 'cyber-security', 'military-mobility', 'disinformation', 'hybrid-threats', 'nato-enlargement', 'eu-defence'],
  4: ['eu-nato-cooperation', 'geostrategic-competition', 'resilience'],
  5: ['hybrid-threats', 'cyber-security', 'terrorism'],
  6: ['emerging-disruptive-technologies', 'space'],
  7: ['climate-security'],
  8: ['resilience', 'disinformation', 'critical-infrastructure'],
  9: ['support-to-ukraine', 'sanctions', 'defence-industry'],
  10: ['eu-council-presidency']
}

const taxonomy = loadTaxonomy()
// The bundled copy of the seed (the same text as shared/corpus/seed).
const seed = parseDocument(readFileSync(join(DATA_DIR, 'statements', 'statement-23-121.txt'), 'utf8'))
const paragraphs = topicsForParagraphs(seed, createTopicMatcher(taxonomy))
const fineTopicsOf = (position: number): string[] => (paragraphs.find((p) => p.paragraphPosition === position)?.topics ?? [])
  .map((topic) => topic.slug)
  .filter((slug) => taxonomy.bySlug.get(slug)?.area !== null)

for (const [position, expected] of Object.entries(TABLE)) {
  test(`seed paragraph ${position} has every topic of the guide's table`, async (t) => {
    const found = fineTopicsOf(Number(position))
    for (const slug of expected) t.ok(found.includes(slug), `${slug} in ${found.join(', ')}`)
  })
}

test('the seed salutation has no topics', async (t) => {
  t.same(fineTopicsOf(1), [])
})

test('the seed has few fine topics beyond the guide table', async (t) => {
  const extra = Object.entries(TABLE).flatMap(([position, expected]) =>
    fineTopicsOf(Number(position)).filter((slug) => !expected.includes(slug)).map((slug) => `p${position} ${slug}`))
  t.ok(extra.length <= 6, extra.join(', '))
})
