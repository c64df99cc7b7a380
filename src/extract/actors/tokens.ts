export interface Token {
  /** As written in the source. */
  text: string
  /** Lookup key: diacritics folded, quote and hyphen variants unified, "The" -> "the". */
  key: string
  start: number
  end: number
}

// Words, or any single non-space character: hyphens, apostrophes, slashes and dots
// are tokens of their own so that "EU-NATO", "Russia's" and "HR/VP" split into
// parts the trie can match.
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu
const APOSTROPHES = /[\u2018\u2019\u02BC`´]/
const HYPHENS = /[\u2010\u2011]/
// Only non-ASCII words pay for Unicode normalisation.
const NON_ASCII = /[^ -~]/

export function tokenKey (word: string): string {
  if (word === 'The') return 'the'
  if (word.length === 1) {
    if (APOSTROPHES.test(word)) return "'"
    if (HYPHENS.test(word)) return '-'
    return word
  }
  if (!NON_ASCII.test(word)) return word
  return word.normalize('NFD').replace(/\p{M}+/gu, '')
}

/** Tokens of `text`, with offsets shifted by `offset` (the text's start in the source). */
export function tokenize (text: string, offset = 0): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const start = offset + match.index
    tokens.push({ text: match[0], key: tokenKey(match[0]), start, end: start + match[0].length })
  }
  return tokens
}

export function isCapitalised (word: string): boolean {
  return /^\p{Lu}/u.test(word)
}
