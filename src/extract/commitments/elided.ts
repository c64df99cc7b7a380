// A modal with no verb after it, to its clause's end: "and we will.", "and we shall, by the end of the year.",
// "and we will too", "and we will; ...". An aside opens on a preposition or an adverb, not a verb ("We can, and we
// will, do more"), and no other comma follows it: "we will, in June, act" has its verb.
const NO_VERB = /^(?:\s+(?:too|again|also|soon))?(?:\s*,\s*(?:by|in|within|before|after|at|on|over|from|until|through|with|together|alongside|as|if|once|when|because|whatever|too|again|also|soon|now|then|of\s+course)\b[^,;:]*?)?\s*(?:;|[.!…]?["”’)]*\s*$)/u
// What stands between the clause before and an elided one: "We have to do better, and we will."
const AND_GAP = /^\s*,?\s*and\s+$/u
// The end of an elided clause, without its stop.
const CLOSING = /[\s.!…"”’);]*$/u

/**
 * Where a clause whose modal has no verb of its own ends (sentence-relative), or null when a verb follows the
 * modal at modalEnd: "We have to do better, and we will." ends on "we will".
 */
export function elidedEnd (sentence: string, modalEnd: number): number | null {
  const rest = NO_VERB.exec(sentence.slice(modalEnd))
  return rest === null ? null : modalEnd + rest[0].replace(CLOSING, '').length
}

/**
 * Whether an elided clause with a subject of its own repeats the verb of the clause before it, joined by "and" alone:
 * "We must act, and we will", "We said we would deliver, and we will". Not after "but" ("we cannot yet, but we
 * will"), nor a negated clause's verb, nor with no subject: "will monitor it closely and will" is cut off.
 */
export function repeatsVerbBefore (sentence: string, previousEnd: number, subjectStart: number, negated: boolean): boolean {
  return !negated && previousEnd < subjectStart && AND_GAP.test(sentence.slice(previousEnd, subjectStart))
}

// An ability the clause before states, "can" and its verb with no clause boundary after them: "But the Commission can
// help, and it will." Not "cannot" or "can't", which deny it.
const ABILITY = /\bcan\b(?![\s\u2019']*(?:not\b|t\b))(?=[^,;:]*$)/iu

// The "and" (or ", and") that opens the elided clause, its subject and modal after it: ", and it will", "and we will".
const AND_BEFORE_SUBJECT = /(?:\s*,\s*|\s+)and\s+(?:(?!\band\b)[^,;:])+$/u

/**
 * Where "can" stands (sentence-relative start and end) when the clause before an elided one whose modal starts at
 * modalStart, joined by "and", states an ability: "We can do better, and we will" pledges to do better, as "We must
 * act, and we will" does to act; null otherwise.
 */
export function abilityBefore (sentence: string, modalStart: number): { start: number, end: number } | null {
  const gap = AND_BEFORE_SUBJECT.exec(sentence.slice(0, modalStart))
  if (gap === null) return null
  const can = ABILITY.exec(sentence.slice(0, gap.index))
  return can === null ? null : { start: can.index, end: can.index + can[0].length }
}
