import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { createExtractor, sha256 } from '../../src/extract/extract-document.js'
import { DATA_DIR, PROJECT_ROOT } from '../../src/paths.js'

const extract = createExtractor()

/** The first paragraph's topic slugs of a body under a document header (title, dateline). */
const topicsUnder = (header: string) => (body: string): string[] =>
  extract(`${header}\n\n${body}\n`).paragraphTopics[0]?.topics.map((topic) => topic.slug) ?? []
const seed = readFileSync(join(DATA_DIR, 'statements', 'statement-23-121.txt'), 'utf8')
const german = readFileSync(join(PROJECT_ROOT, '..', 'shared', 'corpus', 'dev', '029_juncker-mitteilung-anschlaege-bruessel-2016-de.txt'), 'utf8')

test('the seed becomes statement-23-121 with its source recorded', async (t) => {
  const doc = extract(seed, { sourceFile: 'statement-23-121.txt', sourceUrl: null })
  t.equal(doc.id, 'statement-23-121')
  t.equal(doc.sourceFile, 'statement-23-121.txt')
  t.equal(doc.sha256, sha256(doc.sourceText))
  t.equal(doc.paragraphs.length, 10)
  t.equal(doc.extractorVersion, extract.version)
})

test('every extracted span points back to the exact words it came from', async (t) => {
  const doc = extract(seed)
  for (const mention of doc.mentions) t.equal(doc.sourceText.slice(mention.start, mention.end), mention.text)
  for (const commitment of doc.commitments) {
    t.equal(doc.sourceText.slice(commitment.start, commitment.end), commitment.text)
    t.equal(doc.sourceText.slice(commitment.clause.start, commitment.clause.end), commitment.clause.text)
  }
  t.ok(doc.mentions.length > 0 && doc.commitments.length > 0)
})

// The seed names everyone its commitments bind. In the same text spoken by
// President Michel, "I" is the European Council, which the text never names.
const bySpeakerOfUnnamedBody = seed.replace('Statement by President von der Leyen', 'Statement by President Michel')

for (const [name, text] of [['the seed', seed], ['a statement whose holder is never named', bySpeakerOfUnnamedBody]] as const) {
  test(`every id the extraction refers to is an actor or a topic it carries: ${name}`, async (t) => {
    const doc = extract(text)
    const actorIds = new Set(doc.actors.map((actor) => actor.id))
    const topicSlugs = new Set(extract.taxonomy.map((topic) => topic.slug))
    const referenced = [
      ...doc.mentions.map((mention) => mention.actorId),
      ...doc.roles.map((role) => role.actorId),
      ...doc.commitments.flatMap((commitment) => [...commitment.holderIds, ...commitment.targetIds])
    ]
    t.same(referenced.filter((id) => !actorIds.has(id)), [])
    const slugs = [
      ...doc.paragraphTopics.flatMap((paragraph) => paragraph.topics.map((topic) => topic.slug)),
      ...doc.commitments.flatMap((commitment) => commitment.topicSlugs)
    ]
    t.same(slugs.filter((slug) => !topicSlugs.has(slug)), [])
  })
}

test('an actor only implied as a holder is described but given no role', async (t) => {
  const doc = extract(bySpeakerOfUnnamedBody)
  const holders = new Set(doc.commitments.flatMap((commitment) => commitment.holderIds))
  t.ok(holders.has('european-council'), 'I is the European Council')
  t.equal(doc.actors.find((actor) => actor.id === 'european-council')?.type, 'institution')
  t.notOk(doc.mentions.some((mention) => mention.actorId === 'european-council'))
  t.notOk(doc.roles.some((role) => role.actorId === 'european-council'))
})

test('a company the title names after "with" is no person: "the contract with BioNTech-Pfizer"', async (t) => {
  const doc = extract('Statement by President von der Leyen on the new contract with BioNTech-Pfizer\n\nBrussels, 8 May 2021\n\nWe will continue to support COVAX.')
  t.same(doc.metadata.people, [], 'no guest')
  t.same(doc.actors.filter((actor) => actor.type === 'person').map((actor) => actor.id), ['ursula-von-der-leyen'])
  const pair = extract('Statement by President von der Leyen on the agreement with Johnson & Johnson\n\nBrussels, 8 May 2021\n\nWe will continue to support COVAX.')
  t.same(pair.metadata.people, [], '"Johnson & Johnson" is no two people')
  const known = extract('Joint press conference with Juncker\n\nBrussels, 8 May 2018\n\nWe will continue to support Ukraine.')
  t.same(known.metadata.people, [{ name: 'Juncker', role: null }], 'a surname the gazetteer knows is still a person')
  t.ok(known.actors.some((actor) => actor.id === 'jean-claude-juncker'))
})

