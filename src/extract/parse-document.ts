import { PAGE_END, parseTail, QUOTES_HEADING, REFERENCE_LINE, tailSection } from './document/boilerplate.js'
import { looksLikePressRelease, statementByTitleTail, typeFromReference, typeFromWords } from './document/doc-type.js'
import { parseHeader } from './document/header.js'
import { splitLines } from './document/lines.js'
import type { Line } from './document/lines.js'
import { segmentParagraphs } from './document/paragraphs.js'
import type { RawParagraph } from './document/paragraphs.js'
import { titlePeople } from './document/title-people.js'
import { DocumentParseError } from './errors.js'
import { detectLanguage } from './language.js'
import { normaliseText } from './normalise-text.js'
import { splitSentences } from './sentences.js'
import type { DocumentMetadata, DocumentType, ParagraphSpan, ParsedDocument, PressContact } from './types.js'

const HTML_START = /^\s*<(?:!doctype|html|head|body|\?xml)\b/i
const HTML_TAG = /<\/?(?:p|div|span|a|br|html|body|head|script|table|td|li)\b[^>]*>/gi
const CONTENT_KINDS = new Set(['body', 'list_item', 'quote'])

function looksLikeHtml (text: string): boolean {
  return HTML_START.test(text) || (text.match(HTML_TAG)?.length ?? 0) >= 3
}

/**
 * The body stops at the reference line or, without one, at the first footer
 * heading; in a text copied from a web page, at the page's own lists
 * ("Related posts", "Tags: ...") once some text has come before them.
 */
