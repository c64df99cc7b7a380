import { continuationAfterHyphen } from '../broken-word.js'
export interface Token {
  /** As written in the source. */
  text: string
  /** Lookup key: diacritics folded, quote and hyphen variants unified, "The" -> "the". */
  key: string
  start: number
  end: number
  /** Letters or digits, as opposed to a single punctuation character. */
  word: boolean
  /** Starts with an uppercase letter. */
  capitalised: boolean
}

const APOSTROPHES = new Set(['\u2018', '\u2019', '\u02BC', '`', '´'])
const HYPHENS = new Set(['\u2010', '\u2011'])
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u
const UPPER = /\p{Lu}/u

// A footnote's superscript marker ends the word it is glued to: "Ukraine¹".
const isSuperscriptDigit = (code: number): boolean => code === 0xB9 || code === 0xB2 || code === 0xB3 || (code >= 0x2070 && code <= 0x2079)

// The scan runs over every character of every document: ASCII is classified by
// code, and only the rare non-ASCII character pays for a Unicode property test.
export function isWordChar (code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  return !isSuperscriptDigit(code) && WORD_CHAR.test(String.fromCharCode(code))
}

function isSpace (code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 160 || code === 0x202F || code === 0x2009 || code === 0xFEFF
}

export function isCapitalised (word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return UPPER.test(word.charAt(0))
}

export function tokenKey (word: string): string {
  if (word === 'The') return 'the'
  if (word.length === 1) {
    if (APOSTROPHES.has(word)) return "'"
    if (HYPHENS.has(word)) return '-'
    return word
  }
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) >= 128) return word.normalize('NFD').replace(/\p{M}+/gu, '')
  }
  return word
}

/**
 * Words, or any single non-space character: hyphens, apostrophes, slashes and
 * dots are tokens of their own so that "EU-NATO", "Russia's" and "HR/VP" split
 * into parts the trie can match. Offsets are shifted by `offset`, the text's
 * start in the source.
 */
export function tokenize (text: string, offset = 0): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code <= 32 || (code >= 128 && isSpace(code))) {
      i++
      continue
    }
    const start = i
    const isWord = isWordChar(code)
    // "Rus-" / "sia": a word a PDF broke at a line end is read whole, its span over the break.
    let broken: string | null = null
    if (isWord) {
      i++
      while (i < text.length && isWordChar(text.charCodeAt(i))) i++
      const after = text.charCodeAt(i) === 0x2d ? continuationAfterHyphen(text, i) : -1
      if (after !== -1) {
        let end = after
        while (end < text.length && isWordChar(text.charCodeAt(end))) end++
        broken = text.slice(start, i) + text.slice(after, end)
        i = end
      }
    } else {
      i++
      // Keep surrogate pairs (emoji and the like) together.
      if (code >= 0xD800 && code <= 0xDBFF && i < text.length) i++
    }
    const word = broken ?? text.slice(start, i)
    tokens.push({ text: word, key: tokenKey(word), start: offset + start, end: offset + i, word: isWord, capitalised: isWord && isCapitalised(word) })
  }
  return tokens
}
