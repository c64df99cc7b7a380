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