test('a body the title names is no person: the speaker of "Statement by the European Commission", not a guest after "with"', async (t) => {
  const byBody = extract('Statement by the European Commission on the agreement with Mercosur\n\nBrussels, 1 March 2022\n\nWe will continue to support Ukraine.')
  t.same(byBody.metadata.speakers, [{ name: 'European Commission', role: null }])
  t.same(byBody.metadata.people, [], 'Mercosur is not one of the people')
  t.same(byBody.roles.filter((role) => role.role === 'speaker'), [{ actorId: 'european-commission', role: 'speaker' }])
  t.notOk(byBody.actors.some((actor) => actor.type === 'person'), 'no person made of a body')
  t.same(byBody.commitments.map((c) => c.holderIds), [['european-commission']], 'its "we" is its own, as in its press releases')
  const byCollege = extract('Statement by the College of Commissioners on the anniversary\n\nBrussels, 27 January 2025\n\nWe will continue to fight antisemitism.')
  t.same(byCollege.roles.filter((role) => role.role === 'speaker'), [{ actorId: 'european-commission', role: 'speaker' }], 'the College is the Commission')
  const byMembers = extract('Statement by Members of the College on the anniversary\n\nBrussels, 27 January 2025\n\nWe will continue to fight antisemitism.')
  t.same(byMembers.actors, [], 'words joined by "of" without a title are no person')
})

test('a document in another language keeps paragraphs and metadata but gets no English extraction', async (t) => {
  const doc = extract(german)
  t.equal(doc.language, 'de')
  t.ok(doc.paragraphs.length > 0)
  t.equal(doc.metadata.reference, 'STATEMENT/16/1043')
  t.same([doc.actors, doc.mentions, doc.paragraphTopics, doc.commitments], [[], [], [], []])
})

test('an extractor built with an explicit version reports it on every document', async (t) => {
  const pinned = createExtractor({ version: 'pinned-1' })
  t.equal(pinned(seed).extractorVersion, 'pinned-1')
  t.not(extract.version, 'pinned-1')
})

test('the words of a body\'s name are no topic terms', async (t) => {
  const topicsOf = topicsUnder('European Commission - Statement\n\nStatement on Africa\n\nBrussels, 3 February 2025')
  t.notOk(topicsOf('The World Bank and the African Development Bank will co-finance the road.').includes('euro-financial-markets'))
  t.ok(topicsOf('Banks must hold more capital, and the Bank will supervise them.').includes('euro-financial-markets'), 'the same word outside a name')
})

test('an office\'s portfolio is no topic signal: "Commissioner for Defence and Space Andrius Kubilius visited a farm"', async (t) => {
  const topicsOf = topicsUnder('European Commission - Press release\n\nCommission visits farms\n\nBrussels, 3 February 2025')
  const visit = topicsOf('Commissioner for Defence and Space Andrius Kubilius visited a farm in Lithuania.')
  t.notOk(visit.includes('space') || visit.includes('defence'), visit.join(', '))
  t.ok(visit.includes('farming-cap'))
  t.notOk(topicsOf('Stella Kyriakides, Commissioner for Health and Food Safety, visited the plant.').includes('food-safety-quality'))
  t.ok(topicsOf('The Commission will propose new rules on food safety.').includes('food-safety-quality'), 'the same words outside a title')
})

test('a Commissioner\'s second portfolio after a semicolon is no topic signal: "Commissioner for Economy and Productivity; Implementation and Simplification"', async (t) => {
  const topicsOf = topicsUnder('European Commission - Press release\n\nCommission visits farms\n\nBrussels, 3 February 2025')
  const signed = topicsOf('Valdis Dombrovskis, Commissioner for Economy and Productivity; Implementation and Simplification, visited a farm in Latvia.')
  t.notOk(signed.includes('smes') || signed.includes('internal-market-industry'), signed.join(', '))
  t.ok(topicsOf('We will propose a simplification of reporting rules for SMEs.').includes('smes'), 'the same word outside a title')
})

test('"outbreak" alone is no pandemic: "Since the outbreak of the conflict in April 2023"', async (t) => {
  const topicsOf = topicsUnder('European Commission - Press release\n\nSudan\n\nBrussels, 3 February 2025')
  t.notOk(topicsOf('Since the outbreak of the conflict in April 2023, 12 million people have fled their homes.').includes('pandemic-covid'))
  t.ok(topicsOf('The outbreak of the pandemic tested our health systems.').includes('pandemic-covid'), 'with a pandemic term')
})

test('an actor\'s word that heads another name is no signal of that actor: "the Alliance of Small Island States" is no NATO', async (t) => {
  const topicsOf = topicsUnder('European Commission - Statement\n\nStatement on climate\n\nBrussels, 3 February 2025')
  t.notOk(topicsOf('The EU and the Alliance of Small Island States will work together.').includes('eu-nato-cooperation'))
  t.ok(topicsOf('The EU and the Alliance will work together.').includes('eu-nato-cooperation'), 'the Alliance alone')
})

