import type { ActorExtraction, ActorRecord, Mention, NamedPerson, ParagraphSpan, ParsedDocument, StatementActorRole } from '../types.js'
import { asOf, phraseKey, type Gazetteer } from './gazetteer.js'
import { affiliationOfRole, bodyNamed, firstNameOf, namesakeNamedInFull, namesNoGuest, resolveHit, resolvePerson, roleHolds, sameTitle, titleHolders, withFullName, type Resolution } from './resolve.js'
import { scanText, type Hit } from './scan.js'
import { courtsTakenUp, isCourt, takesUpAnotherAlliance } from './back-reference.js'
import { isWordChar } from './tokens.js'
import { PARTICLES } from './match-person.js'
import { capitalLabelAsName, opensOnLabel, opensOnNameAndComma } from '../signature-line.js'

interface Located { hit: Hit, paragraph: ParagraphSpan }

class ActorCollector {
  readonly actors = new Map<string, ActorRecord>()
  readonly roles = new Map<string, Set<StatementActorRole>>()

  add (record: ActorRecord, role: StatementActorRole): void {
    if (!this.actors.has(record.id)) this.actors.set(record.id, record)
    const set = this.roles.get(record.id)
    if (set === undefined) this.roles.set(record.id, new Set([role]))
    else set.add(role)
  }

  has (id: string, role: StatementActorRole): boolean {
    return this.roles.get(id)?.has(role) ?? false
  }

  /** Puts `record` in the place of the actor `from`, keeping the order and the roles. */
  rename (from: string, record: ActorRecord): void {
    if (!this.roles.has(from)) return
    const actors = [...this.actors].map(([id, actor]): [string, ActorRecord] => id === from ? [record.id, record] : [id, actor])
    const allRoles = [...this.roles].map(([id, set]): [string, Set<StatementActorRole>] => id === from ? [record.id, set] : [id, set])
    this.actors.clear()
    this.roles.clear()
    for (const [id, actor] of actors) if (!this.actors.has(id)) this.actors.set(id, actor)
    for (const [id, set] of allRoles) this.roles.set(id, new Set([...(this.roles.get(id) ?? []), ...set]))
  }
}

function sentencePosition (paragraph: ParagraphSpan, start: number): number {
  for (const sentence of paragraph.sentences) {
    if (start >= sentence.start && start < sentence.end) return sentence.position
  }
  return paragraph.sentences.at(-1)?.position ?? 1
}

function fromMetadata (people: NamedPerson[], role: StatementActorRole, context: Resolution, collector: ActorCollector, gazetteer: Gazetteer): void {
  for (const person of people) {
    // A title may name a body, not a person: "Statement by the European
    // Commission" is the Commission's, and "with Mercosur" names a partner,
    // whose mentions in the text are enough.
    const body = person.role === null ? bodyNamed(person.name, gazetteer) : null
    if (body !== null) {
      const record = gazetteer.actors.get(body)
      if (role === 'speaker' && record !== undefined) collector.add(record, role)
      continue
    }
    // "Members of the College": words joined by "of" without a title name a group or a body, not a person.
    if (person.role === null && /\sof\s/u.test(person.name)) continue
    // "the contract with AstraZeneca": a guest of one unknown word is a company, no person.
    if (person.role === null && role !== 'speaker' && namesNoGuest(person.name, gazetteer)) continue
    const record = resolvePerson(person.name, person.role, context, gazetteer)
    context.people.set(record.id, record)
    context.roles.set(record.id, person.role)
    if (role === 'speaker') context.speakers.add(record.id)
    // Someone who speaks is not also addressed by their own title line.
    if (role === 'speaker' || !collector.has(record.id, 'speaker')) collector.add(record, role)
  }
}