function bodyEnd (lines: Line[], from: number): number {
  let text = false
  for (let i = from; i < lines.length; i++) {
    const line = (lines[i] as Line).text
    if (REFERENCE_LINE.test(line) || tailSection(line) !== null || (text && PAGE_END.test(line))) return i
    text ||= /[.!?]["”’)]*$/u.test(line)
  }
  return lines.length
}

/**
 * The footer's "Quote(s)" sections, from their heading to the next footer
 * heading or the reference line, as [start, end) line ranges: text that the
 * press corner puts after "For More Information".
 */
function quoteSections (lines: Line[], from: number): Array<[number, number]> {
  const sections: Array<[number, number]> = []
  for (let i = from; i < lines.length; i++) {
    const line = (lines[i] as Line).text
    if (REFERENCE_LINE.test(line)) break
    if (!QUOTES_HEADING.test(line)) continue
    const end = bodyEnd(lines, i + 1)
    sections.push([i, end])
    i = end - 1
  }
  return sections
}

function toSpan (source: string, raw: RawParagraph, position: number): ParagraphSpan {
  const contentStart = raw.start + raw.markerLength
  return {
    position,
    kind: raw.kind,
    text: source.slice(raw.start, raw.end),
    start: raw.start,
    end: raw.end,
    sentences: splitSentences(source.slice(contentStart, raw.end), contentStart)
  }
}

/**
 * Without a reference, type line or type word: a text that addresses an
 * audience ("Ladies and gentlemen,") is spoken remarks, filed as statements;
 * a third-person report of a Commission decision is a press release; a title
 * that ends on "Statement", "Declaration" or "Communiqué" is a statement.
 */
function fallbackType (paragraphs: ParagraphSpan[], hasSpeaker: boolean, title: string | null): DocumentType {
  if (paragraphs.some((paragraph) => paragraph.kind === 'salutation')) return 'statement'
  const firstBody = paragraphs.find((paragraph) => paragraph.kind === 'body')?.text
  if (!hasSpeaker && looksLikePressRelease(firstBody)) return 'press_release'
  return statementByTitleTail(title) ? 'statement' : 'other'
}

/**
 * Parses a press-corner text export into metadata and paragraphs with exact
 * offsets. Throws DocumentParseError when the text has no body to extract.
 */
export function parseDocument (raw: string): ParsedDocument {
  const sourceText = normaliseText(raw)
  if (sourceText.trim() === '') throw new DocumentParseError('empty document: the text has no content')
  if (looksLikeHtml(sourceText)) throw new DocumentParseError('the text looks like an HTML page, not a press-corner text export')
  const lines = splitLines(sourceText)
  const header = parseHeader(lines)
  const end = bodyEnd(lines, header.bodyStart)
  const quotes = quoteSections(lines, end)
  const inQuotes = (index: number): boolean => quotes.some(([from, to]) => index >= from && index < to)
  const tail = parseTail(lines.slice(end).filter((_, offset) => !inQuotes(end + offset)))
  const ranges: Array<[number, number]> = [[header.bodyStart, end], ...quotes]
  const segments = ranges.map(([from, to]) => segmentParagraphs(sourceText, lines.slice(from, to)))
  // A "Quote(s)" section's text is quoted, with or without quotation marks.
  const quoted = segments.flatMap((segment, index) => index === 0 ? segment.paragraphs : segment.paragraphs.map((paragraph) => paragraph.kind === 'body' ? { ...paragraph, kind: 'quote' as const } : paragraph))
  const paragraphs = quoted.map((paragraph, index) => toSpan(sourceText, paragraph, index + 1))
  if (!paragraphs.some((paragraph) => CONTENT_KINDS.has(paragraph.kind))) {
    throw new DocumentParseError('no body paragraphs: nothing between the header and the footer reads as text')
  }
  const reference = header.reference ?? lines.slice(header.bodyStart).find((line) => REFERENCE_LINE.test(line.text))?.text ?? null
  const fromTitle = titlePeople(header.title)
  const speakers = fromTitle.speakers.length === 0 && header.speaker !== null ? [header.speaker] : fromTitle.speakers
  const people = fromTitle.people
  const metadata: DocumentMetadata = {
    reference,
    type: typeFromReference(reference) ?? header.typeHint ?? typeFromWords(header.title) ?? (reference === null ? fallbackType(paragraphs, speakers.length > 0, header.title) : 'other'),
    title: header.title,
    subtitle: header.subtitle,
    place: header.place,
    date: header.date,
    speakers,
    people,
    pressContacts: distinctContacts([...tail.pressContacts, ...segments.flatMap((segment) => segment.contacts)]),
    relatedDocuments: tail.relatedDocuments,
    relatedMedia: tail.relatedMedia
  }
  // The header (type line, title, dateline) is in the body's language and
  // gives short texts more to go on: "European Commission - Statement" and
  // "Brussels, 6 February 2024" against "Commission européenne - Déclaration"
  // and "Bruxelles, le 6 février 2024".
  const headerLines = lines.slice(0, header.bodyStart).map((line) => line.text).filter((text) => text.trim() !== '')
  const language = detectLanguage([...headerLines, ...paragraphs.map((paragraph) => paragraph.text)].join('\n'))
  return { sourceText, language, metadata, paragraphs: metadata.type === 'qanda' ? withQuestionHeadings(paragraphs) : paragraphs }
}

/**
 * In a Questions and Answers document the questions head the answers after
 * them: "What will the Act do?" is a heading, though it ends a sentence.
 */
function withQuestionHeadings (paragraphs: ParagraphSpan[]): ParagraphSpan[] {
  return paragraphs.map((paragraph) => paragraph.kind === 'body' && isQuestionLine(paragraph.text) ? { ...paragraph, kind: 'heading' } : paragraph)
}

const isQuestionLine = (text: string): boolean => !text.includes('\n') && text.endsWith('?') && text.split(/\s+/).length <= 30

/** Each contact once: a daily news names the same spokesperson under several items. */
function distinctContacts (contacts: PressContact[]): PressContact[] {
  const seen = new Set<string>()
  return contacts.filter((contact) => {
    const key = `${contact.name}\u0000${contact.phone ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
