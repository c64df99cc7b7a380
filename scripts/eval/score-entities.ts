import type { ExpectedActor, Fixture } from './fixture.js'
import type { Prediction, Tally } from './score.js'

export interface ActorCounts {
  /** Expected actors found (by id or an accepted alternative). */
  recall: Tally
  /** Predicted actors that the annotation names. */
  precision: Tally
  /** Found actors whose type and country code agree with the annotation. */
  typeAndCode: Tally
  notes: string[]
}

/** `hit` counts the non-actors that stayed out; `violations` names the others. */
export interface NonActorCounts extends Tally { violations: string[] }

export interface TopicCounts {
  /** Expected (paragraph, topic) pairs found. */
  recall: Tally
  /** Predicted (paragraph, fine topic) pairs, in annotated paragraphs, that were expected. */
  precision: Tally
  notes: string[]
}

const idsOf = (actor: ExpectedActor): string[] => [actor.id, ...actor.alternatives]

export function scoreActors (expected: ExpectedActor[], prediction: Prediction): ActorCounts {
  const counts: ActorCounts = { recall: { hit: 0, total: 0 }, precision: { hit: 0, total: 0 }, typeAndCode: { hit: 0, total: 0 }, notes: [] }
  for (const actor of expected) {
    counts.recall.total++
    const found = prediction.actors.find((a) => idsOf(actor).includes(a.id))
    if (found === undefined) { counts.notes.push(`actor missed: ${actor.id}`); continue }
    counts.recall.hit++
    counts.typeAndCode.total++
    // An accepted alternative may be another kind of actor (Lukashenko or Belarus).
    const agrees = found.id !== actor.id || (found.type === actor.type && (found.countryCode ?? null) === actor.countryCode)
    if (agrees) counts.typeAndCode.hit++
    else counts.notes.push(`actor ${actor.id}: ${found.type}/${found.countryCode ?? '-'} for ${actor.type}/${actor.countryCode ?? '-'}`)
  }
  const known = new Set(expected.flatMap(idsOf))
  for (const actor of prediction.actors) {
    counts.precision.total++
    if (known.has(actor.id)) counts.precision.hit++
    else counts.notes.push(`actor not in the annotation: ${actor.id} (${actor.type})`)
  }
  return counts
}

export function scoreNonActors (nonActors: string[], prediction: Prediction): NonActorCounts {
  const surfaces = [...prediction.actors.map((a) => a.name), ...prediction.mentions.map((m) => m.text)].map((s) => s.toLowerCase())
  const violations = nonActors.filter((n) => surfaces.some((s) => s.includes(n.toLowerCase())))
  return { hit: nonActors.length - violations.length, total: nonActors.length, violations }
}

export function scoreTopics (expected: NonNullable<Fixture['topics']>, prediction: Prediction, isFineTopic: (slug: string) => boolean): TopicCounts {
  const counts: TopicCounts = { recall: { hit: 0, total: 0 }, precision: { hit: 0, total: 0 }, notes: [] }
  for (const [position, slugs] of Object.entries(expected)) {
    const found = prediction.paragraphTopics.find((p) => p.paragraphPosition === Number(position))
    const predicted = (found?.topics ?? []).map((t) => t.slug).filter(isFineTopic)
    counts.recall.total += slugs.length
    counts.recall.hit += slugs.filter((s) => predicted.includes(s)).length
    counts.precision.total += predicted.length
    counts.precision.hit += predicted.filter((s) => slugs.includes(s)).length
    const missed = slugs.filter((s) => !predicted.includes(s))
    const extra = predicted.filter((s) => !slugs.includes(s))
    if (missed.length > 0) counts.notes.push(`P${position} topics missed: ${missed.join(', ')}`)
    if (extra.length > 0) counts.notes.push(`P${position} topics not in the annotation: ${extra.join(', ')}`)
  }
  return counts
}
