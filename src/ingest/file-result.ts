import type { WriteOutcome } from '../db/statement-writer.js'
import type { ExtractedDocument } from '../extract/types.js'

/** `parsed` is the dry-run outcome: extracted, nothing written. */
export type FileStatus = WriteOutcome | 'parsed' | 'failed'

export interface FileCounts {
  paragraphs: number
  sentences: number
  actors: number
  mentions: number
  topics: number
  commitments: number
}

export interface FileResult {
  file: string
  status: FileStatus
  id?: string
  counts?: FileCounts
  /** One line, without the file name (the result carries it). */
  error?: string
}

export function countsOf (doc: ExtractedDocument): FileCounts {
  const topics = new Set<string>()
  for (const { topics: matches } of doc.paragraphTopics) for (const { slug } of matches) topics.add(slug)
  for (const commitment of doc.commitments) for (const slug of commitment.topicSlugs) topics.add(slug)
  return {
    paragraphs: doc.paragraphs.length,
    sentences: doc.paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0),
    actors: doc.actors.length,
    mentions: doc.mentions.length,
    topics: topics.size,
    commitments: doc.commitments.length
  }
}