/**
 * A person the title line names by surname only ("Statement by Commissioner
 * Lindqvist") whom the text names in full ("Anna Lindqvist") takes the full
 * name and its id, which is the id every document naming them in full gives
 * them; so does one the text first names by title and surname ("Dear
 * President Petro,") and later in full under the same title ("President
 * Gustavo Petro"). Not when the text gives the surname more than one full name.
 */
function nameInFull (located: Located[], resolved: Array<ActorRecord | null>, context: Resolution, collector: ActorCollector, gazetteer: Gazetteer): void {
  const fuller = new Map<string, ActorRecord | null>()
  located.forEach(({ hit }, index) => {
    const record = resolved[index]
    // The people the title line made (context.roles holds their titles), or the same title twice in the text.
    if (hit.kind !== 'named' || record === null || record === undefined) return
    if (!context.roles.has(record.id) && !sameTitle(hit.title, record.role)) return
    const full = withFullName(record, hit.name, hit.title, gazetteer)
    if (full === null) return
    const seen = fuller.get(record.id)
    if (seen === undefined) fuller.set(record.id, full)
    else if (seen !== null && seen.name !== full.name) fuller.set(record.id, null)
  })
  for (const [from, full] of fuller) {
    if (full === null) continue
    resolved.forEach((record, index) => { if (record?.id === from) resolved[index] = full })
    context.people.delete(from)
    context.people.set(full.id, full)
    context.roles.set(full.id, context.roles.get(from) ?? null)
    context.roles.delete(from)
    const titles = context.titlesInText.get(from)
    if (titles !== undefined) context.titlesInText.set(full.id, [...(context.titlesInText.get(full.id) ?? []), ...titles])
    context.titlesInText.delete(from)
    if (context.speakers.delete(from)) context.speakers.add(full.id)
    collector.rename(from, full)
  }
}

// "I will not be the Commissioner who implements it": a relative clause after a bare title says which holder, none yet named.
const DESCRIBED = /^\s+(?:who|whom|whose|that)\b/u

function describesTitle (hit: Hit, source: string): boolean {
  return hit.kind === 'title' && DESCRIBED.test(source.slice(hit.end, hit.end + 8))
}

/** Hits that name someone outright; first names and bare titles wait for the whole document. */
function isDefinite (hit: Hit): boolean {
  return hit.kind === 'actor' || (hit.kind === 'named' && (hit.title !== null || hit.courtesy))
}

/**
 * "Commissioner Šefčovič will travel to Beijing. The Commissioner will raise
 * ...": a bare title that several of the document's people hold, all of one
 * body, is the one of them named last before it, as daily news, whose items
 * each name their own Commissioner, write. Null when none was named before it.
 */
function lastHolderNamed (located: Located[], resolved: Array<ActorRecord | null>, index: number, context: Resolution, affiliationOf: (record: ActorRecord | undefined) => string | null): ActorRecord | null {
  const hit = located[index]?.hit
  if (hit?.kind !== 'title') return null
  const holders = titleHolders(hit.title, context)
  if (holders.length < 2) return null
  // Counterparts ("President von der Leyen spoke with President Zelenskyy")
  // leave "the President" open: only colleagues of one body are told apart by the text's order.
  const bodies = new Set(holders.map((id) => affiliationOf(context.people.get(id))))
  if (bodies.size !== 1 || bodies.has(null)) return null
  for (let i = index - 1; i >= 0; i--) {
    const record = resolved[i]
    if (record != null && holders.includes(record.id)) return record
  }
  return null
}

/**
 * A person the gazetteer does not know, whose first title names no body
 * ("Readout of the meeting between Commissioner Šefčovič and Minister Nick
 * Thomas-Symonds"), speaks for the one a later title names: "Nick
 * Thomas-Symonds, the UK Minister for European Union Relations" or "UK
 * Minister Nick Thomas-Symonds" for the United Kingdom, so "Both sides" is
 * the EU and the UK, not the EU and him.
 */
