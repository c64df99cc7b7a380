import type { ModalPatterns } from './modal-patterns.js'
import type { Token } from './tokens.js'

/** Words (and commas) that may stand between a subject, a modal and a verb. */
export function isAdverb (tokens: Token[], index: number, patterns: ModalPatterns): boolean {
  const token = tokens[index]
  if (token === undefined) return false
  if (token.text === ',') return true
  if (!token.isWord) return false
  if (patterns.adverbs.has(token.lower)) return true
  // Lower case only: "Italy will" has a subject, "firmly will" has not.
  return token.text === token.lower && token.lower.length > 4 && token.lower.endsWith('ly') && !patterns.lyVerbs.has(token.lower)
}

const matches = (tokens: Token[], from: number, words: string[]): boolean => words.every((word, offset) => tokens[from + offset]?.lower === word)

/** How many tokens an adverb of several words ("of course", "in any case") that ends at tokens[index] takes; 0 when none does. */
export function adverbPhraseEndingAt (tokens: Token[], index: number, patterns: ModalPatterns): number {
  const phrases = patterns.adverbPhrasesByLast.get(tokens[index]?.lower ?? '')
  const phrase = phrases?.find((words) => matches(tokens, index - words.length + 1, words))
  return phrase?.length ?? 0
}

/** Same, reading forwards: the phrase that starts at tokens[index] ("will in principle open"). */
export function adverbPhraseAt (tokens: Token[], index: number, patterns: ModalPatterns): number {
  const phrases = patterns.adverbPhrasesByFirst.get(tokens[index]?.lower ?? '')
  const phrase = phrases?.find((words) => matches(tokens, index, words))
  return phrase?.length ?? 0
}
