import type { PressContact } from '../types.js'
import type { Line } from './lines.js'

/** "STATEMENT/23/121", "IP/23/6789", "MEX/16/2458" on a line of its own. */
export const REFERENCE_LINE = /^[A-Z]{2,10}\/\d{2}\/\d{1,6}$/

export type TailSection = 'contacts' | 'office' | 'public' | 'documents' | 'media' | 'ignored'

/**
 * The heading of a press release's quotes, which the press corner puts after
 * "For More Information": "Quote(s)". What follows it is text, up to the next
 * footer heading or the reference line.
 */
export const QUOTES_HEADING = /^(?:quotes?|quote\(s\)|citations?|citation\(s\)|zitate?|zitat\(e\)|citazion[ei])\s*:?$/iu

// Texts copied from a news or aggregator site carry the page around them:
// where the text came from, share buttons; a press release's end mark
// ("ENDS", "[END]", "- END -") and a PDF's page footer ("Page 2 of 3", "2 |
// P a g e"). Such a line is never a paragraph.
export const PAGE_NOISE = /^(?:\(\s*source\s*:[^()]{1,80}\)|source\s*:\s*[^.!?]{1,80}|(?:share|share this(?:\s+(?:article|page|post|story))?|share on\s+\p{L}+|twitter|x|facebook|linkedin|whatsapp|telegram|reddit|pinterest|e-?mail|print|like this|loading\s*(?:\.\.\.|…)|read more)\s*:?|[-–—[(*\s]*ends?[-–—\])*\s.]*|page\s+\d+(?:\s*(?:of|\/)\s*\d+)?|\d+\s*\|\s*p\s*a\s*g\s*e)$/iu

// A transcript's stage direction on a line of its own: "(Applause)", "[Speaking in French]".
export const STAGE_DIRECTION = /^[([]\s*(?:applause|laughter|standing ovation|pause|silence|inaudible|crosstalk|video(?: message)?|speaking in \p{L}+|in \p{L}+|original(?: language)?\s*:?\s*\p{L}+|minute of silence)\s*[)\]]\.?$/iu

/** "Posted on 13 December 2023 by EUbuzz Editor", "Published: 5 May 2023": when the page put the text up. */
const POSTED_LINE = /^(?:posted|published|updated)(?:\s+on)?\s*:?\s*(.+?)(?:\s+(?:by|in)\s+.*)?$/iu

/** The date of a "Posted on ..." line, or null when the line is not one or holds no date. */
export function postedDate (line: string, parseDate: (text: string) => string | null): string | null {
  const match = POSTED_LINE.exec(line)
  return match === null ? null : parseDate((match[1] ?? '').replace(/,?\s+(?:at\s+)?\d{1,2}:\d{2}.*$/u, ''))
}

// Where a copied page's own lists start ("Related posts", "Tags: ..."): what
// follows is other articles, not the text.
export const PAGE_END = /^(?:related(?:\s+(?:posts|articles|news|stories|content))?|you (?:may|might) also like|more (?:news|stories)(?:\s+from\s+.*)?|read also|see also|leave a (?:reply|comment)|comments?|tags\s*:.*|categories\s*:.*|filed under\s*:?.*)\s*:?$/iu

// Headings of the press-corner footer, in the languages of the exports. A
// contacts or public-inquiries heading may carry its content on the same line.
const SECTION_MARKERS: Array<[TailSection, RegExp]> = [
  ['contacts', /^(?:press contacts?|media contacts?|contacts? (?:presse|pour la presse|pour les médias)|kontakt für die medien|pressekontakte?|contatti per la stampa|contactos? (?:de|para a) (?:prensa|imprensa)|perscontact(?:en)?|kontakty dla mediów)\s*:?/i],
  // The Council's footer: "Press office - General Secretariat of the Council", its address, phone and e-mail on the lines after.
  ['office', /^press office\s*[-–—]\s*general secretariat of the council\b/i],
  ['public', /^(?:general public inquiries|kontakt für die öffentlichkeit|demandes du public|informazioni al pubblico|solicitudes de información|pedidos de informação|vragen van het publiek|europe direct)\b/i],
  ['documents', /^(?:related documents?|verwandte dokumente|documents? (?:connexes|liés|associés)|documenti correlati|documentos relacionados|related links|for more information)\s*:?$/i],
  ['media', /^(?:related media|photos?(?:\s+(?:and|&)\s+videos?)?|videos?|audiovisual(?: material)?|médias? (?:associés|connexes)|fotos?)\s*:?$/i],
  // Footer lists the contract has no field for.
  ['ignored', /^(?:related topics?|related policies|print friendly pdf|share this page)\s*:?$/i]
]

export function tailSection (line: string): TailSection | null {
  for (const [section, marker] of SECTION_MARKERS) if (marker.test(line)) return section
  return null
}

// "MAMER" -> "Mamer", and the capitals after a "Mc" or "Mac": "McPHIE" -> "McPhie".
const title = (word: string): string => word.replace(/\p{L}+/gu, (part) =>
  part.length > 1 && part === part.toUpperCase()
    ? part.charAt(0) + part.slice(1).toLowerCase()
    : part.replace(/^(\p{Lu}\p{Ll}{1,2}\p{Lu})(\p{Lu}+)$/u, (_, head: string, rest: string) => head + rest.toLowerCase()))

/**
 * Press-corner lists surnames in capitals ("Eric MAMER"); contacts are shown
 * as names, so all-capital words are put in title case ("Eric Mamer").
 */
