import { test } from 'tap'
import { extractActors } from '../../../src/extract/actors/extract-actors.js'
import type { ActorExtraction } from '../../../src/extract/types.js'
import { makeDocument } from '../../helpers/make-document.js'
import { extract, gazetteer } from './extract-helper.js'

function rolesOf (result: ActorExtraction, actorId: string): string[] {
  return result.roles.filter(role => role.actorId === actorId).map(role => role.role).sort()
}

test('a speaker of the title line is an actor with the speaker role, even unmentioned', async (t) => {
  const result = extract(['We act.'], { metadata: { speakers: [{ name: 'von der Leyen', role: 'President' }] } })
  t.same(result.actors.map(actor => actor.id), ['ursula-von-der-leyen'])
  t.same(rolesOf(result, 'ursula-von-der-leyen'), ['speaker'])
  t.same(result.mentions, [])
})

test('an unknown speaker becomes a person named as written', async (t) => {
  const result = extract(['We act.'], { metadata: { speakers: [{ name: 'Ana Example', role: 'Commissioner' }] } })
  t.match(result.actors, [{ id: 'ana-example', name: 'Ana Example', type: 'person', role: 'Commissioner' }])
})

test('other people of the title line are addressees of its speaker', async (t) => {
  const result = extract(['We act.'], { metadata: { speakers: [{ name: 'von der Leyen', role: 'President' }], people: [{ name: 'Michel', role: 'President' }] } })
  t.same(rolesOf(result, 'charles-michel'), ['addressee'])
})

test('without a speaker, the people of the title line are only mentioned', async (t) => {
  const people = [{ name: 'von der Leyen', role: 'President' }, { name: 'Michel', role: 'President' }]
  const result = extract(['They spoke today.'], { metadata: { people } })
  t.same(rolesOf(result, 'ursula-von-der-leyen'), ['mentioned'])
  t.same(rolesOf(result, 'charles-michel'), ['mentioned'])
})

test('everyone named in the text is mentioned', async (t) => {
  t.same(rolesOf(extract(['Russia attacked.']), 'russia'), ['mentioned'])
})

test('a person greeted in a salutation paragraph is an addressee', async (t) => {
  const doc = makeDocument({
    metadata: { people: [{ name: 'Stoltenberg', role: 'NATO Secretary-General' }] },
    paragraphs: [{ kind: 'salutation', sentences: ['Dear Jens,'] }, ['We act.']]
  })
  const result = extractActors(doc, gazetteer)
  t.same(rolesOf(result, 'jens-stoltenberg'), ['addressee', 'mentioned'])
})

test('a person addressed in a vocative is an addressee', async (t) => {
  const result = extract(['Prime Minister Costa came.', 'Thank you, António, for this.'])
  t.same(rolesOf(result, 'antonio-costa'), ['addressee', 'mentioned'])
})

test('a person only talked about is not an addressee', async (t) => {
  t.same(rolesOf(extract(['I asked Phil Hogan to join.']), 'phil-hogan'), ['mentioned'])
})

test('each actor is listed once however often it is mentioned', async (t) => {
  const result = extract(['Russia and Russia.', 'Russian forces.'])
  t.equal(result.actors.length, 1)
  t.equal(result.mentions.length, 3)
})
