/** A word or a punctuation mark of a sentence; offsets are relative to the sentence. */
export interface Token {
  text: string
  lower: string
  start: number
  end: number
  isWord: boolean
}

// Contractions and possessives stay in their word ("we'll", "won't",
// "Russia's") and hyphenated compounds stay whole ("EU-NATO"): the rules look
// at whole words and split a modal out of a word by its match offsets. A word
// is what this expression matches, anything else but a space is one
// punctuation mark (a code point):
//   [\p{L}\p{N}]+(?:['’]\p{L}+)*(?:-[\p{L}\p{N}]+)*['’]?
// The scan below reads it by character code: the expression, run with the u
// flag, tested every character against Unicode's tables, and was a tenth of
// the time spent finding commitments. test/extract/commitments/tokens.test.ts
// checks the two agree.

/** Per BMP code unit: 1 a letter, 2 a digit or other number, 3 a space, 4 anything else; 0 not looked up yet. */
const classes = new Uint8Array(0x10000)
const LETTER = /\p{L}/u
const NUMBER = /\p{N}/u
const SPACE = /\s/u
const enum CharClass { Letter = 1, Number = 2, Space = 3, Other = 4 }

function classOf (text: string, i: number): CharClass {
  const code = text.charCodeAt(i)
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return CharClass.Letter
    if (code >= 48 && code <= 57) return CharClass.Number
    return code === 32 || (code >= 9 && code <= 13) ? CharClass.Space : CharClass.Other
  }
  if (code >= 0xD800 && code <= 0xDBFF) return classify(String.fromCodePoint(text.codePointAt(i) ?? code))
  let known = classes[code] as CharClass | 0
  if (known === 0) {
    known = classify(String.fromCharCode(code))
    classes[code] = known
  }
  return known
}

function classify (char: string): CharClass {
  if (LETTER.test(char)) return CharClass.Letter
  if (NUMBER.test(char)) return CharClass.Number
  return SPACE.test(char) ? CharClass.Space : CharClass.Other
}

/** UTF-16 length of the code point at i. */
function width (text: string, i: number): number {
  const code = text.charCodeAt(i)
  return code >= 0xD800 && code <= 0xDBFF && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xFC00) === 0xDC00 ? 2 : 1
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019
const isLetterOrNumber = (kind: CharClass): boolean => kind === CharClass.Letter || kind === CharClass.Number

/** The end of the run of letters (and numbers, when `numbers`) from i. */
function runEnd (text: string, i: number, numbers: boolean): number {
  while (i < text.length) {
    const kind = classOf(text, i)
    if (kind !== CharClass.Letter && !(numbers && kind === CharClass.Number)) break
    i += width(text, i)
  }
  return i
}

/** The end of the word that starts at i (a letter or number). */
function wordEnd (text: string, start: number): number {
  let i = runEnd(text, start, true)
  while (i + 1 < text.length && isApostrophe(text.charCodeAt(i)) && classOf(text, i + 1) === CharClass.Letter) i = runEnd(text, i + 1, false)
  while (i + 1 < text.length && text.charCodeAt(i) === 0x2d && isLetterOrNumber(classOf(text, i + 1))) i = runEnd(text, i + 1, true)
  return i < text.length && isApostrophe(text.charCodeAt(i)) ? i + 1 : i
}

export function tokenise (text: string): Token[] {
  const tokens: Token[] = []
  // One lower-casing per sentence; per word only when it changes the length.
  const lower = text.toLowerCase()
  const aligned = lower.length === text.length
  let i = 0
  while (i < text.length) {
    const kind = classOf(text, i)
    if (kind === CharClass.Space) {
      i += width(text, i)
      continue
    }
    const start = i
    const isWord = isLetterOrNumber(kind)
    i = isWord ? wordEnd(text, i) : i + width(text, i)
    const value = text.slice(start, i)
    tokens.push({ text: value, lower: aligned ? lower.slice(start, i) : value.toLowerCase(), start, end: i, isWord })
  }
  return tokens
}

/** Index of the last token that starts before `offset`, or -1. */
export function lastTokenBefore (tokens: Token[], offset: number): number {
  let index = -1
  for (let i = 0; i < tokens.length && (tokens[i]?.start ?? Infinity) < offset; i++) index = i
  return index
}

/** Index of the first token that starts at or after `offset`, or tokens.length. */
export function firstTokenFrom (tokens: Token[], offset: number): number {
  let index = 0
  while (index < tokens.length && (tokens[index]?.start ?? Infinity) < offset) index++
  return index
}

/** A token cut at `offset`: the "we" of "we'll" when the modal starts inside the word. */
export function cutToken (token: Token, offset: number): Token {
  if (token.end <= offset) return token
  const text = token.text.slice(0, offset - token.start)
  return { ...token, text, lower: text.toLowerCase(), end: offset }
}
