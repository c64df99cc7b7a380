// Word tokens and a light, symmetric stemmer. Terms and text go through the
// same functions, so "sanctioned", "sanctions" and "sanction" meet on one stem
// without a dictionary; the stems only need to agree, not be real words.

export interface Token {
  stem: string
  start: number
  end: number
  /** True when only spaces or hyphens separate this token from the previous one. */
  joined: boolean
}

// Letters and digits, with inner apostrophes kept so "Ukraine's" stays one word.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

// Hyphens (ASCII, Unicode hyphen, non-breaking hyphen, en dash) and whitespace
// may sit inside a multiword term: "EU-NATO", "cyber-attacks", "EU – New Zealand".
function isJoiner (code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0x0a || code === 0x09 || code === 0xa0 ||
    code === 0x2010 || code === 0x2011 || code === 0x2013
}

function gapIsJoinable (text: string, from: number, to: number): boolean {
  if (to - from > 4) return false
  for (let i = from; i < to; i++) {
    if (!isJoiner(text.charCodeAt(i))) return false
  }
  return true
}

const VOWELS = 'aeiouy'

// "stopp" -> "stop", "bann" -> "ban"; double l/s/z are usually part of the word.
function undouble (stem: string): string {
  const last = stem.charAt(stem.length - 1)
  if (stem.length > 3 && last === stem.charAt(stem.length - 2) && !VOWELS.includes(last) && !'lsz'.includes(last)) {
    return stem.slice(0, -1)
  }
  return stem
}

function stripSuffix (w: string): string {
  if (w.length <= 3) return w
  if (w.endsWith('ies') || w.endsWith('ied')) return w.length > 4 ? w.slice(0, -3) + 'y' : w
  if (w.endsWith('ing') && w.length >= 6) return undouble(w.slice(0, -3))
  if (w.endsWith('ed') && w.length >= 5) return undouble(w.slice(0, -2))
  if (w.endsWith('sses') || /(?:[xz]|ch|sh)es$/.test(w)) return w.slice(0, -2)
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1)
  return w
}

export function stemWord (word: string): string {
  let w = word.toLowerCase()
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2)
  w = stripSuffix(w)
  // A final silent e comes and goes with suffixes ("manipulate", "manipulated").
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

export function tokenize (text: string, stem: (word: string) => string = stemWord): Token[] {
  const tokens: Token[] = []
  let previousEnd = -1
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    const end = start + match[0].length
    const joined = previousEnd >= 0 && gapIsJoinable(text, previousEnd, start)
    tokens.push({ stem: stem(match[0]), start, end, joined })
    previousEnd = end
  }
  return tokens
}

/** The words of a term as written in the taxonomy: "cyber-attack" -> ["cyber", "attack"]. */
export function termWords (term: string): string[] {
  return Array.from(term.matchAll(WORD), (m) => m[0])
}
