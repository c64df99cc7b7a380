import { DocumentParseError } from '../../src/extract/errors.js'
import type { DocumentExtractor } from '../../src/ingest/ingest-paths.js'
import { SAMPLE_TOPICS, sampleDocument } from '../fixtures/extracted-document.js'

/**
 * Stands in for the real extractor: the ingest layer's job is files,
 * validation, transactions and reporting, not extraction. A file is
 * `REF <reference>`, optionally `VARIANT <second sentence>` (a changed text)
 * and `BAD TOPIC` (a document the writer refuses: an unknown topic slug).
 * A file without a REF line fails like a document without body paragraphs.
 */
export function fakeExtractor (): DocumentExtractor {
  const extract = (raw: string, source: { sourceFile?: string | null } = {}): ReturnType<DocumentExtractor> => {
    const reference = /^REF (\S+)/m.exec(raw)?.[1]
    if (reference === undefined) throw new DocumentParseError('no body paragraphs: the text has no paragraph after the metadata')
    const doc = sampleDocument({ reference, variant: /^VARIANT (.+)$/m.exec(raw)?.[1] })
    if (/^BAD TOPIC$/m.test(raw)) doc.commitments[0]!.topicSlugs = ['no-such-topic']
    return { ...doc, sourceFile: source.sourceFile ?? null }
  }
  return Object.assign(extract, { taxonomy: SAMPLE_TOPICS })
}

export const doc = (reference: string, ...lines: string[]): string => [`REF ${reference}`, ...lines, ''].join('\n')
