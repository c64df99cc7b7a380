import type { SubjectInput } from './subject.js'

// The head of a title that may stand before its holder's name set between commas.
const TITLE_HEADS = new Set(['commissioner', 'commissioner-designate', 'vice-president', 'president', 'representative'])
// The words of a portfolio after the head: "for Trade and Economic Security", "for Migration, Home Affairs and Citizenship".
const PORTFOLIO_WORDS = new Set(['for', 'of', 'and', '&', ',', 'the'])
const MAX_TITLE_TOKENS = 12
const MAX_WORDS_BEFORE_HEAD = 2
const OPENERS = new Set(['our', 'the'])
const CAPITAL = /^\p{Lu}/u

/**
 * "Our Commissioner for Trade, Valdis Dombrovskis, will", "The Commissioner,
 * Maroš Šefčovič, will": a title, then the side's person it names between
 * commas, which subjectIndex read past to the title's last word at
 * tokens[index]. The person, from where the title starts; null when the
 * words before the apposition are no title or the name is no one of the side.
 */
export function titledApposition (input: SubjectInput, index: number): { start: number, actorId: string } | null {
  const { tokens } = input
  const name = tokens[index + 2]
  if (tokens[index + 1]?.text !== ',' || name === undefined) return null
  const mention = input.mentions.find((m) => m.start - input.sentenceStart === name.start)
  if (mention === undefined || !input.speaker.sideIds.has(mention.actorId)) return null
  if (tokens.find((t) => t.start >= mention.end - input.sentenceStart)?.text !== ',') return null
  let head = index
  while (head >= 0 && index - head < MAX_TITLE_TOKENS && !TITLE_HEADS.has(tokens[head]?.lower ?? '')) {
    const token = tokens[head]
    if (token === undefined || !(CAPITAL.test(token.text) || PORTFOLIO_WORDS.has(token.lower))) return null
    head--
  }
  if (!TITLE_HEADS.has(tokens[head]?.lower ?? '') || !CAPITAL.test(tokens[index]?.text ?? '')) return null
  // "Trade Commissioner", "High Representative", "Executive Vice-President", after "our" or "the".
  let first = head
  while (first > 0 && head - first < MAX_WORDS_BEFORE_HEAD && CAPITAL.test(tokens[first - 1]?.text ?? '') && tokens[first - 1]?.isWord === true) first--
  if (OPENERS.has(tokens[first - 1]?.lower ?? '')) first--
  const start = tokens[first]?.start
  return start === undefined ? null : { start, actorId: mention.actorId }
}
