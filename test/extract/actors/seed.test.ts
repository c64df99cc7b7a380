import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { extractActors } from '../../../src/extract/actors/extract-actors.js'
import { parseDocument } from '../../../src/extract/parse-document.js'
import { PROJECT_ROOT } from '../../../src/paths.js'
import { gazetteer } from './extract-helper.js'

const seedPath = join(PROJECT_ROOT, '..', 'shared', 'corpus', 'seed', 'statement-23-121.txt')
const doc = parseDocument(readFileSync(seedPath, 'utf8'))
const result = extractActors(doc, gazetteer)
const byId = new Map(result.actors.map(actor => [actor.id, actor]))

// Section 3 of the annotation guide: the seed's actors, types and country codes.
const GUIDE_ACTORS: Array<[string, string, string | null]> = [
  ['jens-stoltenberg', 'person', null],
  ['charles-michel', 'person', null],
  ['ulf-kristersson', 'person', null],
  ['ursula-von-der-leyen', 'person', null],
  ['alexander-lukashenko', 'person', null],
  ['russia', 'country', 'RU'],
  ['ukraine', 'country', 'UA'],
  ['sweden', 'country', 'SE'],
  ['china', 'country', 'CN'],
  ['belarus', 'country', 'BY'],
  ['iran', 'country', 'IR'],
  ['finland', 'country', 'FI'],
  ['denmark', 'country', 'DK'],
  ['latvia', 'country', 'LV'],
  ['poland', 'country', 'PL'],
  ['lithuania', 'country', 'LT'],
  ['european-union', 'institution', null],
  ['nato', 'organisation', null],
  ['european-commission', 'institution', null],
  ['council-of-the-eu', 'institution', null]
]

test('the seed yields every actor of the guide with its type and country code', async (t) => {
  for (const [id, type, countryCode] of GUIDE_ACTORS) t.match(byId.get(id), { type, countryCode }, id)
})

test('the seed yields no actor outside the guide', async (t) => {
  t.same([...byId.keys()].sort(), GUIDE_ACTORS.map(([id]) => id).sort())
})

test('boilerplate, infrastructure and press contacts are not actors of the seed', async (t) => {
  const surfaces = result.mentions.map(mention => mention.text).join(' | ')
  t.notMatch(surfaces, /Nord Stream|Europe Direct|Mamer|MAMER|Spinant|SPINANT/)
  t.notOk([...byId.values()].some(actor => /mamer|spinant/i.test(actor.id)))
})

test('the guide\'s resolutions hold on the seed', async (t) => {
  const resolved = new Set(result.mentions.map(mention => `${mention.text} -> ${mention.actorId}`))
  for (const expected of [
    'Jens -> jens-stoltenberg', 'Charles -> charles-michel', 'Prime Minister Ulf Kristersson -> ulf-kristersson',
    'Russia\'s -> russia', 'Russian -> russia', 'the Kremlin -> russia', 'Ukraine\'s -> ukraine', 'Ukrainian -> ukraine',
    'Swedish -> sweden', 'Belarus\' -> belarus', 'Lukashenko -> alexander-lukashenko', 'European Union -> european-union',
    'EU -> european-union', 'NATO -> nato', 'the College -> european-commission', 'Council of the European Union -> council-of-the-eu'
  ]) t.ok(resolved.has(expected), expected)
})

test('the seed\'s speaker and the people it addresses get their roles', async (t) => {
  const roles = new Set(result.roles.map(role => `${role.actorId}:${role.role}`))
  for (const expected of ['ursula-von-der-leyen:speaker', 'jens-stoltenberg:addressee', 'charles-michel:addressee', 'ulf-kristersson:mentioned']) {
    t.ok(roles.has(expected), expected)
  }
  t.notOk(roles.has('ulf-kristersson:addressee'))
})