function titledElsewhere (record: ActorRecord, context: Resolution, gazetteer: Gazetteer): ActorRecord {
  for (const title of context.titlesInText.get(record.id) ?? []) {
    const body = affiliationOfRole(title, gazetteer)
    if (body !== null) return { ...record, affiliationId: body }
  }
  return record
}

// Between a body and the title it opens: a space, or a portfolio's capitalised words ("UK Foreign Secretary").
const BODY_TO_TITLE = /^(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+$/u
// Between a title and the name it is given to, when the scan read the portfolio first: "Minister for Foreign Affairs, Jan Tamm".
const TITLE_TO_NAME = /^,?\s+$/u

/**
 * The title of a person the gazetteer does not know, with the country or body
 * the scan found right before it: "UK Minister Jan Tamm", "Estonia's Foreign
 * Minister Jan Tamm", "the Estonian Minister for Foreign Affairs, Jan Tamm"
 * hold "UK Minister", "Estonia Foreign Minister", "Estonian Minister for
 * Foreign Affairs", so the person speaks for that body (titledElsewhere).
 */
function withBodyBefore (title: string, start: number, located: Located[], paragraph: ParagraphSpan, source: string): string {
  const titleStart = source.startsWith(title, start) ? start : source.lastIndexOf(title, start)
  if (titleStart < paragraph.start || (titleStart !== start && !TITLE_TO_NAME.test(source.slice(titleStart + title.length, start)))) return title
  // The hit before the title; a capital inside it ("Minister" as a first name) is no body.
  let before: Hit | undefined
  for (let i = located.length - 1; i >= 0 && before === undefined; i--) {
    const entry = located[i] as Located
    if (entry.paragraph !== paragraph) break
    if (entry.hit.end <= titleStart) before = entry.hit
  }
  if (before?.kind !== 'actor') return title
  const gap = source.slice(before.end, titleStart)
  if (!BODY_TO_TITLE.test(gap)) return title
  // "Estonia's Foreign Minister": the body's name without its possessive.
  return source.slice(before.start, before.end).replace(/['’]s?$/u, '') + gap + title
}

/**
 * A known person as of the document: whom its own titles say they speak for
 * ("French Finance Minister Pierre Moscovici", "Executive Vice-President
 * Timmermans"), they hold the gazetteer's role when it calls them by its title
 * ("High Representative/Vice-President Borrell"), and otherwise whom they spoke
 * for on its date ("Prime Minister Rutte" in 2016 for the Netherlands).
 */
function datedRecord (record: ActorRecord, date: string | null, context: Resolution, gazetteer: Gazetteer): ActorRecord {
  if (record.type === 'person' && record.affiliationId == null && !gazetteer.actors.has(record.id)) return titledElsewhere(record, context, gazetteer)
  if (date === null || !gazetteer.affiliationPeriods.has(record.id)) return record
  const titles = [context.roles.get(record.id) ?? null, ...(context.titlesInText.get(record.id) ?? [])].filter((title) => title !== null)
  for (const title of titles) {
    const body = affiliationOfRole(title, gazetteer)
    if (body !== null) return body === record.affiliationId ? record : { ...record, affiliationId: body }
  }
  return titles.some((title) => roleHolds(record.role, title)) ? record : asOf(record, date, gazetteer)
}

/**
 * Headings are in Title Case, where a capital says nothing about names:
 * "Commissioner Simson Visits Kyiv" would make a person "Simson Visits". A
 * line that opens on a name, a comma and a title is the signature under a
 * quote, "Janez Lenarčič, Commissioner for Crisis Management", and a titled
 * name before a colon is a transcript's speaker label, "Minister Siemoniak:",
 * not a heading.
 */
function isTitleCaseGuess (hit: Hit, paragraph: ParagraphSpan, record: ActorRecord, gazetteer: Gazetteer): boolean {
  if (paragraph.kind !== 'heading' || hit.kind !== 'named' || gazetteer.actors.has(record.id)) return false
  return hit.title === null || !(opensOnNameAndComma(paragraph, hit.start, hit.end) || opensOnLabel(paragraph, hit.start, hit.end) || isSentenceCase(paragraph.text))
}

// Words Title Case leaves in lowercase: "Agreement with Minister Jan Novak on Trade".
const TITLE_CASE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'onto', 'over', 'after', 'before', 'between', 'via', 'as', 'per', 'vs', 'against', 'about', 'under', 'upon'])

/**
 * A heading in sentence case, whose capitals mark names as a sentence's do:
 * a lowercase word other than those Title Case leaves in lowercase, as the
 * verb of "Commissioner Zaharieva meets Minister Marcin Kulasek".
 */
function isSentenceCase (text: string): boolean {
  for (const word of text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}]*/gu) ?? []) if (!TITLE_CASE_LOWER.has(word) && !PARTICLES.has(word)) return true
  return false
}

