import type { Mention } from '../types.js'

// What may stand between the partners named: "with Canada and Mexico", "with the EU, the AU and the UN".
const BETWEEN_PARTNERS = /^(?:\s|,|\band\b|\bthe\b)*$/iu

/**
 * The actors a decision is taken with, "agreed with Canada and the African
 * Union to": the mentions that fill the words between the match's "with"
 * and its closing "to". Null when any other word stands there ("agree with
 * you to some extent"), since the pattern itself matches any words.
 */
export function partnersWith (matchText: string, matchStart: number, sentenceStart: number, mentions: readonly Mention[]): string[] | null {
  const withAt = /\swith\s/iu.exec(matchText)
  const toAt = /\s+to$/iu.exec(matchText)
  if (withAt === null || toAt === null) return null
  const from = sentenceStart + matchStart + withAt.index + withAt[0].length
  const to = sentenceStart + matchStart + toAt.index
  const named = mentions.filter((m) => m.start >= from && m.end <= to)
  if (named.length === 0) return null
  let rest = matchText.slice(from - sentenceStart - matchStart, to - sentenceStart - matchStart)
  for (const m of [...named].reverse()) rest = rest.slice(0, m.start - from) + ' ' + rest.slice(m.end - from)
  return BETWEEN_PARTNERS.test(rest) ? [...new Set(named.map((m) => m.actorId))] : null
}
