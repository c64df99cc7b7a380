import { test } from 'tap'
import { run } from './helpers.js'

const item = (text: string): { kind: 'list_item', sentences: string[] } => ({ kind: 'list_item', sentences: [text] })
const pressRelease = { speaker: null, metadata: { type: 'press_release' as const, date: '2024-03-10' } }

test('each list item after "the Commission will:" is a commitment of the lead-in\'s subject and modal', async (t) => {
  const { commitments } = run([
    ['To address labour shortages, the Commission will:'],
    item('- propose a Talent Pool to match employers with jobseekers;'),
    item('- launch a new Skills Partnership with Morocco by the end of 2024;'),
    item('(c) present a report on skills shortages.')
  ], pressRelease)
  t.same(commitments.map((c) => [c.paragraphPosition, c.modality, c.holderIds, c.action, c.clause.text]), [
    [2, 'commitment', ['european-commission'], 'propose', 'propose a Talent Pool to match employers with jobseekers'],
    [3, 'commitment', ['european-commission'], 'launch', 'launch a new Skills Partnership with Morocco by the end of 2024'],
    [4, 'commitment', ['european-commission'], 'present', 'present a report on skills shortages']
  ])
  t.same(commitments[1]?.timeframe, { text: 'by the end of 2024', date: '2024-12-31' }, 'the item\'s own time frame')
  t.ok(commitments.every((c) => c.confidence < 0.95), 'a completed lead-in is a little less sure than a whole sentence')
})

test('"We commit to:" pledges only through its items, each of which opens on its action', async (t) => {
  const { commitments } = run([['We commit to:'], item('- co-finance renewable energy projects in Brazil;'), item('- expand digital connectivity.')], pressRelease)
  t.same(commitments.map((c) => [c.paragraphPosition, c.action, c.clause.text]), [
    [2, 'co-finance', 'co-finance renewable energy projects in Brazil'],
    [3, 'expand', 'expand digital connectivity']
  ])
  t.same(run([['We remain committed to:'], item('- peace and stability in the region.')], pressRelease).commitments.map((c) => c.action), ['commit'],
    'a noun that a conjunction follows is what we commit to')
})

test('items indented under an item are that item\'s list, not the lead-in\'s', async (t) => {
  const { commitments } = run([
    ['The Commission will:'],
    item('- adopt a plan covering:'),
    item('  - transport;'),
    item('  - buildings;'),
    item('- launch a consultation.')
  ], pressRelease)
  t.same(commitments.map((c) => c.action), ['adopt', 'launch'])
})

test('the lead-in\'s modality, adverbs before the colon and "we" carry over', async (t) => {
  const { commitments } = run([['We also need to:'], item('• cut red tape;'), item('• invest in skills.')])
  t.same(commitments.map((c) => [c.modality, c.holderIds, c.action]), [['obligation', ['european-union'], 'cut'], ['obligation', ['european-union'], 'invest']])
})

test('no commitment from a list after a lead-in that is not the side\'s, does not end on the modal, or after the list ends', async (t) => {
  const others = run([['Member States are invited to:'], item('- adopt national skills strategies.')], pressRelease)
  t.same(others.commitments, [], 'someone else\'s lead-in')
  const nouns = run([['The Commission will propose:'], item('- a Talent Pool;'), item('- new rules.')], pressRelease)
  t.same(nouns.commitments.map((c) => c.paragraphPosition), [1], 'a lead-in with its verb is one commitment, its list of objects none')
  const after = run([['The Commission will:'], item('- propose a Talent Pool.'), ['invest in skills.']], pressRelease)
  t.same(after.commitments.map((c) => c.action), ['propose'], 'a body paragraph ends the list')
  const noun = run([['The Commission will:'], item('- a Talent Pool.')], pressRelease)
  t.same(noun.commitments, [], 'an item that opens on a noun phrase')
})

test('an item without a time frame of its own takes the lead-in\'s: "Over the next four years, we will:"', async (t) => {
  const { commitments } = run([
    ['Over the next four years, the Commission will:'],
    item('- create a European Cancer Imaging Initiative;'),
    item('- launch a screening scheme by the end of 2025.')
  ], pressRelease)
  t.same(commitments.map((c) => c.timeframe), [
    { text: 'Over the next four years', date: '2028-03-10' },
    { text: 'by the end of 2025', date: '2025-12-31' }
  ])
})

test('an item may open on a joining word or a capital; a capitalised name is no action', async (t) => {
  const { commitments } = run([
    ['The Commission will:'],
    item('- Propose new measures against Belarus;'),
    item('- simplify the rules;'),
    item('- and present a proposal on IPCEIs;'),
    item('- Critical Medicines Act.')
  ], pressRelease)
  t.same(commitments.map((c) => [c.paragraphPosition, c.action, c.clause.text]), [
    [2, 'propose', 'Propose new measures against Belarus'],
    [3, 'simplify', 'simplify the rules'],
    [4, 'present', 'present a proposal on IPCEIs']
  ])
})

test('a capitalised item opens on a verb with its particle, a verb by its ending or an action not followed by a preposition', async (t) => {
  const { commitments } = run([
    ['The Commission will:'],
    item('Set up a Lab to Market initiative;'),
    item('Strengthen the European Research Area;'),
    item('Support researchers at risk;'),
    item('Support for start-ups;'),
    item('Set-up of a new board.')
  ], pressRelease)
  t.same(commitments.map((c) => [c.paragraphPosition, c.action]), [[2, 'set up'], [3, 'strengthen'], [4, 'support']])
})

test('a numbered item that ends on its modal leads the items after it, as joint statements number their paragraphs', async (t) => {
  const jointStatement = { speaker: null, metadata: { title: 'EU-Canada Summit 2025 Joint Statement', date: '2025-06-23' }, extraActors: [{ id: 'canada', surfaces: ['Canada'] }] }
  const { commitments } = run([
    item('2. Both sides agreed to:'),
    item('- establish a Competitiveness Alliance within six months;'),
    item('- convene the Joint Ministerial Committee in early 2026.'),
    item('3. We will:'),
    item('- meet again in Canada.')
  ], jointStatement)
  t.same(commitments.map((c) => [c.paragraphPosition, c.holderIds, c.action]), [
    [2, ['european-union', 'canada'], 'establish'],
    [3, ['european-union', 'canada'], 'convene'],
    [5, ['european-union', 'canada'], 'meet']
  ])
})

test('"Our goal is to:" leads items as the side\'s intentions; "Their goal is to:" leads nothing', async (t) => {
  const ours = run([['Our goal is to:'], item('- cut red tape;'), item('- invest in skills.')], pressRelease)
  t.same(ours.commitments.map((c) => [c.modality, c.holderIds, c.action]), [['intention', ['european-commission'], 'cut'], ['intention', ['european-commission'], 'invest']])
  t.same(run([['Their goal is to:'], item('- cut red tape.')], pressRelease).commitments, [])
})