/**
 * Actors of a document: mentions in its paragraphs, speakers and people from its
 * title line, and who is addressed. Two passes: names first, then first names and
 * bare titles ("Dear Jens", "Madam Prime Minister") against the people the
 * document itself names, so they never guess from the whole gazetteer.
 */
export function extractActors (doc: ParsedDocument, gazetteer: Gazetteer): ActorExtraction {
  const collector = new ActorCollector()
  const context: Resolution = { people: new Map(), roles: new Map(), speakers: new Set(), firstNames: new Map(), titlesInText: new Map() }
  fromMetadata(doc.metadata.speakers, 'speaker', context, collector, gazetteer)
  // Without a speaker nobody is spoken to: "Readout of the phone call between President von der Leyen and President Zelenskyy".
  fromMetadata(doc.metadata.people, doc.metadata.speakers.length > 0 ? 'addressee' : 'mentioned', context, collector, gazetteer)

  const located: Located[] = []
  const resolved: Array<ActorRecord | null> = []
  // Where the text last named each body by a name other than "the Alliance".
  const namedAt = new Map<string, number>()
  for (const paragraph of doc.paragraphs) {
    const named = capitalLabelAsName(paragraph.text)
    const label = named !== null && doc.sourceText.startsWith(paragraph.text, paragraph.start) ? named : null
    const source = label === null ? doc.sourceText : doc.sourceText.slice(0, paragraph.start) + label + doc.sourceText.slice(paragraph.start + label.length)
    for (const hit of scanText(label ?? paragraph.text, paragraph.start, source, gazetteer)) {
      const known = isDefinite(hit) ? resolveHit(hit, context, gazetteer) : null
      // A surname alone, with no title: "Mr Kuleba" after "Deputy Prime Minister Oleksii Kuleba".
      const untitled = hit.kind === 'actor' ? source.slice(hit.start, hit.end) : hit.kind === 'named' && hit.title === null ? hit.name : null
      const record = untitled === null ? known : namesakeNamedInFull(known, untitled, context, gazetteer)
      // In capitals, only a titled person the gazetteer knows: "PRIME MINISTER CARNEY:", not "QUESTIONS AND ANSWERS:".
      if (label !== null && (record?.type !== 'person' || !gazetteer.actors.has(record.id))) continue
      if (record != null && hit.kind === 'actor') {
        if (takesUpAnotherAlliance(source, hit.start, hit.end, namedAt.get(record.id) ?? -1)) continue
        namedAt.set(record.id, hit.end)
      }
      if (record?.type === 'person') context.people.set(record.id, record)
      if (record?.type === 'person' && hit.kind === 'named' && hit.title !== null) {
        const title = gazetteer.actors.has(record.id) ? hit.title : withBodyBefore(hit.title, hit.start, located, paragraph, source)
        context.titlesInText.set(record.id, [...(context.titlesInText.get(record.id) ?? []), title])
      }
      located.push({ hit, paragraph })
      resolved.push(record)
    }
  }
  nameInFull(located, resolved, context, collector, gazetteer)
  for (const record of context.people.values()) {
    const key = firstNameOf(record, gazetteer)
    if (key !== null) context.firstNames.set(key, [...(context.firstNames.get(key) ?? []), record.id])
  }

  const house = addressedAssembly(located, resolved, doc.sourceText)
  const dated = (record: ActorRecord): ActorRecord => datedRecord(record, doc.metadata.date, context, gazetteer)
  const affiliationOf = (record: ActorRecord | undefined): string | null => record === undefined ? null : dated(record).affiliationId ?? null
  const mentions: Mention[] = []
  located.forEach(({ hit, paragraph }, index) => {
    const salutation = paragraph.kind === 'salutation'
    const found = resolved[index] ?? resolveHit(hit, context, gazetteer, salutation, !describesTitle(hit, doc.sourceText)) ?? (salutation ? null : lastHolderNamed(located, resolved, index, context, affiliationOf))
    const record = house !== null && found?.id === PARLIAMENT && THIS_HOUSE.test(doc.sourceText.slice(hit.start, hit.end)) ? house : found
    if (record === null || isTitleCaseGuess(hit, paragraph, record, gazetteer)) return
    mentions.push({
      actorId: record.id,
      paragraphPosition: paragraph.position,
      sentencePosition: sentencePosition(paragraph, hit.start),
      start: hit.start,
      end: hit.end,
      text: doc.sourceText.slice(hit.start, hit.end)
    })
    collector.add(record, 'mentioned')
    const addressed = paragraph.kind === 'salutation' || (hit.kind !== 'actor' && hit.address)
    if (addressed && record.type === 'person') collector.add(record, 'addressee')
  })

  const bySurname = surnameMentions(doc, [...collector.actors.values()], mentions, gazetteer)
  const byAcronym = acronymMentions(doc, mentions, collector.actors, gazetteer)
  const byCourt = courtMentions(doc, mentions, collector.actors)
  if (bySurname.length > 0 || byAcronym.length > 0 || byCourt.length > 0) {
    mentions.push(...bySurname, ...byAcronym, ...byCourt)
    mentions.sort((a, b) => a.start - b.start)
  }

  return {
    actors: [...collector.actors.values()].map(dated),
    mentions,
    roles: [...collector.roles].flatMap(([actorId, set]) => [...set].map(role => ({ actorId, role })))
  }
}

