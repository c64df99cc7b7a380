import type { ExtractedDocument, TopicRecord } from '../../src/extract/types.js'
import type { LoadedFixture } from './fixture.js'
import { scoreDocument, totalScore } from './score.js'
import type { DocumentScore } from './score.js'

export interface Evaluation {
  scores: DocumentScore[]
  overall: DocumentScore
}

export interface EvaluatedExtractor {
  (raw: string): ExtractedDocument
  readonly taxonomy: TopicRecord[]
}

/** Runs the extractor on every fixture's document and scores it; fine topics are the taxonomy's non-areas. */
export function evaluate (fixtures: LoadedFixture[], extract: EvaluatedExtractor): Evaluation {
  const fine = new Set(extract.taxonomy.filter((t) => t.area !== null).map((t) => t.slug))
  const scores = fixtures.map(({ name, fixture, raw }) => scoreDocument(name, fixture, extract(raw), (slug) => fine.has(slug)))
  return { scores, overall: totalScore(scores) }
}
