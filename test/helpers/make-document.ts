import type { DocumentMetadata, ParagraphKind, ParsedDocument } from '../../src/extract/types.js'

export interface DocumentSketch {
  metadata?: Partial<DocumentMetadata>
  language?: string
  /** Each paragraph is a list of sentences, or `{ kind, sentences }`. */
  paragraphs: Array<string[] | { kind: ParagraphKind, sentences: string[] }>
}

/**
 * Builds a ParsedDocument from sentences, with offsets that hold
 * (sourceText.slice(start, end) === text), without going through the parser:
 * extractor tests stay independent of how documents are split.
 * Sentences are joined by one space, paragraphs by a blank line.
 */
export function makeDocument (sketch: DocumentSketch): ParsedDocument {
  const metadata: DocumentMetadata = {
    reference: null,
    type: 'statement',
    title: null,
    subtitle: null,
    place: null,
    date: null,
    speakers: [],
    people: [],
    pressContacts: [],
    relatedDocuments: [],
    relatedMedia: [],
    ...sketch.metadata
  }
  let sourceText = ''
  const paragraphs = sketch.paragraphs.map((entry, index) => {
    const { kind, sentences } = Array.isArray(entry) ? { kind: 'body' as const, sentences: entry } : entry
    if (index > 0) sourceText += '\n\n'
    const paragraphStart = sourceText.length
    const sentenceSpans = sentences.map((text, sentenceIndex) => {
      if (sentenceIndex > 0) sourceText += ' '
      const start = sourceText.length
      sourceText += text
      return { position: sentenceIndex + 1, text, start, end: sourceText.length }
    })
    return {
      position: index + 1,
      kind,
      text: sourceText.slice(paragraphStart),
      start: paragraphStart,
      end: sourceText.length,
      sentences: sentenceSpans
    }
  })
  return { sourceText, language: sketch.language ?? 'en', metadata, paragraphs }
}
