import { continuationAfterHyphen } from '../broken-word.js'

// Word tokens and a light, symmetric stemmer. Terms and text go through the
// same functions, so "sanctioned", "sanctions" and "sanction" meet on one stem
// without a dictionary; the stems only need to agree, not be real words.

// Letters and digits, with inner apostrophes kept so "Ukraine's" stays one word.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
const WORD_CHAR = /[\p{L}\p{N}]/u

// Scanning by character code is several times faster than a Unicode regex;
// non-ASCII code units are classified once each and remembered.
const wordCodes = new Uint8Array(0x10000)
function isWordCode (code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  let kind = wordCodes[code]
  if (kind === 0) {
    kind = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2
    wordCodes[code] = kind
  }
  return kind === 1
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019

// Hyphens (ASCII, Unicode hyphen, non-breaking hyphen, en dash) and whitespace
// may sit inside a multiword term: "EU-NATO", "cyber-attacks", "EU – New Zealand".
function isJoiner (code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0x0a || code === 0x09 || code === 0xa0 ||
    code === 0x2010 || code === 0x2011 || code === 0x2013
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

/** A word written in capitals only, as an acronym is: "EEAS", "PFAS" (not "SMEs", a plural). */
export function isAcronym (word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase()
}

/**
 * The stem of a lowercased text word, unless it is one of the taxonomy's
 * acronyms the stemmer would change, which have no inflection: "EEAS" is no
 * plural of "EEA" (the European Economic Area), nor "PFAS" of "PFA".
 */
export function stemTextWord (word: string, acronyms: ReadonlySet<string>): string {
  const bare = word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word
  return acronyms.has(bare) ? bare : stemWord(word)
}

/**
 * Calls `visit` for every word with its lowercased text, its span and whether
 * only spaces or hyphens separate it from the previous word. A word broken
 * over a line end by a hyphen is one word, its text without the break. A callback rather
 * than an array: matching needs no token objects, which keeps it allocation-light.
 */
export function forEachWord (text: string, visit: (word: string, start: number, end: number, joined: boolean) => void): void {
  // Lowercasing can change the length of a few characters ("İ"); then words are lowercased one by one.
  const whole = text.toLowerCase()
  const lower = whole.length === text.length ? whole : null
  const n = text.length
  let i = 0
  let first = true
  while (i < n) {
    let joinable = true
    const gapStart = i
    while (i < n && !isWordCode(text.charCodeAt(i))) {
      const code = text.charCodeAt(i)
      // A plural possessive's apostrophe ends its word and keeps the phrase: "Citizens' Initiative".
      const possessive = isApostrophe(code) && i === gapStart && !first && (text.charCodeAt(i - 1) | 0x20) === 0x73
      if (!isJoiner(code) && !possessive) joinable = false
      i++
    }
    if (i >= n) break
    const start = i
    let word = ''
    for (let piece = i; ; piece = i) {
      while (i < n) {
        const code = text.charCodeAt(i)
        if (isWordCode(code)) i++
        else if (isApostrophe(code) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) i += 2
        else break
      }
      word += lower === null ? text.slice(piece, i).toLowerCase() : lower.slice(piece, i)
      // "coopera-\ntion": a word broken at a line end (text from a PDF) goes on after the break.
      const next = continuationAfterHyphen(text, i)
      if (next === -1) break
      i = next
    }
    visit(word, start, i, !first && joinable && start - gapStart <= 4)
    first = false
  }
}

/** The words of a term as written in the taxonomy: "cyber-attack" -> ["cyber", "attack"]. */
export function termWords (term: string): string[] {
  return Array.from(term.matchAll(WORD), (m) => m[0])
}
