import type { Commitment, ExtractedDocument } from '../../src/extract/types.js'
import type { ExpectedCommitment, Fixture } from './fixture.js'
import { scoreActors, scoreNonActors, scoreTopics } from './score-entities.js'
import type { ActorCounts, NonActorCounts, TopicCounts } from './score-entities.js'

/** What the scorer reads of an extracted document. */
export type Prediction = Pick<ExtractedDocument, 'sourceText' | 'paragraphs' | 'commitments' | 'actors' | 'mentions' | 'paragraphTopics'>

/** Successes out of trials; the rate is null when there was no trial. */
export interface Tally { hit: number, total: number }

export interface DocumentScore {
  name: string
  commitments: { matched: number, predicted: number, expected: number }
  modality: Tally
  polarity: Tally
  targets: Tally
  timeframe: Tally
  actors: ActorCounts | null
  nonActors: NonActorCounts
  topics: TopicCounts | null
  /** Human-readable disagreements, for the report. */
  notes: string[]
}

// A predicted clause matches an expected one in the same place when they share
// at least half of the shorter of the two (clause boundaries may differ a little).
const MIN_OVERLAP = 0.5

export function rate (tally: Tally): number | null {
  return tally.total === 0 ? null : tally.hit / tally.total
}

function locate (expected: ExpectedCommitment, prediction: Prediction): { start: number, end: number } | null {
  const paragraph = prediction.paragraphs.find((p) => p.position === expected.paragraph)
  const inParagraph = paragraph === undefined ? -1 : paragraph.text.indexOf(expected.clause)
  const start = paragraph !== undefined && inParagraph >= 0 ? paragraph.start + inParagraph : prediction.sourceText.indexOf(expected.clause)
  return start < 0 ? null : { start, end: start + expected.clause.length }
}

function overlap (a: { start: number, end: number }, b: { start: number, end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  return shared <= 0 ? 0 : shared / Math.min(a.end - a.start, b.end - b.start)
}

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x))

function sameTimeframe (expected: ExpectedCommitment['timeframe'], actual: Commitment['timeframe']): boolean {
  if (expected === null || actual === null) return expected === actual
  const [a, b] = [expected.text.toLowerCase(), actual.text.toLowerCase()]
  return (a.includes(b) || b.includes(a)) && expected.date === actual.date
}

const count = (tally: Tally, ok: boolean): void => { tally.total++; if (ok) tally.hit++ }

/** Scores one document's extraction against its annotation. Pure. */
export function scoreDocument (name: string, fixture: Fixture, prediction: Prediction, isFineTopic: (slug: string) => boolean = () => true): DocumentScore {
  const score: DocumentScore = {
    name,
    commitments: { matched: 0, predicted: prediction.commitments.length, expected: fixture.commitments.length },
    modality: { hit: 0, total: 0 },
    polarity: { hit: 0, total: 0 },
    targets: { hit: 0, total: 0 },
    timeframe: { hit: 0, total: 0 },
    actors: fixture.actors === undefined ? null : scoreActors(fixture.actors, prediction),
    nonActors: scoreNonActors(fixture.nonActors, prediction),
    topics: fixture.topics === undefined ? null : scoreTopics(fixture.topics, prediction, isFineTopic),
    notes: []
  }
  const used = new Set<Commitment>()
  for (const expected of fixture.commitments) {
    const span = locate(expected, prediction)
    if (span === null) { score.notes.push(`P${expected.paragraph} clause not in the document: "${expected.clause}"`); continue }
    let best: Commitment | null = null
    let bestOverlap = MIN_OVERLAP
    for (const candidate of prediction.commitments) {
      const shared = used.has(candidate) ? 0 : overlap(span, candidate.clause)
      if (shared >= bestOverlap) { best = candidate; bestOverlap = shared }
    }
    if (best === null) { score.notes.push(`missed P${expected.paragraph} ${expected.modality}: "${expected.clause}"`); continue }
    used.add(best)
    score.commitments.matched++
    count(score.modality, best.modality === expected.modality)
    count(score.polarity, best.polarity === expected.polarity)
    count(score.targets, sameSet(best.targetIds, expected.targets))
    count(score.timeframe, sameTimeframe(expected.timeframe, best.timeframe))
    if (best.modality !== expected.modality) score.notes.push(`modality ${best.modality} for ${expected.modality}: "${expected.clause}"`)
    if (best.polarity !== expected.polarity) score.notes.push(`polarity ${best.polarity} for ${expected.polarity}: "${expected.clause}"`)
    if (!sameSet(best.targetIds, expected.targets)) score.notes.push(`targets [${best.targetIds.join(', ')}] for [${expected.targets.join(', ')}]: "${expected.clause}"`)
    if (!sameTimeframe(expected.timeframe, best.timeframe)) score.notes.push(`time frame ${JSON.stringify(best.timeframe)} for ${JSON.stringify(expected.timeframe)}: "${expected.clause}"`)
  }
  for (const c of prediction.commitments) {
    if (!used.has(c)) score.notes.push(`spurious P${c.paragraphPosition} ${c.modality} (${c.rule}): "${c.clause.text}"`)
  }
  if (score.actors !== null) score.notes.push(...score.actors.notes)
  if (score.topics !== null) score.notes.push(...score.topics.notes)
  for (const surface of score.nonActors.violations) score.notes.push(`non-actor recognised as an actor: "${surface}"`)
  return score
}

/** Sums document scores into one (micro-averaged: every commitment, actor and topic weighs the same). */
export function totalScore (scores: DocumentScore[]): DocumentScore {
  const sum = (pick: (s: DocumentScore) => Tally | null): Tally =>
    scores.reduce((acc, s) => { const t = pick(s); return t === null ? acc : { hit: acc.hit + t.hit, total: acc.total + t.total } }, { hit: 0, total: 0 })
  const actorScores = scores.flatMap((s) => s.actors === null ? [] : [s.actors])
  const topicScores = scores.flatMap((s) => s.topics === null ? [] : [s.topics])
  return {
    name: 'overall',
    commitments: {
      matched: scores.reduce((n, s) => n + s.commitments.matched, 0),
      predicted: scores.reduce((n, s) => n + s.commitments.predicted, 0),
      expected: scores.reduce((n, s) => n + s.commitments.expected, 0)
    },
    modality: sum((s) => s.modality),
    polarity: sum((s) => s.polarity),
    targets: sum((s) => s.targets),
    timeframe: sum((s) => s.timeframe),
    actors: actorScores.length === 0
      ? null
      : {
          recall: sum((s) => s.actors?.recall ?? null),
          precision: sum((s) => s.actors?.precision ?? null),
          typeAndCode: sum((s) => s.actors?.typeAndCode ?? null),
          notes: []
        },
    nonActors: { ...sum((s) => s.nonActors), violations: scores.flatMap((s) => s.nonActors.violations) },
    topics: topicScores.length === 0 ? null : { recall: sum((s) => s.topics?.recall ?? null), precision: sum((s) => s.topics?.precision ?? null), notes: [] },
    notes: []
  }
}
