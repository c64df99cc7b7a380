import { join } from 'node:path'
import { test } from 'tap'
import { buildGazetteer, GazetteerError, loadGazetteer } from '../../../src/extract/actors/gazetteer.js'

const gazetteer = loadGazetteer()
const minimal = { titles: ['President'] }

test('every country of world-countries is an actor with its ISO alpha-2 code', async (t) => {
  t.match(gazetteer.actors.get('ukraine'), { name: 'Ukraine', type: 'country', countryCode: 'UA' })
  t.match(gazetteer.actors.get('united-states'), { type: 'country', countryCode: 'US' })
  t.match(gazetteer.actors.get('united-kingdom'), { type: 'country', countryCode: 'GB' })
  t.ok([...gazetteer.actors.values()].filter(actor => actor.type === 'country').length > 240)
})

test('countries carry demonyms, plural demonyms and common short forms as aliases', async (t) => {
  t.ok(gazetteer.actors.get('ukraine')?.aliases.includes('Ukrainians'))
  t.ok(gazetteer.actors.get('belgium')?.aliases.includes('Belgian'))
  t.ok(gazetteer.actors.get('united-kingdom')?.aliases.includes('Britain'))
  t.ok(gazetteer.actors.get('united-states')?.aliases.includes('US'))
})

test('a demonym shared by two sovereign countries belongs to neither', async (t) => {
  t.notOk(gazetteer.actors.get('dr-congo')?.aliases.includes('Congolese'))
  t.notOk(gazetteer.actors.get('republic-of-the-congo')?.aliases.includes('Congolese'))
})

test('the main institutions and organisations have short stable ids', async (t) => {
  for (const id of ['european-union', 'european-commission', 'council-of-the-eu', 'european-council', 'european-parliament', 'nato', 'united-nations', 'g7']) {
    t.ok(gazetteer.actors.has(id), id)
  }
  t.equal(gazetteer.actors.get('nato')?.type, 'organisation')
  t.equal(gazetteer.actors.get('european-commission')?.type, 'institution')
})

test('known people carry a role and the actor they speak for', async (t) => {
  t.match(gazetteer.actors.get('ursula-von-der-leyen'), { type: 'person', role: 'President of the European Commission', affiliationId: 'european-commission' })
  t.equal(gazetteer.actors.get('ulf-kristersson')?.affiliationId, 'sweden')
  t.equal(gazetteer.actors.get('jens-stoltenberg')?.affiliationId, 'nato')
})

test('known people carry their pronoun when the data gives one, and no other value is accepted', async (t) => {
  t.equal(gazetteer.actors.get('ursula-von-der-leyen')?.pronoun, 'she')
  t.equal(gazetteer.actors.get('maros-sefcovic')?.pronoun, 'he')
  t.equal(buildGazetteer({ ...minimal, people: [{ name: 'Jens Stoltenberg' }] }).actors.get('jens-stoltenberg')?.pronoun, undefined)
  t.throws(() => buildGazetteer({ ...minimal, people: [{ name: 'Jens Stoltenberg', pronoun: 'him' }] }), { message: /people\[0\] \(Jens Stoltenberg\)\.pronoun/ })
})

test('an affiliation that is no actor id is rejected, naming the person', async (t) => {
  const raw = { ...minimal, people: [{ name: 'Jens Stoltenberg', affiliation: 'natoo' }] }
  t.throws(() => buildGazetteer(raw), { name: 'GazetteerError', message: /people "Jens Stoltenberg": affiliation "natoo"/ })
})

test('a field of the wrong type is rejected with the index and name of the entry', async (t) => {
  const raw = { ...minimal, organisations: [{ name: 'NATO' }, { name: 'G7', aliases: 'G-7' }] }
  t.throws(() => buildGazetteer(raw), { message: /organisations\[1\] \(G7\)\.aliases/ })
})

test('an unknown field is rejected rather than ignored', async (t) => {
  const raw = { ...minimal, groups: [{ name: 'Member States', alias: ['MS'] }] }
  t.throws(() => buildGazetteer(raw), { message: /groups\[0\] \(Member States\)/ })
})

test('an alias claimed by two entries is rejected, naming both', async (t) => {
  const raw = { ...minimal, organisations: [{ name: 'United Nations', aliases: ['UN'] }, { name: 'Union Nationale', aliases: ['UN'] }] }
  t.throws(() => buildGazetteer(raw), { message: /"UN" \(Union Nationale\) is already an alias of United Nations/ })
})

test('two entries with the same id are rejected', async (t) => {
  const raw = { ...minimal, institutions: [{ name: 'European Union' }, { name: 'Union', id: 'european-union' }] }
  t.throws(() => buildGazetteer(raw), { message: /id "european-union" is used twice/ })
})

test('a country alias for an unknown country id is rejected', async (t) => {
  t.throws(() => buildGazetteer({ ...minimal, countryAliases: { 'united-stats': ['US'] } }), { message: /"united-stats" is not a country id/ })
})

test('loading a file names the file when its YAML is malformed', async (t) => {
  const path = join(t.testdir({ 'broken.yaml': 'titles: [President\n' }), 'broken.yaml')
  t.throws(() => loadGazetteer(path), GazetteerError)
  t.throws(() => loadGazetteer(path), { message: /broken\.yaml/ })
})

test('an affiliation over a period must be a known actor id and have a date', async (t) => {
  const period = (affiliation: unknown): unknown => ({ ...minimal, organisations: [{ name: 'NATO', id: 'nato' }], people: [{ name: 'Mark Rutte', affiliation: 'nato', affiliations: [affiliation] }] })
  t.throws(() => buildGazetteer(period({ affiliation: 'netherland', until: '2024-10-01' })), { message: /people "Mark Rutte": affiliation "netherland"/ })
  t.throws(() => buildGazetteer(period({ affiliation: 'nato' })), { message: /people\[0\] \(Mark Rutte\)\.affiliations\[0\]: needs "from" or "until"/ })
  t.throws(() => buildGazetteer(period({ affiliation: 'nato', until: '1 October 2024' })), { message: /until: must be a date/ })
})
