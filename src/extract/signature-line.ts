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
