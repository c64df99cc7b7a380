import type { SentenceSpan } from './types.js'

// A period after these never ends a sentence: they announce a name or a term.
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mme', 'mlle', 'dr', 'prof', 'st', 'mt', 'gen', 'col', 'lt', 'capt', 'gov',
  'sen', 'rep', 'hon', 'rev', 'vs', 'cf', 'eg', 'ie', 'viz', 'approx', 'ca', 'incl', 'excl', 'resp',
  'bzw', 'vgl', 'ggf', 'sog', 'dott', 'sig', 'sra', 'ing', 'mag', 'mgr'
])
// A period after these ends nothing when a number follows: "No. 3", "Art. 50", "Jan. 2023".
const NUMBER_ABBREVIATIONS = new Set([
  'no', 'nos', 'nr', 'art', 'arts', 'p', 'pp', 'para', 'paras', 'fig', 'vol', 'ch', 'sec', 'tel',
  'abs', 'op', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
])
const ROMAN_NUMERAL = /^[IVXLC]+$/
const DECIMAL = /^\d+(?:\.\d+)+$/
// Words that start a sentence and never continue a name or an abbreviated
// term: after "the U.S.", "3 p.m.", "ec.europa.eu." or "Annex I." one of
// them opens a new sentence ("... by the U.S. The Commission will ..."),
// where "the U.S. President" and "J. Smith" go on.
const SENTENCE_OPENERS = new Set([
  'the', 'this', 'these', 'that', 'those', 'we', 'it', 'its', 'they', 'he', 'she', 'our', 'their', 'his', 'her',
  'there', 'here', 'in', 'on', 'at', 'but', 'and', 'however', 'today', 'tomorrow', 'yesterday', 'for', 'with',
  'then', 'now', 'after', 'since', 'while', 'when', 'if', 'as', 'all', 'both', 'each', 'what', 'why', 'how', 'so'
])

const FOOTNOTE = /^\[\d{1,3}\]/
const isTerminator = (ch: string): boolean => ch === '.' || ch === '!' || ch === '?' || ch === '…'
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch)
const isUpper = (ch: string | undefined): boolean => ch !== undefined && /[\p{Lu}\p{Lt}]/u.test(ch)
const isLower = (ch: string | undefined): boolean => ch !== undefined && /\p{Ll}/u.test(ch)
// Characters that may open the next sentence before its first letter.
const isOpener = (ch: string | undefined): boolean => ch !== undefined && /[“"‘'([«‹„¿¡‚]/.test(ch)
const isCloser = (ch: string | undefined): boolean => ch !== undefined && /[”"’')\]»›]/.test(ch)
// What may start a sentence once quotes are skipped: a capital, a digit, a currency sign.
const startsSentence = (ch: string | undefined): boolean => ch !== undefined && /[\p{Lu}\p{Lt}\d\p{Sc}•–-]/u.test(ch)

/** The word just before a period: letters and inner periods back to a space or bracket. */
function wordBefore (text: string, dot: number): string {
  let i = dot
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1] ?? '')) i--
  return text.slice(i, dot)
}

/** Is the single period at `dot` part of an abbreviation, an initial or an enumerator? `next` is where the next word starts. */
function isNonFinalPeriod (text: string, dot: number, sentenceStart: number, next: number): boolean {
  const word = wordBefore(text, dot)
  if (word === '') return false
  const lower = word.toLowerCase()
  const nextVisible = text[next]
  const atStart = (): boolean => isBlank(text, sentenceStart, dot - word.length)
  // "between 9.00 and 17.00. Companies": a figure with a decimal point ends its sentence.
  if (DECIMAL.test(word)) return false
  // "e.g.", "U.S.", "a.m."; initials: "J. Smith"; a lettered item: "a. The first".
  if (word.includes('.') || /^\p{L}$/u.test(word)) return !SENTENCE_OPENERS.has(nextWord(text, next)) || atStart()
  if (TITLE_ABBREVIATIONS.has(lower)) return true
  if (NUMBER_ABBREVIATIONS.has(lower) && nextVisible !== undefined && /\d/.test(nextVisible)) return true
  if (!/^\d{1,3}$/.test(word) && !ROMAN_NUMERAL.test(word)) return false
  return atStart() // "1. The ..."
}

/** Whether text[from, to) is only white space, read without copying it. */
function isBlank (text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text[i])) return false
  return true
}

/** The lowercased word that starts at `from`. */
function nextWord (text: string, from: number): string {
  return /^\p{L}+/u.exec(text.slice(from, from + 20))?.[0].toLowerCase() ?? ''
}

/** End (exclusive) of the sentence whose terminator run starts at `i`, or -1 when it is no boundary. */
function boundaryAfter (text: string, i: number, sentenceStart: number): number {
  let end = i
  while (isTerminator(text[end] ?? '')) end++
  const run = text.slice(i, end)
  // Closing quotes and brackets belong to the sentence they close; a straight
  // quote only counts as closing when nothing but space or more closers follow.
  while (isCloser(text[end]) && (!/["']/.test(text[end] ?? '') || !/[\p{L}\p{N}]/u.test(text[end + 1] ?? ''))) end++
  // A footnote's number after the full stop belongs to the sentence: "1,200 MW.[2] More information".
  const footnote = text[end] === '[' ? FOOTNOTE.exec(text.slice(end, end + 6)) : null
  if (footnote !== null) end += footnote[0].length
  if (end >= text.length) return end
  if (!isSpace(text[end])) {
    // "NATO country.We share": a missing space after a full stop before a capitalised word.
    const glued = run === '.' && end === i + 1 && isLower(text[i - 1]) && isLower(text[i - 2]) &&
      isUpper(text[end]) && isLower(text[end + 1])
    return glued && !isNonFinalPeriod(text, i, sentenceStart, end) ? end : -1
  }
  let next = end
  while (isSpace(text[next])) next++
  while (isOpener(text[next])) next++
  if (next >= text.length) return end
  if (!startsSentence(text[next])) return -1
  if (run === '.' && isNonFinalPeriod(text, i, sentenceStart, next)) return -1
  return end
}

/**
 * Splits a paragraph into sentences. Spans are trimmed and their offsets are
 * `offset` plus the index in `text`, so they stay valid in the source text.
 */
export function splitSentences (text: string, offset: number): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  const push = (from: number, to: number): void => {
    const raw = text.slice(from, to)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed === '') return
    const start = offset + from + lead
    spans.push({ position: spans.length + 1, text: trimmed, start, end: start + trimmed.length })
  }
  let sentenceStart = 0
  let i = 0
  while (i < text.length) {
    if (!isTerminator(text[i] ?? '')) { i++; continue }
    const end = boundaryAfter(text, i, sentenceStart)
    if (end === -1) {
      while (isTerminator(text[i] ?? '')) i++
      continue
    }
    push(sentenceStart, end)
    sentenceStart = end
    i = end
  }
  push(sentenceStart, text.length)
  return spans
}
