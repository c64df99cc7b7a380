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

/** Whether tokens[index - 1] and tokens[index] make a two-word adverb ("of course"). */
export function isAdverbPair (tokens: Token[], index: number, patterns: ModalPatterns): boolean {
  const last = tokens[index]
  const first = tokens[index - 1]
  if (last === undefined || first === undefined) return false
  return patterns.adverbPairs.get(last.lower)?.has(first.lower) ?? false
}

/** Same, reading forwards: tokens[index] and tokens[index + 1]. */
export function isAdverbPairAhead (tokens: Token[], index: number, patterns: ModalPatterns): boolean {
  return isAdverbPair(tokens, index + 1, patterns)
}