const PARLIAMENT = 'european-parliament'
const THIS_HOUSE = /^this\s+House$/iu
// "President of the European Committee of the Regions, dear Kata," opening a speech: the chair of the assembly spoken to.
const PRESIDENT_OF = /\bPresident\s+of\s+(?:the\s+)?$/u

/**
 * The assembly a speech is given before, when its opening words address that assembly's President and it is not the
 * Parliament: "President of the European Committee of the Regions, dear Kata Tüttő, Honourable Members," makes "It is a
 * pleasure to be back in this House" the Committee's, not the Parliament's, whose name "this House" is in the speeches
 * made there ("Madam President, Honourable Members," names no body).
 */
function addressedAssembly (located: Located[], resolved: Array<ActorRecord | null>, source: string): ActorRecord | null {
  const index = located.findIndex(({ hit, paragraph }) => paragraph.position === 1 && hit.kind === 'actor' && PRESIDENT_OF.test(source.slice(Math.max(0, hit.start - 20), hit.start)))
  const record = index === -1 ? null : resolved[index] ?? null
  return record !== null && record.id !== PARLIAMENT && (record.type === 'institution' || record.type === 'organisation') ? record : null
}

/** A bare "the Court" after the text named a court we know: a mention of that court (courtsTakenUp). */
function courtMentions (doc: ParsedDocument, mentions: Mention[], actors: Map<string, ActorRecord>): Mention[] {
  const courts = mentions.filter((mention) => isCourt(actors.get(mention.actorId)?.name ?? ''))
  if (courts.length === 0) return []
  return doc.paragraphs.flatMap((paragraph) => courtsTakenUp(doc.sourceText, doc.sourceText.slice(paragraph.start, paragraph.end), paragraph.start, courts)
    .filter((court) => !mentions.some((mention) => mention.start < court.end && court.start < mention.end))
    .map((court) => ({
      actorId: court.actorId,
      paragraphPosition: paragraph.position,
      sentencePosition: sentencePosition(paragraph, court.start),
      start: court.start,
      end: court.end,
      text: doc.sourceText.slice(court.start, court.end)
    })))
}

