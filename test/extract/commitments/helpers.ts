import { extractCommitments } from '../../../src/extract/commitments/extract-commitments.js'
import type { ActorExtraction, ActorRecord, ActorType, Commitment, DocumentMetadata, Mention, ParsedDocument, PersonalPronoun, TopicMatch } from '../../../src/extract/types.js'
import { makeDocument, type DocumentSketch } from '../../helpers/make-document.js'

export interface ActorSketch {
  id: string
  /** Surface forms to find in the sentences, as whole words. */
  surfaces: string[]
  type?: ActorType
  affiliationId?: string | null
  pronoun?: PersonalPronoun
  speaker?: boolean
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Builds the actor extraction of a document by finding each surface form in its sentences. */
export function actorsFor (doc: ParsedDocument, sketches: ActorSketch[]): ActorExtraction {
  const actors: ActorRecord[] = sketches.map((s) => ({
    id: s.id, name: s.surfaces[0] ?? s.id, type: s.type ?? 'country', aliases: s.surfaces, role: null, countryCode: null, affiliationId: s.affiliationId ?? null, ...(s.pronoun === undefined ? {} : { pronoun: s.pronoun })
  }))
  const mentions: Mention[] = []
  for (const paragraph of doc.paragraphs) {
    for (const sentence of paragraph.sentences) {
      for (const sketch of sketches) {
        for (const surface of sketch.surfaces) {
          for (const match of sentence.text.matchAll(new RegExp(`\\b${escape(surface)}(?![\\p{L}])`, 'gu'))) {
            const start = sentence.start + match.index
            mentions.push({ actorId: sketch.id, paragraphPosition: paragraph.position, sentencePosition: sentence.position, start, end: start + surface.length, text: surface })
          }
        }
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start)
  const roles = sketches.map((s) => ({ actorId: s.id, role: s.speaker === true ? 'speaker' as const : 'mentioned' as const }))
  return { actors, mentions, roles }
}

/** A Commission President speaking: "we" -> european-union, "I" -> european-commission. */
export const PRESIDENT: ActorSketch = { id: 'ursula-von-der-leyen', surfaces: ['von der Leyen'], type: 'person', affiliationId: 'european-commission', speaker: true }

export const COUNTRIES: ActorSketch[] = [
  { id: 'russia', surfaces: ['Russia', 'Russian', 'the Kremlin'] },
  { id: 'ukraine', surfaces: ['Ukraine', 'Ukrainian'] },
  { id: 'belarus', surfaces: ['Belarus'] },
  { id: 'iran', surfaces: ['Iran'] },
  { id: 'sweden', surfaces: ['Sweden', 'Swedish'] },
  { id: 'european-union', surfaces: ['European Union', 'EU'], type: 'institution' },
  { id: 'european-commission', surfaces: ['Commission'], type: 'institution' },
  { id: 'nato', surfaces: ['NATO'], type: 'organisation' },
  { id: 'jens-stoltenberg', surfaces: ['Jens'], type: 'person' }
]

/** Topics are not what these tests are about. */
export const noTopics = (_text: string): TopicMatch[] => []

export interface Run {
  doc: ParsedDocument
  commitments: Commitment[]
}

/** Extracts the commitments of one paragraph per entry, spoken by a Commission President unless told otherwise. */
export interface RunOptions {
  speaker?: ActorSketch | null
  /** Actors besides the speaker and the usual countries and institutions. */
  extraActors?: ActorSketch[]
  metadata?: Partial<DocumentMetadata>
  topics?: (text: string) => TopicMatch[]
}

export function run (paragraphs: DocumentSketch['paragraphs'], options: RunOptions = {}): Run {
  const doc = makeDocument({ paragraphs, metadata: { date: '2023-01-10', ...options.metadata } })
  const speaker = options.speaker === undefined ? PRESIDENT : options.speaker
  const actors = actorsFor(doc, [...(speaker === null ? [] : [speaker]), ...COUNTRIES, ...(options.extraActors ?? [])])
  const topics = options.topics ?? noTopics
  return { doc, commitments: extractCommitments(doc, actors, (sentence) => topics(sentence.text)) }
}

/** The commitments of a single sentence. */
export function commitmentsOf (sentence: string, options: RunOptions = {}): Commitment[] {
  return run([[sentence]], options).commitments
}