test('an actor\'s word that ends another name is no signal of that actor: "the Critical Medicines Alliance" is no NATO', async (t) => {
  const topicsOf = topicsUnder('European Commission - Statement\n\nStatement on health\n\nBrussels, 3 February 2025')
  t.notOk(topicsOf('The Union will support the Critical Medicines Alliance.').includes('eu-nato-cooperation'))
  t.notOk(topicsOf('The Union will support the European Clean Hydrogen Alliance.').includes('eu-nato-cooperation'))
  t.ok(topicsOf('The Union will support the Atlantic Alliance.').includes('eu-nato-cooperation'), 'NATO by another name')
  t.ok(topicsOf('The European Commission and the Alliance will work together.').includes('eu-nato-cooperation'), 'the Commission by its name')
})

test('a body named whole is its topic\'s signal, as Frontex is: "the EU Asylum Agency", "the AI Office"', async (t) => {
  const topicsOf = topicsUnder('European Commission - Daily News\n\nDaily News\n\nBrussels, 3 March 2025')
  t.ok(topicsOf('The EU Asylum Agency will deploy 50 experts to Cyprus.').includes('migration-asylum'))
  t.ok(topicsOf('The AI Office will publish guidelines for providers by August 2025.').includes('artificial-intelligence'))
})

test('a joint statement\'s partner named with the country before the title speaks for that country', async (t) => {
  const joint = (title: string): string[][] => extract(`European Commission - Statement\n\n${title}\n\nBrussels, 3 February 2025\n\nWe will work together on vaccines.\n\nSTATEMENT/25/999\n`).commitments.map((c) => c.holderIds)
  t.same(joint('Joint statement by President von der Leyen and South African President Cyril Ramaphosa'), [['european-union', 'south-africa']])
  t.same(joint('Joint statement by President von der Leyen and New Zealand Prime Minister Christopher Luxon'), [['european-union', 'new-zealand']])
  t.same(joint('Joint statement by President von der Leyen and African Union Commission Chairperson Mahmoud Ali Youssouf'), [['european-union', 'african-union-commission']])
})

test('a quote signed by a full name and a title after it, the country before the title, is that person\'s, for that country', async (t) => {
  const holders = (body: string): string[][] => extract(`European Commission - Press release\n\nBrussels, 14 May 2024\n\nCommission welcomes the pact\n\n${body}\n\nIP/24/999\n`).commitments.map((c) => c.holderIds)
  t.same(holders('“We will now work with the Commission,” said Nicole Example, Belgian Secretary of State for Asylum and Migration.'), [['belgium']])
  t.same(holders('Today the Council adopted the pact.\n\n“We will now work with Member States.”\n\nAnnalena Example, German Foreign Minister'), [['germany']], 'signed on the line below')
})

test('"the Court of Auditors" is the European Court of Auditors, whose claim about the Commission pledges nothing', async (t) => {
  const doc = extract('European Commission - Speech\n\nSpeech by Commissioner Hahn\n\nStrasbourg, 3 February 2025\n\nThe Court of Auditors said the Commission should improve its controls.\n\nSPEECH/25/999\n')
  t.ok(doc.actors.some((actor) => actor.id === 'european-court-of-auditors'))
  t.same(doc.commitments, [])
})

test('the trade Commissioner\'s counterparts are known: "Secretary Lutnick" is Howard Lutnick, and "Both agreed" after a call with Wang Wentao is the EU\'s and China\'s', async (t) => {
  const doc = extract('Readout of the call between Commissioner Šefčovič and Minister of Commerce Wang Wentao\n\nBrussels, 14 July 2025\n\nBoth agreed to meet again in October.\n\nThe Commissioner met Secretary Lutnick, Ambassador Greer and Jamieson Greer.\n\nREAD/25/999\n')
  t.same(doc.commitments.map((c) => c.holderIds), [['european-union', 'china']])
  t.same(doc.mentions.map((m) => m.actorId).filter((id) => id !== 'maros-sefcovic'), ['howard-lutnick', 'jamieson-greer', 'jamieson-greer'])
})

test('the parties a title names are known to its readers though the text never names them: "following the EU-China Summit"', async (t) => {
  const doc = extract('European Commission - Statement\n\nStatement by President von der Leyen at the press conference following the EU-China Summit\n\n' +
    'Beijing, 24 July 2025\n\nGood afternoon,\n\nWe had a frank exchange with President Xi today. Both sides will continue to work on market access. ' +
    'Leaders agreed to hold the next summit in Brussels.\n\nWe will monitor the implementation closely.\n\nSTATEMENT/25/999\n')
  t.same(doc.commitments.map((c) => c.holderIds), [['european-union', 'china'], ['european-union', 'china'], ['european-union']])
  t.ok(doc.actors.some((actor) => actor.id === 'china'), 'the holder is described')
  t.notOk(doc.mentions.some((mention) => mention.actorId === 'china'), 'with no mention: the title is no paragraph')
})