/**
 * A person the document names with a title or in its title line is named
 * without one elsewhere, in full ("with Dominic Raab") or by surname alone:
 * "Minister Sara Aagesen ... Aagesen's ministry", "Commissioner Christophe
 * Hansen ... Hansen underlined". The surname is everything after the first
 * name ("El Molla"), found as a capitalised whole word (with its possessive)
 * outside the mentions already made. Not when two people of the document
 * share it, when it names a body or country or is no name ("Jordan",
 * "May"), or when the text also writes it in lowercase, as a common word
 * ("Green", "Young").
 */
function surnameMentions (doc: ParsedDocument, actors: ActorRecord[], mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  const owners = new Map<string, string | null>()
  // The full names first, so that a surname inside one is not taken alone.
  // A name the gazetteer resolves to the person, the scan has found already.
  const names: Array<[string, string]> = []
  for (const actor of actors) {
    const surname = actor.type === 'person' ? surnameOf(actor.name) : null
    if (surname === null) continue
    if (gazetteer.people.get(phraseKey(actor.name)) !== actor.id) names.push([actor.name, actor.id])
    owners.set(surname, owners.has(surname) && owners.get(surname) !== actor.id ? null : actor.id)
  }
  for (const [surname, actorId] of owners) {
    if (actorId !== null && gazetteer.people.get(phraseKey(surname)) !== actorId && isNameOnly(surname, doc.sourceText, gazetteer)) names.push([surname, actorId])
  }
  if (names.length === 0) return []
  const found: Mention[] = []
  const taken = (start: number, end: number): boolean =>
    mentions.some((mention) => mention.start < end && mention.end > start) || found.some((mention) => mention.start < end && mention.end > start)
  for (const [name, actorId] of names) {
    for (const paragraph of doc.paragraphs) {
      if (paragraph.kind === 'heading') continue
      const text = paragraph.text
      for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
        const length = wholeNameLength(text, at, name)
        if (length === 0) continue
        const start = paragraph.start + at
        const end = start + length
        // Part of a longer name: "Horizon Example", "Johnson & Johnson", "Aagesen Foundation".
        if (taken(start, end) || NAME_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || NAME_AFTER.test(text.slice(at + length, at + length + 3))) continue
        found.push({ actorId, paragraphPosition: paragraph.position, sentencePosition: sentencePosition(paragraph, start), start, end, text: text.slice(at, at + length) })
      }
    }
  }
  return found
}

// An acronym in brackets right after a name: "the Inter-American Development Bank (IDB)", "(AfDB)".
const ACRONYM_AFTER = /^\s?\((\p{Lu}[\p{Lu}\p{Ll}]{0,6}\p{Lu})\)/u

/**
 * Whether the acronym's capitals are initials of the name, in order, the first
 * the name's: "IDB" of "Inter-American Development Bank", "AfDB" of "African
 * Development Bank"; not "TFEU" after "the European Union", the end of the
 * Treaty's name.
 */
function abbreviates (acronym: string, name: string): boolean {
  const initials = name.split(/[\s-]+/u).map((word) => word[0] ?? '').filter((letter) => /\p{Lu}/u.test(letter)).join('')
  const capitals = acronym.replace(/\P{Lu}/gu, '')
  if (capitals[0] !== initials[0]) return false
  let at = 0
  for (const letter of capitals) {
    at = initials.indexOf(letter, at) + 1
    if (at === 0) return false
  }
  return true
}

