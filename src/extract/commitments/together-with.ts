import type { Mention } from '../types.js'

// What opens the phrase that names those who act with the subject: "together with Egypt", "jointly with the AU".
const OPENER = /(?:together|jointly)\s+with\s+/iuy
// What may stand before a name in the phrase: "the African Union".
const DETERMINER = /(?:the|its|our|their)\s+/iuy
// What joins two names of the phrase: "Egypt and Jordan", "France, Germany and the United Kingdom".
const JOINER = /\s*,\s*(?:and\s+)?|\s+and\s+/iuy

/** The sticky expression's match at `at` in `text`, or null. */
function matchAt (regex: RegExp, text: string, at: number): RegExpExecArray | null {
  regex.lastIndex = at
  return regex.exec(text)
}

/**
 * The names that fill "together with ..." from the sentence-relative `at`: the mentions of a list of actors, each
 * right after an optional "the", joined by commas or "and", and where the list ends. Null when a word that names no
 * actor stands in it ("together with the national development banks"). No name from `limit` on: the subject's,
 * in "Together with Egypt, the EU will".
 */
function namesFrom (sentence: string, sentenceStart: number, at: number, limit: number, mentions: readonly Mention[]): { named: Mention[], end: number } | null {
  const opener = matchAt(OPENER, sentence, at)
  if (opener === null) return null
  const named: Mention[] = []
  let pos = at + opener[0].length
  for (;;) {
    const from = pos + (matchAt(DETERMINER, sentence, pos)?.[0].length ?? 0)
    const mention = from >= limit ? undefined : mentions.find((m) => m.start - sentenceStart === from)
    if (mention === undefined) return named.length === 0 ? null : { named, end: pos }
    named.push(mention)
    pos = mention.end - sentenceStart
    const joiner = matchAt(JOINER, sentence, pos)
    if (joiner === null) return { named, end: pos }
    const next = pos + joiner[0].length
    const nextFrom = next + (matchAt(DETERMINER, sentence, next)?.[0].length ?? 0)
    if (nextFrom >= limit || !mentions.some((m) => m.start - sentenceStart === nextFrom)) return { named, end: pos }
    pos = next
  }
}

/** Where a phrase set off by a comma (or a dash after the modal) opens: the sentence-relative offset after the mark. */
const SET_OFF = /\s*(?:,|[–—])\s*/uy

/**
 * The parties that act with the subject of a pledge, named in a phrase on that subject set off by commas: "The EU,
 * together with Egypt, will co-host the conference", "Together with Egypt, the European Union will launch ...", "We
 * will, together with Egypt, co-host ...". They hold the pledge with the subject, after it. Not a phrase that is the
 * verb's ("We will work together with Egypt on ...": Egypt is whom the EU works with), nor one whose names are not all
 * actors' ("together with the national development banks"), nor one naming actors that are no party (isParty: a
 * country or an organisation, not the Member States or a person).
 */
export function togetherWith (sentence: string, sentenceStart: number, subjectStart: number, modalStart: number, modalEnd: number,
  mentions: readonly Mention[], isParty: (actorId: string) => boolean): string[] {
  const candidates: Array<{ at: number, limit: number, closing: (end: number) => boolean }> = []
  // "The EU, together with Egypt, will": between the subject and the modal, closed by the comma before the modal.
  const afterSubject = sentence.slice(subjectStart, modalStart).search(/,\s*(?:together|jointly)\s+with\s/iu)
  if (afterSubject !== -1) {
    const at = subjectStart + afterSubject
    candidates.push({ at: at + (matchAt(SET_OFF, sentence, at)?.[0].length ?? 0), limit: modalStart, closing: (end) => /^\s*,\s*$/u.test(sentence.slice(end, modalStart)) })
  }
  // "Together with Egypt, the European Union will": opening the sentence, or past a phrase set off by a comma ("Today,").
  const before = /(?:^|,\s*)((?:together|jointly)\s+with\s)/iu.exec(sentence.slice(0, subjectStart))
  if (before?.[1] !== undefined) {
    candidates.push({ at: before.index + before[0].length - before[1].length, limit: subjectStart, closing: (end) => /^\s*,\s*$/u.test(sentence.slice(end, subjectStart)) })
  }
  // "We will, together with Egypt, co-host": right after the modal, set off by commas or dashes.
  const afterModal = matchAt(SET_OFF, sentence, modalEnd)
  if (afterModal !== null) candidates.push({ at: modalEnd + afterModal[0].length, limit: sentence.length, closing: (end) => /^\s*(?:,|[–—])/u.test(sentence.slice(end)) })
  const ids: string[] = []
  for (const { at, limit, closing } of candidates) {
    const names = namesFrom(sentence, sentenceStart, at, limit, mentions)
    if (names === null || !closing(names.end)) continue
    for (const { actorId } of names.named) if (isParty(actorId) && !ids.includes(actorId)) ids.push(actorId)
  }
  return ids
}