export function contactName (raw: string): string {
  return raw.trim().split(/\s+/).map(title).join(' ')
}

const NAME = String.raw`(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|von|van|der|de|del|della|di|da|du|le|la)){0,4})`
const PHONE = String.raw`(\+?\d[\d \t./()-]{5,}\d)`
const CONTACT = new RegExp(`${NAME}[ \\t]*(?:[–—-]|,|:)?[ \\t]*\\(?[ \\t]*(?:(?:Tel|Tél|Phone|Tlf)\\.?[ \\t]*:?[ \\t]*)?${PHONE}\\)?`, 'gu')
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g

/** Contacts in "Eric MAMER (+32 2 299 40 73) Dana SPINANT (+32 2 299 01 50)" or "Mina Andreeva – Tel.: +32 229 91382". */
export function parseContacts (text: string): PressContact[] {
  const found: Array<PressContact & { at: number }> = []
  for (const match of text.matchAll(CONTACT)) {
    const name = (match[1] ?? '').replace(/\s+(?:Tel|Tél|Phone)\.?$/, '')
    const phone = (match[2] ?? '').replace(/\s+/g, ' ').trim()
    found.push({ name: contactName(name), phone, email: null, at: match.index + match[0].length })
  }
  for (const match of text.matchAll(EMAIL)) {
    // An address belongs to the contact whose surname it spells, else to the nearest one before it.
    const local = match[0].split('@')[0]?.toLowerCase() ?? ''
    const named = found.find((contact) => local.includes(contact.name.split(' ').at(-1)?.toLowerCase() ?? '\u0000'))
    const owner = named ?? found.filter((contact) => contact.at <= match.index).at(-1)
    if (owner !== undefined && owner.email === null) owner.email = match[0]
  }
  return found.map(({ name, phone, email }) => ({ name, phone, email }))
}

// Daily-news items end with "(For more information: Name – Tel.: ...)".
const INLINE_CONTACTS = /\(\s*(?:for more information|pour plus d['’]informations?|für weitere informationen|per maggiori informazioni|para más información|voor meer informatie|para mais informações)\s*:/i

/** Where an inline contacts parenthesis starts in a paragraph, and the contacts it holds. */
export function inlineContacts (text: string): { at: number, closesParagraph: boolean, contacts: PressContact[] } | null {
  const match = INLINE_CONTACTS.exec(text)
  if (match === null) return null
  const close = text.indexOf(')', match.index)
  const body = text.slice(match.index, close === -1 ? text.length : close + 1)
  const closesParagraph = close === -1 || text.slice(close + 1).trim() === ''
  return { at: match.index, closesParagraph, contacts: parseContacts(body) }
}

export interface Tail {
  pressContacts: PressContact[]
  relatedDocuments: string[]
  relatedMedia: string[]
}

/** Reads the footer after the body: contacts and related lists; the rest is dropped. */
export function parseTail (lines: Line[]): Tail {
  const tail: Tail = { pressContacts: [], relatedDocuments: [], relatedMedia: [] }
  // Contacts are read as one text, so an e-mail line joins the contact above it.
  const contactLines: string[] = []
  const officeLines: string[] = []
  let section: TailSection | null = null
  for (const line of lines) {
    if (line.text === '' || REFERENCE_LINE.test(line.text)) continue
    const heading = tailSection(line.text)
    const content = heading === null ? line.text : line.text.replace(SECTION_MARKERS.find(([s]) => s === heading)?.[1] ?? /^/, '').trim()
    if (heading !== null) section = heading
    if (content === '') continue
    if (section === 'office') officeLines.push(line.text)
    else if (section === 'contacts') contactLines.push(content)
    else if (section === 'documents') tail.relatedDocuments.push(...content.split(/(?<=\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|csv))\s+/i))
    else if (section === 'media') tail.relatedMedia.push(content)
  }
  tail.pressContacts = parseContacts(joinContactLines(contactLines).join('\n'))
  if (officeLines.length > 0) tail.pressContacts.push(officeContact(officeLines.join('\n')))
  return tail
}

/** The Council press office as one contact: its name, its first phone number and e-mail address. */
function officeContact (text: string): PressContact {
  const phone = /(?:Tel|Tél|Phone)\.?\s*:?\s*(\+?\d[\d ./()-]{5,}\d)/iu.exec(text)?.[1]?.replace(/\s+/g, ' ') ?? null
  const email = text.match(EMAIL)?.[0] ?? null
  return { name: 'Press office - General Secretariat of the Council', phone, email }
}

// The press corner's current layout gives each part of a contact a line:
// "Johanna BERNSEL", "Phone", "+32 2 298 66 99", "Mail", "johanna.bernsel@...".
const LABEL_LINE = /^(?:phone|tel\.?|tél\.?|telephone|mobile|mail|e-?mail)\s*:?$/iu
const PHONE_LINE = new RegExp(`^${PHONE}$`, 'u')

/** Contact lines with the label lines dropped and each phone line joined to the name line before it. */
function joinContactLines (lines: string[]): string[] {
  const joined: string[] = []
  for (const line of lines) {
    if (LABEL_LINE.test(line)) continue
    const last = joined.length - 1
    if (PHONE_LINE.test(line) && last >= 0) joined[last] = `${joined[last] ?? ''} ${line}`
    else joined.push(line)
  }
  return joined
}
