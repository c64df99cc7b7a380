import { test } from 'tap'
import { createTopicMatcher } from '../../../src/extract/topics/match-topics.js'
import { buildTaxonomy } from '../../../src/extract/topics/taxonomy.js'
import { smallTaxonomy } from './small-taxonomy.js'

const match = createTopicMatcher(smallTaxonomy())
const slugs = (text: string): string[] => match(text).map((topic) => topic.slug).sort()
const evidence = (text: string, slug: string): string[] | undefined => match(text).find((topic) => topic.slug === slug)?.evidence

test('a term matches its plural, past tense and -ing forms', async (t) => {
  for (const text of ['New sanctions.', 'One sanction.', 'Russia was sanctioned.', 'Sanctioning Belarus.']) {
    t.ok(slugs(text).includes('sanctions'), text)
  }
})

test('matching ignores case', async (t) => {
  t.same(evidence('RESTRICTIVE MEASURES apply.', 'sanctions'), ['RESTRICTIVE MEASURES'])
})

test('a term does not match inside a longer word', async (t) => {
  t.notOk(slugs('Sanctionable conduct.').includes('sanctions'))
})

test('compounds match written open, hyphenated or closed', async (t) => {
  for (const text of ['cyberattacks', 'cyber-attacks', 'cyber attacks', 'a cyber attack']) {
    t.ok(slugs(text).includes('cyber'), text)
  }
})

test('a term with a one-letter word has no closed spelling: "TEN-T" is not "tents"', async (t) => {
  t.ok(slugs('The TEN-T network.').includes('transport'))
  t.ok(slugs('The TEN T network.').includes('transport'))
  t.notOk(slugs('We sent tents and beds.').includes('transport'))
})

test('a multiword term matches with inflection on its last word', async (t) => {
  t.same(evidence('Hybrid threats grow.', 'hybrid'), ['Hybrid threats'])
  t.same(evidence('emerging and disruptive technologies', 'edt'), ['disruptive technologies'])
})

test('a multiword term needs its words next to each other', async (t) => {
  t.notOk(slugs('Military means and mobility.').includes('mobility'))
})

test('a multiword term does not run across a sentence boundary', async (t) => {
  t.notOk(slugs('It was military. Mobility came later.').includes('mobility'))
})

test('a possessive still matches the name', async (t) => {
  t.same(evidence("Russia's invasion of Ukraine's east.", 'war'), ["invasion of Ukraine's"])
})

test('a plural possessive keeps a phrase whole, a quote mark between words does not', async (t) => {
  t.ok(slugs("The Commission registered a European Citizens' Initiative.").includes('democracy'))
  t.ok(slugs('The Commission registered a European Citizens’ Initiative.').includes('democracy'), 'with a typographic apostrophe')
  t.notOk(slugs("They call it 'military' mobility.").includes('mobility'), 'a closing quote mark after a word not ending in s is not a possessive')
})

test('a hyphenated term matches the spaced spelling', async (t) => {
  t.ok(slugs('The EU NATO declaration.').includes('partnership'))
})

test('a weak word alone does not make a topic match', async (t) => {
  t.same(match('We need more cooperation and support.'), [])
})

test('weak words add weight and evidence to a topic that matched', async (t) => {
  const alone = match('EU-NATO.').find((topic) => topic.slug === 'partnership')
  const helped = match('EU-NATO cooperation.').find((topic) => topic.slug === 'partnership')
  t.same(helped?.evidence, ['EU-NATO', 'cooperation'])
  t.ok((helped?.score ?? 0) > (alone?.score ?? 1))
})

test('a weak word matches in a document whose title is about the topic', async (t) => {
  const themed = match('Our cooperation is strong.', { themes: new Set(['partnership']) })
  t.same(themed.map((topic) => topic.slug), ['partnership', 'security'])
})

test('an all_of rule matches only when every group is present', async (t) => {
  t.notOk(slugs('NATO met today.').includes('partnership'))
  t.ok(slugs('NATO and the European Union met today.').includes('partnership'))
})

test('evidence is the text as written, each spelling once, in text order', async (t) => {
  t.same(evidence('Sanctions work. More sanctions, and restrictive measures. sanctions!', 'sanctions'),
    ['Sanctions', 'restrictive measures'])
})

test('a word inside a longer matched phrase is not a signal of its own', async (t) => {
  const topics = match('Energy security matters.')
  t.same(topics.map((topic) => topic.slug).sort(), ['energy', 'energy-security'])
  t.same(topics.find((topic) => topic.slug === 'energy')?.evidence, ['Energy security'])
})

test('an area matches through its fine topics with their best score', async (t) => {
  const topics = match('Sanctions and cyber attacks.')
  const area = topics.find((topic) => topic.slug === 'security')
  const best = Math.max(...topics.filter((topic) => topic.slug !== 'security').map((topic) => topic.score))
  t.equal(area?.score, best)
  t.same(area?.evidence, ['Sanctions', 'cyber attacks'])
})

test('a phrase weighs more than a word', async (t) => {
  const [phrase] = match('Restrictive measures.')
  const [word] = match('Sanctions.')
  t.ok((phrase?.score ?? 0) > (word?.score ?? 1))
})

test('scores stay within (0, 1] however many terms match', async (t) => {
  for (const topic of match('sanction restrictive measures sanctioned restrictive measure cyber attack cyber threats')) {
    t.ok(topic.score > 0 && topic.score <= 1, topic.slug)
  }
})

test('topics are sorted by score, then by slug', async (t) => {
  const topics = match('Sanctions. Hybrid threats.')
  t.same(topics.map((topic) => topic.slug), ['hybrid', 'security', 'sanctions'])
})

test('a word broken over a line end by a hyphen matches as one word; a hyphen before a capital stays a join', async (t) => {
  const broken = match('New sanc-\ntions.')
  t.same(broken.map((topic) => topic.slug), match('New sanctions.').map((topic) => topic.slug))
  t.ok(broken.length > 0)
  t.same(match('The EU-\nNATO declaration.').map((topic) => topic.slug), match('The EU-NATO declaration.').map((topic) => topic.slug))
})

test('an acronym has no inflection: "EEAS" is no plural of "EEA", the European Economic Area', async (t) => {
  const acronyms = createTopicMatcher(buildTaxonomy({
    topics: [
      { slug: 'foreign', label: 'Foreign policy', terms: ['EEAS'] },
      { slug: 'firms', label: 'Firms', terms: ['SME'] }
    ]
  }, 'acronyms'))
  const found = (text: string): string[] => acronyms(text).map((topic) => topic.slug)
  t.same(found('Article 53 of the EEA Agreement prohibits cartels.'), [])
  t.same(found('The EEAS will coordinate.'), ['foreign'])
  t.same(found("The EEAS's delegations will coordinate."), ['foreign'])
  t.same(found('We will support SMEs.'), ['firms'], 'a plural written with a lowercase s still meets its acronym')
})
