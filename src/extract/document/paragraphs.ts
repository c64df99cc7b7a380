import type { ParagraphKind, PressContact } from '../types.js'
import { inlineContacts, PAGE_NOISE, postedDate, STAGE_DIRECTION } from './boilerplate.js'
import { parseDate } from './dates.js'
import { CHECK_AGAINST_DELIVERY } from './header.js'
import type { Line } from './lines.js'
import { endsSentence, isBracketHeading, isHeadingLine, isSalutation, isSpeakerLabel, isWholeQuote, listMarker, WRAPPED_SHARE } from './line-kinds.js'

export interface RawParagraph {
  kind: ParagraphKind
  start: number
  end: number
  /** Length of a list marker ("• ", "1. ") that sentences leave out. */
  markerLength: number
}

interface Block { lines: Line[], block: number, start: number, end: number }

// Unmarked list items end like clauses of one enumeration: "...;", "...,", "... and".
const LIST_ITEM_END = /(?:[;,]|\s(?:and|or))$/

/** Does line `next` continue the paragraph that `previous` is in (text wrapped mid-sentence)? */
function continues (previous: string, next: string, longest: number): boolean {
  if (listMarker(next) !== null || isSalutation(previous) || isBracketHeading(previous) || isBracketHeading(next)) return false
  if (isSpeakerLabel(previous) || CHECK_AGAINST_DELIVERY.test(next)) return false
  // A daily-news item ends with its "(For more information: ...)".
  if (inlineContacts(previous)?.closesParagraph === true) return false
  if (/^\p{Ll}/u.test(next)) return true
  if (endsSentence(previous) || /[:;]$/.test(previous)) return false
  // Only a short, comma-free line looks like a heading; German nouns make capitals no clue.
  const headingLike = previous.split(/\s+/).length <= 10 && !previous.includes(',')
  return !headingLike || previous.length >= longest * WRAPPED_SHARE
}

/** Groups body lines into paragraphs: blank lines always separate, single newlines when a line is complete. */
function group (lines: Line[]): Block[] {
  const longest = lines.reduce((max, line) => Math.max(max, line.text.length), 0)
  const groups: Block[] = []
  let block = 0
  let previous: Line | null = null
  for (const line of lines) {
    if (line.text === '') { block++; previous = null; continue }
    const current = groups.at(-1)
    if (previous !== null && current !== undefined && continues(previous.text, line.text, longest)) {
      current.lines.push(line)
      current.end = line.end
    } else {
      groups.push({ lines: [line], block, start: line.start, end: line.end })
    }
    previous = line
  }
  return groups
}

const textOf = (source: string, group: Block): string => source.slice(group.start, group.end)

/**
 * Cuts a daily-news "(For more information: ...)" off the end of its paragraph,
 * so the span still quotes the source exactly; its contacts go to the metadata.
 * A paragraph that was only the parenthesis disappears.
 */
function cutInlineContacts (source: string, groups: Block[], contacts: PressContact[]): Block[] {
  return groups.flatMap((group) => {
    const text = textOf(source, group)
    const found = inlineContacts(text)
    if (found === null) return [group]
    contacts.push(...found.contacts)
    if (!found.closesParagraph) return [group]
    const kept = text.slice(0, found.at).trimEnd()
    return kept === '' ? [] : [{ ...group, end: group.start + kept.length }]
  })
}

/** Kind of each paragraph; list items need their neighbours ("comprises:" then ";"-ended lines). */
function classify (source: string, groups: Block[]): RawParagraph[] {
  const out: RawParagraph[] = []
  const perBlock = new Map<number, number>()
  for (const group of groups) perBlock.set(group.block, (perBlock.get(group.block) ?? 0) + 1)
  groups.forEach((group, index) => {
    const text = textOf(source, group)
    const prev = groups[index - 1]
    const prevText = prev === undefined ? '' : textOf(source, prev)
    const prevKind = out.at(-1)?.kind
    const sharesBlock = (perBlock.get(group.block) ?? 0) > 1
    const inList = prevText.endsWith(':') || prevKind === 'list_item'
    const marker = listMarker(text)
    let kind: ParagraphKind = 'body'
    if (isBracketHeading(text) || isSpeakerLabel(text)) kind = 'heading'
    else if (marker?.kind === 'bullet') kind = 'list_item'
    // Numbered points stand as body paragraphs (a declaration's "1. ...") unless they form a list.
    else if (marker?.kind === 'number') kind = inList || sharesBlock ? 'list_item' : 'body'
    else if (group.lines.length === 1 && isSalutation(text)) kind = 'salutation'
    else if (inList && !endsSentence(prevText) && (LIST_ITEM_END.test(text) || LIST_ITEM_END.test(prevText) ||
      (sharesBlock && prev?.block !== group.block))) kind = 'list_item'
    else if (isHeadingLine(text)) kind = 'heading'
    else if (isWholeQuote(text)) kind = 'quote'
    out.push({ kind, start: group.start, end: group.end, markerLength: kind === 'heading' ? 0 : (marker?.length ?? 0) })
  })
  return out
}

/**
 * Paragraphs of the body lines, without "Check against delivery", letterless
 * lines ("***"), stage directions ("(Applause)"), a copied page's noise
 * ("(Source: ...)", "Posted on ...", share buttons) and inline daily-news
 * contacts, which are returned apart.
 */
export function segmentParagraphs (source: string, lines: Line[]): { paragraphs: RawParagraph[], contacts: PressContact[] } {
  // Dropped lines become blank ones, so the lines around them do not join over them.
  const kept = lines.map((line) => /\p{L}/u.test(line.text) && !CHECK_AGAINST_DELIVERY.test(line.text) && !PAGE_NOISE.test(line.text) && !STAGE_DIRECTION.test(line.text) && postedDate(line.text, parseDate) === null ? line : { ...line, text: '' })
  const contacts: PressContact[] = []
  const groups = cutInlineContacts(source, group(kept), contacts)
  return { paragraphs: classify(source, groups), contacts }
}