/**
 * An acronym the document defines in brackets after a body's name, "the
 * Inter-American Development Bank (IDB)", names that body wherever the text
 * uses it: "The IDB will contribute up to $2 billion". Not one the gazetteer
 * knows, nor one defined for two bodies.
 */
function acronymMentions (doc: ParsedDocument, mentions: Mention[], actors: Map<string, ActorRecord>, gazetteer: Gazetteer): Mention[] {
  const owners = new Map<string, string | null>()
  for (const mention of mentions) {
    if (doc.sourceText[mention.end + (doc.sourceText[mention.end] === ' ' ? 1 : 0)] !== '(') continue
    const acronym = ACRONYM_AFTER.exec(doc.sourceText.slice(mention.end, mention.end + 12))?.[1]
    if (acronym === undefined || actors.get(mention.actorId)?.type === 'person' || !abbreviates(acronym, mention.text)) continue
    if (bodyNamed(acronym, gazetteer) !== null || gazetteer.people.has(phraseKey(acronym))) continue
    owners.set(acronym, owners.has(acronym) && owners.get(acronym) !== mention.actorId ? null : mention.actorId)
  }
  const found: Mention[] = []
  for (const [acronym, actorId] of owners) {
    if (actorId === null) continue
    for (const paragraph of doc.paragraphs) {
      const text = paragraph.text
      for (let at = text.indexOf(acronym); at !== -1; at = text.indexOf(acronym, at + 1)) {
        const length = wholeNameLength(text, at, acronym)
        const start = paragraph.start + at
        if (length === 0 || mentions.some((mention) => mention.start < start + length && mention.end > start)) continue
        found.push({ actorId, paragraphPosition: paragraph.position, sentencePosition: sentencePosition(paragraph, start), start, end: start + length, text: text.slice(at, at + length) })
      }
    }
  }
  return found
}

// A letter, mark or digit at text[at]; nothing before the start or after the end.
const wordCharAt = (text: string, at: number): boolean => at >= 0 && at < text.length && isWordChar(text.charCodeAt(at))

/**
 * The length of `name` at `at` in `text` with its possessive ("Aagesen's"),
 * or 0 when it is part of a longer word or a hyphenated one.
 */
function wholeNameLength (text: string, at: number, name: string): number {
  const before = text[at - 1]
  if (wordCharAt(text, at - 1) || before === '-' || before === "'" || before === '’') return 0
  let end = at + name.length
  if (text[end] === "'" || text[end] === '’') end += text[end + 1] === 's' && !wordCharAt(text, end + 2) ? 2 : 1
  return wordCharAt(text, end) || text[end] === '-' ? 0 : end - at
}

/** What follows the first name of a name of two words or more: "Aagesen", "El Molla". */
function surnameOf (name: string): string | null {
  const words = name.trim().split(/\s+/)
  if (words.length < 2) return null
  const surname = words.slice(1).join(' ')
  return /^\p{Lu}/u.test(surname) && surname.length >= 3 && surname !== surname.toUpperCase() ? surname : null
}

/** A surname that is no body's or country's name, no word the gazetteer calls no name, and never written in lowercase in the text. */
function isNameOnly (surname: string, text: string, gazetteer: Gazetteer): boolean {
  if (bodyNamed(surname, gazetteer) !== null) return false
  if (surname.split(' ').some((word) => gazetteer.notNames.has(word))) return false
  const lower = surname.toLowerCase()
  for (let at = text.indexOf(lower); at !== -1; at = text.indexOf(lower, at + 1)) {
    if (!wordCharAt(text, at - 1) && !wordCharAt(text, at + lower.length)) return false
  }
  return true
}

const NAME_BEFORE = /(?:\p{Lu}[\p{L}'’-]*|&)\s+$/u
const NAME_AFTER = /^\s+(?:\p{Lu}|&)/u
