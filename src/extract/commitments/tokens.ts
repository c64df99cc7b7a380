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
// at whole words and split a modal out of a word by its match offsets.
// Group 1 is a word; anything else is one punctuation mark.
const TOKEN = /([\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*['’]?)|\S/gu

export function tokenise (text: string): Token[] {
  const tokens: Token[] = []
  // One lower-casing per sentence; per word only when it changes the length.
  const lower = text.toLowerCase()
  const aligned = lower.length === text.length
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const value = match[0]
    const start = match.index
    const end = start + value.length
    tokens.push({ text: value, lower: aligned ? lower.slice(start, end) : value.toLowerCase(), start, end, isWord: match[1] !== undefined })
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
