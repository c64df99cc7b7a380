import type { DocumentType } from '../types.js'
import { REFERENCE_LINE } from './boilerplate.js'
import { parseDate, parseDateLine } from './dates.js'
import { typeFromWords, typeOfTypeName } from './doc-type.js'
import type { Line } from './lines.js'
import { endsSentence, isSalutation } from './line-kinds.js'

export interface Header {
  title: string | null
  /** True when the title was recognised by its type words ("Statement by ..."), not by its shape. */
  titleByWords: boolean
  subtitle: string | null
  place: string | null
  date: string | null
  reference: string | null
  typeHint: DocumentType | null
  /** Index of the first line after the header. */
  bodyStart: number
}

const INSTITUTION = '(?:European Commission|Europäische Kommission|Commission européenne|Commissione europea|Comisión Europea|Europese Commissie|Comissão Europeia|Komisja Europejska)'
const INSTITUTION_LINE = new RegExp(`^${INSTITUTION}(?:\\s*[-–—]\\s*(.+))?$`, 'iu')
const DAILY_NEWS_LINE = /^(?:daily news|midday express)\s+\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}$/i
// A title names its genre and who speaks: "Statement by ...", "Keynote speech by ...".
const TITLE_WORDS = /^(?:(?:joint|press|opening|closing|introductory|concluding|keynote|video|written|daily)\s+)*(?:statement|speech|remarks|address|message|declaration|press conference|press release|questions and answers|q&a|interview|letter|mitteilung|erklärung|rede|déclaration|discours|communiqué)\b.*\s(?:by|of|from|on|at|following|with|des|der|du|de|von)\s/i
export const CHECK_AGAINST_DELIVERY = /^[\s“"'*([]*(?:check against delivery|seul le prononcé fait foi|es gilt das gesprochene wort|fa fede solo il testo pronunciato|sólo el texto pronunciado|só faz fé|alleen de uitgesproken tekst)[\s”"'*)\].!]*$/i

/** "European Commission - Statement", "Statement", "Speech": the type, or undefined when no type line. */
function typeLine (text: string): DocumentType | null | undefined {
  const institution = INSTITUTION_LINE.exec(text)
  if (institution !== null) return typeFromWords(institution[1] ?? null)
  return typeOfTypeName(text) ?? undefined
}

function looksLikeTitle (text: string, next: string): boolean {
  if (text.length > 400 || isSalutation(text)) return false
  if (TITLE_WORDS.test(text)) return true
  // A line stopping on a lowercase word with more text right under it is wrapped body text.
  const wrapped = /\s\p{Ll}+$/u.test(text) && next !== '' && parseDateLine(next) === null
  return !wrapped && !endsSentence(text) && !/[,;:]$/.test(text) && text.split(/\s+/).length >= 2 &&
    /^[\p{Lu}\p{N}\p{Sc}“"'‘]/u.test(text)
}

/** Reads type lines, dateline, title and subtitle from the top, up to the first body line. */
export function parseHeader (lines: Line[]): Header {
  const header: Header = { title: null, titleByWords: false, subtitle: null, place: null, date: null, reference: null, typeHint: null, bodyStart: 0 }
  const nextText = (from: number): string => lines.slice(from).find((line) => line.text !== '')?.text ?? ''
  let i = 0
  while (i < lines.length) {
    const text = lines[i]?.text ?? ''
    const type = typeLine(text)
    // A dateline with a place still counts after "Daily News 08 / 07 / 2016" gave the date.
    const dateline = header.place === null ? parseDateLine(text) : null
    if (text === '' || CHECK_AGAINST_DELIVERY.test(text)) {
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
    } else if (dateline !== null) {
      header.place = dateline.place
      header.date = dateline.date
      i++
    } else if (header.title === null && looksLikeTitle(text, lines[i + 1]?.text ?? '')) {
      const titleLines = [text]
      i++
      // A title wrapped over lines: the next line goes on lowercase, or the dateline follows it.
      while (!endsSentence(titleLines.at(-1) ?? '') && (lines[i]?.text ?? '') !== '') {
        const next = lines[i]?.text ?? ''
        if (parseDateLine(next) !== null || next.length > 150 || endsSentence(next)) break
        if (!/^\p{Ll}/u.test(next) && parseDateLine(lines[i + 1]?.text ?? '') === null) break
        titleLines.push(next)
        i++
      }
      header.title = titleLines.join(' ')
      header.titleByWords = TITLE_WORDS.test(text)
    } else if (header.title !== null && header.subtitle === null && header.date === null &&
      !endsSentence(text) && parseDateLine(nextText(i + 1)) !== null) {
      header.subtitle = text
      i++
    } else {
      break
    }
  }
  header.bodyStart = i
  return header
}
