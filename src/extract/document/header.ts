import type { DocumentType, NamedPerson } from '../types.js'
import { inlineContacts, PAGE_NOISE, postedDate, REFERENCE_LINE } from './boilerplate.js'
import { parseDate, parseDateLine } from './dates.js'
import { typeFromWords, typeOfTypeName } from './doc-type.js'
import type { Line } from './lines.js'
import { endsSentence, isSalutation, WRAPPED_SHARE } from './line-kinds.js'
import { isNameToken, ROLE_HEAD } from './title-people.js'

export interface Header {
  title: string | null
  subtitle: string | null
  place: string | null
  date: string | null
  reference: string | null
  typeHint: DocumentType | null
  /** A speaker given on lines of their own above the title: "José Manuel Barroso" / "President of ...". */
  speaker: NamedPerson | null
  /** Index of the first line after the header. */
  bodyStart: number
}

// The Council's press office heads its pages the same way: "Council of the EU - Press release".
const INSTITUTION = '(?:European Commission|Europäische Kommission|Commission européenne|Commissione europea|Comisión Europea|Europese Commissie|Comissão Europeia|Komisja Europejska|Council of the (?:EU|European Union)|European Council)'
const INSTITUTION_LINE = new RegExp(`^${INSTITUTION}(?:\\s*[-–—]\\s*(.+))?$`, 'iu')
const DAILY_NEWS_LINE = /^(?:daily news|midday express)\s+\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}$/i
// A title names its genre and who speaks: "Statement by ...", "Keynote speech by ...".
// Not \b after the genre: it is an ASCII word boundary, which never follows the é of "communiqué".
const TITLE_WORDS = /^(?:(?:joint|press|opening|closing|introductory|concluding|keynote|video|written|daily)\s+)*(?:statement|speech|remarks|address|message|declaration|press conference|press release|questions? (?:and|&) answers|q&a|interview|letter|mitteilung|erklärung|rede|déclaration|discours|communiqué)(?![\p{L}\p{N}]).*\s(?:by|of|from|on|at|following|with|des|der|du|de|von)\s/iu
// The Council's titles may open on their subject: "Russia: Declaration by the High Representative ...".
const SUBJECT_PREFIX = /^\p{Lu}[^:]{0,60}:\s+/u

function hasTitleWords (text: string): boolean {
  if (TITLE_WORDS.test(text)) return true
  const prefix = text.includes(':') ? SUBJECT_PREFIX.exec(text) : null
  return prefix !== null && TITLE_WORDS.test(text.slice(prefix[0].length))
}

