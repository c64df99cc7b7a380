import { extractActors } from '../../../src/extract/actors/extract-actors.js'
import { loadGazetteer } from '../../../src/extract/actors/gazetteer.js'
import type { ActorExtraction } from '../../../src/extract/types.js'
import { makeDocument, type DocumentSketch } from '../../helpers/make-document.js'

// Loaded once per test file: building the gazetteer is the slow part.
export const gazetteer = loadGazetteer()

/** Extraction over one body paragraph made of `sentences`. */
export function extract (sentences: string[], sketch: Omit<DocumentSketch, 'paragraphs'> = {}): ActorExtraction {
  return extractActors(makeDocument({ ...sketch, paragraphs: [sentences] }), gazetteer)
}

/** "surface -> id" for each mention, in order: easy to compare in a test. */
export function mentioned (sentences: string[], sketch: Omit<DocumentSketch, 'paragraphs'> = {}): string[] {
  return extract(sentences, sketch).mentions.map(mention => `${mention.text} -> ${mention.actorId}`)
}
