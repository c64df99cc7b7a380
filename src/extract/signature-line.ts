import { PARTICLES } from './actors/match-person.js'
import type { ParagraphSpan } from './types.js'

// A dash may lead a signature: "– Janez Lenarčič, Commissioner for Crisis Management".
const SIGNATURE_LEAD = 2

/**
 * Whether the name at [start, end) opens its paragraph and a comma follows
 * it, as in the signature line under a quote set apart: "Janez Lenarčič,
 * Commissioner for Crisis Management". The actors keep such a name though
 * the line reads as a heading; the quotes take it as the quote's speaker.
 */
export function opensOnNameAndComma (paragraph: ParagraphSpan, start: number, end: number): boolean {
  return start - paragraph.start <= SIGNATURE_LEAD && /^\s*,/u.test(paragraph.text.slice(end - paragraph.start))
}

// What may stand between a speaker label's name and its colon: a note on the language, "(in French)"; or, on a
// line of its own, the title after a comma, in capitals and particles: ", Minister of Interior and Administration of Poland:".
const LABEL_END = /^\s*(?:\([^()\n]{1,40}\)\s*)?:|^\s*,(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|for|the|and|on|in)){1,10}\s*:\s*$/u
// A bare title may open on its article: "The Prime Minister:".
const LABEL_START = /^(?:The\s+)?$/u

/**
 * Whether the name at [start, end) opens its paragraph as a transcript's
 * speaker label: a colon follows it, "Minister Siemoniak:" on a line of its
 * own or before what they said. The actors keep such a name though the line
 * reads as a Title Case heading; the commitments hand the turn's "we" to it.
 */
export function opensOnLabel (paragraph: ParagraphSpan, start: number, end: number): boolean {
  return LABEL_START.test(paragraph.text.slice(0, start - paragraph.start)) && LABEL_END.test(paragraph.text.slice(end - paragraph.start))
}

// A speaker label in capitals on a line of its own, "PRIME MINISTER CARNEY:": no lowercase letter, and the colon ends it.
const CAPITAL_LABEL = /^\p{Lu}[\p{Lu} .'’-]{2,60}:$/u

/**
 * A speaker label written in capitals, "PRIME MINISTER CARNEY:", in the case
 * names are written in ("Prime Minister Carney:"), of the same length so that
 * offsets hold; null for any other paragraph. The actors read it for the
 * titled people the gazetteer knows.
 */
export function capitalLabelAsName (text: string): string | null {
  if (text.charCodeAt(text.length - 1) !== 0x3a || !CAPITAL_LABEL.test(text)) return null
  const named = text.replace(/\p{Lu}+/gu, (word) => {
    const lower = word.toLowerCase()
    // The particles a name writes in lowercase: "PRESIDENT VON DER LEYEN" is "President von der Leyen".
    return PARTICLES.has(lower) ? lower : word.charAt(0) + lower.slice(1)
  })
  return named.length === text.length ? named : null
}