const ROLE_LINE = new RegExp(`^(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}${ROLE_HEAD.source}`, 'u')
export const CHECK_AGAINST_DELIVERY = /^[\s“"'*([]*(?:check against delivery|seul le prononcé fait foi|es gilt das gesprochene wort|fa fede solo il testo pronunciato|sólo el texto pronunciado|só faz fé|alleen de uitgesproken tekst)[\s”"'*)\].!]*$/i
/** How far ahead a dateline still makes the lines above it header lines. */
const DATELINE_LOOKAHEAD = 6

/** "European Commission - Statement", "Statement", "Speech": the type, or undefined when no type line. */
function typeLine (text: string): DocumentType | null | undefined {
  const institution = INSTITUTION_LINE.exec(text)
  if (institution !== null) return typeFromWords(institution[1] ?? null)
  return typeOfTypeName(text)
}

function looksLikeTitle (text: string, next: string, longest: () => number): boolean {
  if (text.length > 400 || isSalutation(text) || inlineContacts(text) !== null) return false
  if (hasTitleWords(text)) return true
  // A line stopping on a lowercase word with more text right under it is
  // wrapped body text, unless it is much shorter than the text's lines:
  // "Commission proposes to cut red tape for small businesses" over a
  // paragraph on one line.
  const wrapped = /\s\p{Ll}+$/u.test(text) && next !== '' && parseDateLine(next) === null && text.length >= longest() * WRAPPED_SHARE
  return !wrapped && !endsSentence(text) && !/[,;:]$/.test(text) && text.split(/\s+/).length >= 2 &&
    /^[\p{Lu}\p{N}\p{Sc}“"'‘]/u.test(text)
}

/** Is a dateline coming within a few lines, with only title-like lines before it? */
function datelineAhead (lines: Line[], from: number): boolean {
  let seen = 0
  for (let i = from; i < lines.length && seen < DATELINE_LOOKAHEAD; i++) {
    const text = lines[i]?.text ?? ''
    if (text === '') continue
    seen++
    if (parseDateLine(text) !== null) return true
    if (endsSentence(text) || isSalutation(text) || text.length > 300 || /[,;:]$/.test(text)) return false
  }
  return false
}

const isNameLine = (text: string): boolean => {
  const words = text.split(/\s+/)
  return words.length >= 2 && words.length <= 5 && words.every(isNameToken) && !ROLE_LINE.test(text)
}

/** Shares the header's display lines out: a name over a role line is the speaker, then title, subtitle. */
function assign (header: Header, candidates: string[]): void {
  const rest = [...candidates]
  const at = rest.findIndex((text, i) => isNameLine(text) && ROLE_LINE.test(rest[i + 1] ?? ''))
  if (at !== -1) header.speaker = { name: rest[at] ?? '', role: rest[at + 1] ?? null }
  if (at !== -1) rest.splice(at, 2)
  const titleAt = Math.max(0, rest.findIndex(hasTitleWords))
  header.title = rest[titleAt] ?? null
  header.subtitle ??= rest.filter((_, i) => i !== titleAt).join(' – ') || null
}

/** Reads type lines, dateline, title and subtitle from the top, up to the first body line. */
export function parseHeader (lines: Line[]): Header {
  const header: Header = { title: null, subtitle: null, place: null, date: null, reference: null, typeHint: null, speaker: null, bodyStart: 0 }
  const candidates: string[] = []
  let datelineSeen = false
  let longestLine: number | undefined
  const longest = (): number => (longestLine ??= lines.reduce((max, line) => Math.max(max, line.text.length), 0))
  let i = 0
  while (i < lines.length) {
    const text = lines[i]?.text ?? ''
    const type = typeLine(text)
    const dateline = datelineSeen ? null : parseDateLine(text)
    const posted = postedDate(text, parseDate)
    if (text === '' || CHECK_AGAINST_DELIVERY.test(text) || PAGE_NOISE.test(text)) {
      i++
    } else if (posted !== null) {
      // A page's "Posted on 13 December 2023": the date when the text has no dateline.
      if (!datelineSeen) header.date ??= posted
      i++
    } else if (REFERENCE_LINE.test(text) && header.reference === null) {
      header.reference = text
      i++
    } else if (type !== undefined) {
      header.typeHint ??= type
      i++
    } else if (DAILY_NEWS_LINE.test(text)) {
      header.subtitle ??= text
      header.typeHint ??= 'daily_news'
      header.date ??= parseDate(text.replace(/^\D+/, ''))
      i++
    } else if (dateline !== null && dateline.place === null && datelineAhead(lines, i + 1)) {
      // The old press corner's "SPEECH/14/123" / "19/02/2014" above the speaker,
      // title and "Strasbourg, 19 February 2014": the bare date is the date
      // until the dateline with its place, and the lines between are header.
      header.date ??= dateline.date
      i++
    } else if (dateline !== null) {
      // A dateline with a place still counts after "Daily News 08 / 07 / 2016" gave the date.
      datelineSeen = true
      header.place = dateline.place
      header.date = dateline.date
      i++
    } else if ((candidates.length === 0 && looksLikeTitle(text, lines[i + 1]?.text ?? '', longest)) ||
      (!datelineSeen && !isSalutation(text) && text.length <= 300 && (candidates.length === 0 || !endsSentence(text)) && datelineAhead(lines, i + 1))) {
      const titleLines = [text]
      i++
      // A title wrapped over lines: the next line goes on in lowercase, or this one stops on a lowercase word.
      while (!endsSentence(titleLines.at(-1) ?? '') && (lines[i]?.text ?? '') !== '') {
        const next = lines[i]?.text ?? ''
        if (parseDateLine(next) !== null || next.length > 150 || endsSentence(next)) break
        if (!/^\p{Ll}/u.test(next) && !/\s\p{Ll}+$/u.test(titleLines.at(-1) ?? '')) break
        titleLines.push(next)
        i++
      }
      candidates.push(titleLines.join(' '))
    } else {
      break
    }
  }
  assign(header, candidates)
  header.bodyStart = i
  return header
}
