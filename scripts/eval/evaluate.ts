import type { ExtractedDocument, TopicRecord } from '../../src/extract/types.js'
import type { LoadedFixture } from './fixture.js'
import { scoreDocument, totalScore } from './score.js'
import type { DocumentScore, Prediction } from './score.js'

export interface Evaluation {
  scores: DocumentScore[]
  overall: DocumentScore
}

export interface EvaluatedExtractor {
  (raw: string): ExtractedDocument
  readonly taxonomy: TopicRecord[]
}

// The eval is a report: a document the pipeline fails on scores as an empty
// extraction and says why, instead of hiding the other documents' figures.
function predict (extract: EvaluatedExtractor, raw: string): { prediction: Prediction, error: string | null } {
  try {
    return { prediction: extract(raw), error: null }
  } catch (error) {
    const empty: Prediction = { sourceText: raw, paragraphs: [], commitments: [], actors: [], mentions: [], paragraphTopics: [] }
    return { prediction: empty, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }
  }
}

/** Runs the extractor on every fixture's document and scores it; fine topics are the taxonomy's non-areas. */
export function evaluate (fixtures: LoadedFixture[], extract: EvaluatedExtractor): Evaluation {
  const fine = new Set(extract.taxonomy.filter((t) => t.area !== null).map((t) => t.slug))
  const scores = fixtures.map(({ name, fixture, raw }) => {
    const { prediction, error } = predict(extract, raw)
    const score = scoreDocument(name, fixture, prediction, (slug) => fine.has(slug))
    if (error !== null) score.notes.unshift(`extraction failed: ${error}`)
    return score
  })
  return { scores, overall: totalScore(scores) }
}
