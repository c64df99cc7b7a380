import type { ActorExtraction, ActorRecord, ParsedDocument } from '../types.js'
import type { ModalPatterns } from './modal-patterns.js'
import type { Subject } from './subject.js'

/**
 * Who "we" and "I" are in one document.
 *
 * The rule: the speaker is the first actor with the role 'speaker'; the side
 * it speaks for is its affiliation (a Commission President ->
 * european-commission) or itself when it has none. "I" resolves to that side;
 * "we" to the body that side belongs to (weOf in the data file:
 * european-commission -> european-union), or to the side itself. In a joint
 * text with a partner organisation (a "Joint Declaration on EU-NATO
 * Cooperation" in the title, or a joint statement of two leaders), "we" in
 * a paragraph about the partnership resolves to both; in a joint statement
 * its speakers sign together ("Joint Statement by President von der Leyen
 * and President Biden"), every "we" does. Without a speaker, "we"
 * is the bodies the text declares itself to be ("We, the Leaders of the G7,"),
 * else the bodies and countries a joint text's title names (authorsContext),
 * else in the publisher's own texts the publisher (publisherContext), else no one.
 */
export interface SpeakerContext {
  i: string[]
  we: string[]
  /** "we" in a paragraph about the partnership of a joint text. */
  jointWe: string[]
  /** Actors whose explicit subject counts as the speaker's side, with the people affiliated to them. */
  sideIds: Set<string>
  /**
   * The parties of sideIds that are not the speaker's own (a read-out's
   * counterpart, a joint text's partner), with their people: what one of them
   * says the others will or must do is a claim, not a pledge.
   */
  partners?: Set<string>
  /**
   * The institutions of one body that sign a joint text together ("Joint
   * statement by President Metsola and President von der Leyen"), whose "we"
   * is that body's: whom "Both institutions will" stands for (partiesOf).
   */
  institutions?: string[]
  /**
   * The two parties of the meeting a title names ("EU-China Summit"), the side's first: whom "Both sides" and "The
   * leaders" stand for in a text that is no joint one, whose "we" stays the speaker's.
   */
  metParties?: string[]
}

/**
 * Whom a subject that names all the parties stands for ("Both sides", "The three institutions"): a joint text's
 * parties, the institutions that sign it, or the two whose meeting the title names; none in any other text.
 */
export function partiesOf (speaker: SpeakerContext): readonly string[] {
  return speaker.jointWe.length > 1 ? speaker.jointWe : speaker.institutions ?? speaker.metParties ?? []
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Where the title names the actor, as whole words: [start, end] pairs. */
function spansIn (actor: ActorRecord, title: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const name of [actor.name, ...actor.aliases]) {
    if (name.length <= 1 || !title.includes(name)) continue
    // Not \b, an ASCII word boundary: "Åland Islands" starts with a letter it does not know.
    for (const match of title.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu'))) spans.push([match.index, match.index + name.length])
  }
  return spans
}

/** Where the title first names the actor, as a whole word; -1 when it does not. */
function firstIndexIn (actor: ActorRecord, title: string): number {
  return spansIn(actor, title).reduce((first, [start]) => first === -1 || start < first ? start : first, -1)
}

const namedIn = (actor: ActorRecord, title: string): boolean => firstIndexIn(actor, title) >= 0

/**
 * The bodies (organisations and institutions) the title names; not one named
 * only inside another's longer name: "UN High Commissioner for Refugees Filippo
 * Grandi" names UNHCR, not the UN.
 */
function bodiesNamedIn (actors: ActorRecord[], title: string): ActorRecord[] {
  const named = actors
    .filter((actor) => actor.type === 'organisation' || actor.type === 'institution')
    .map((actor) => ({ actor, spans: spansIn(actor, title) }))
    .filter(({ spans }) => spans.length > 0)
  const inside = ([start, end]: [number, number], [otherStart, otherEnd]: [number, number]): boolean =>
    otherStart <= start && end <= otherEnd && otherEnd - otherStart > end - start
  const covered = (span: [number, number], actor: ActorRecord): boolean =>
    named.some((other) => other.actor !== actor && other.spans.some((longer) => inside(span, longer)))
  return named.filter(({ actor, spans }) => !spans.every((span) => covered(span, actor))).map(({ actor }) => actor)
}

// What joins the parties a title names: "EU-US", "EU–China", "the EU and Canada", "the EU, Japan and ...".
const JOINED = /^(?:\s*[-–/]\s*|\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)$/i

/**
 * The countries a joint text's title names as parties: joined to one of its
 * bodies, or to a country so joined ("EU-US Summit Joint Statement", "Joint
 * statement by the European Union and Canada on Haiti"), not the subject
 * matter ("on Haiti").
 */
function partyCountries (title: string, parties: ActorRecord[], actors: ActorRecord[]): ActorRecord[] {
  const spans = (list: ActorRecord[]): Array<[number, number]> => list.flatMap((actor) => spansIn(actor, title))
  // The text between two spans of the title; null when they overlap.
  const between = ([start, end]: [number, number], [otherStart, otherEnd]: [number, number]): string | null =>
    otherEnd <= start ? title.slice(otherEnd, start) : end <= otherStart ? title.slice(end, otherStart) : null
  const joined = (actor: ActorRecord, to: Array<[number, number]>): boolean => spansIn(actor, title).some((span) =>
    to.some((other) => JOINED.test(between(span, other) ?? 'overlapping')))
  const countries: ActorRecord[] = []
  let partySpans = spans(parties)
  for (let grew = true; grew;) {
    const found = actors.filter((actor) => actor.type === 'country' && !countries.includes(actor) && joined(actor, partySpans))
    countries.push(...found)
    partySpans = [...partySpans, ...spans(found)]
    grew = found.length > 0
  }
  return countries
}

/**
 * The side an actor speaks for (its affiliation, or itself) and the body its
 * "we" stands for (weOf: the Commission's is the Union's).
 */
export function sideOf (actor: ActorRecord, patterns: ModalPatterns): { side: string, body: string } {
  const side = actor.affiliationId ?? actor.id
  return { side, body: patterns.weOf.get(side) ?? side }
}

/**
 * A joint text signed by offices, not people ("Joint Declaration ... by the
 * President of the European Council, the President of the European Commission,
 * and the Secretary General of the North Atlantic Treaty Organization"), or
 * by parties ("EU-US Summit Joint Statement"): its "we" is the bodies its
 * title names, each as its "we" (the Commission's is the Union's), and the
 * countries joined to them. A text that declares who "we" are ("We, the
 * Leaders of the Group of Seven (G7), ...") is those bodies. Any other text
 * without a speaker has no "we".
 */
function authorsContext (doc: ParsedDocument, actors: ActorExtraction, patterns: ModalPatterns, sideIds: Set<string>): SpeakerContext {
  const declared = declaredWe(doc, actors, patterns)
  if (declared.length > 0) return { i: [], we: declared, jointWe: declared, sideIds: new Set([...sideIds, ...declared]) }
  const title = doc.metadata.title ?? ''
  if (!patterns.jointTitle.test(title)) return spokenForContext(title, actors, patterns, sideIds) ?? publisherContext(doc, patterns, sideIds)
  // In the order the title names them: "EU-NATO" is the Union, then NATO.
  const bodies = bodiesNamedIn(actors.actors, title)
  const named = [...bodies, ...partyCountries(title, bodies, actors.actors)]
    .map((actor) => ({ actor, at: firstIndexIn(actor, title) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
  const authors: string[] = []
  for (const { actor } of named) {
    const { body } = sideOf(actor, patterns)
    if (!authors.includes(body)) authors.push(body)
  }
  // "Joint Declaration by the President of the European Parliament and the President of the European Commission":
  // the Union's institutions sign as the Union, whose "we" it is; "Both institutions will" is each of them.
  const institutions = [...new Set(named.map(({ actor }) => actor.affiliationId ?? actor.id))]
  const [union] = authors
  if (authors.length === 1 && union !== undefined && sideIds.has(union) && institutions.length > 1 && !institutions.includes(union)) {
    return { i: [], we: [union], jointWe: [union], institutions, sideIds: new Set([...sideIds, ...institutions, union]) }
  }
  if (authors.length < 2) return metWithContext(title, authors, actors.actors, patterns, sideIds) ?? publisherContext(doc, patterns, sideIds)
  return { i: [], we: authors, jointWe: authors, sideIds: new Set([...sideIds, ...authors]) }
}

// "the Accession Conference with Albania", "the High-Level Dialogue with the Philippines": whom the title's meeting is with.
const MET_WITH = /\bwith\s+(?:the\s+)?/giu

/**
 * A joint text whose title names its partners only as those the side met
 * ("Joint press statement following the Accession Conference with Albania",
 * "... Intergovernmental Conferences with Ukraine and Moldova"): its parties
 * are the publisher's "we" (the Commission's is the Union's) and the countries
 * named right after "with", as the Union's side of such a meeting publishes
 * it. Null when the title names any other country or body, whose part it does
 * not tell ("Joint statement by France and Germany after their meeting with
 * Albania"), or no country after "with".
 */
function metWithContext (title: string, authors: string[], actors: ActorRecord[], patterns: ModalPatterns, sideIds: Set<string>): SpeakerContext | null {
  const first = countriesAfter(MET_WITH, title, actors)
  if (first.length === 0) return null
  const met = [...new Set([...first, ...partyCountries(title, first, actors)])]
  const own = patterns.weOf.get(patterns.publisher.actor) ?? patterns.publisher.actor
  const others = actors.filter((actor) => actor.type !== 'person' && !met.includes(actor) && namedIn(actor, title) && sideOf(actor, patterns).body !== own)
  if (others.length > 0 || authors.some((id) => id !== own)) return null
  const parties = [own, ...met.map((actor) => actor.id)]
  return { i: [], we: parties, jointWe: parties, sideIds: new Set([...sideIds, ...parties]) }
}

// "We, the Leaders of the Group of Seven (G7), met ...": who "we" are, up to
// the comma before the verb (a comma before a lowercase word other than "and"
// or "the"), so that a list of countries stays whole.
const WE_DECLARED = /\bWe,\s+the\s+(?:[^.;:!?]*?)(?=,\s+(?!and\b|the\b)\p{Ll})/u
const DECLARING_PARAGRAPHS = 3

// "the Heads of State and Government of ...", "the Member States of ...": a group whose body "of" names next.
const OF_NEXT = /^\s+of\s/u

/**
 * The bodies a text without a speaker declares itself to be, in its first
 * paragraphs: each as its "we" (the European Council's is the Union's). A
 * group followed by "of" and a body is that body's people, no party: "We, the
 * Heads of State and Government of the Member States of the African Union and
 * the European Union," are the AU and the EU.
 */
function declaredWe (doc: ParsedDocument, actors: ActorExtraction, patterns: ModalPatterns): string[] {
  for (const paragraph of doc.paragraphs.filter((p) => p.kind === 'body').slice(0, DECLARING_PARAGRAPHS)) {
    const declaration = WE_DECLARED.exec(paragraph.text)
    if (declaration === null) continue
    const start = paragraph.start + declaration.index
    const end = start + declaration[0].length
    const declared = actors.mentions
      .filter((m) => m.start >= start && m.end <= end)
      .map((mention) => ({ mention, actor: actors.actors.find((a) => a.id === mention.actorId) }))
      .filter((named): named is { mention: typeof named.mention, actor: ActorRecord } => named.actor !== undefined && named.actor.type !== 'person')
    const ids: string[] = []
    for (const { mention, actor } of declared) {
      const ofBody = OF_NEXT.test(paragraph.text.slice(mention.end - paragraph.start)) &&
        declared.some((later) => later.mention.start > mention.end && later.actor.type !== 'group')
      if (actor.type === 'group' && ofBody) continue
      const { body } = sideOf(actor, patterns)
      if (!ids.includes(body)) ids.push(body)
    }
    return ids
  }
  return []
}

const ON_BEHALF = /\bon\s+behalf\s+of\s+/u

/**
 * A text without a speaker spoken on behalf of a body, "Statement by the High
 * Representative on behalf of the EU", speaks as that body: its "we" and the
 * "I" of the one unnamed who speaks for it. Null when the title names no body
 * right after "on behalf of".
 */
function spokenForContext (title: string, actors: ActorExtraction, patterns: ModalPatterns, sideIds: Set<string>): SpeakerContext | null {
  const on = ON_BEHALF.exec(title)
  if (on === null) return null
  const rest = title.slice(on.index + on[0].length)
  const body = bodiesNamedIn(actors.actors, rest).find((actor) => /^(?:the\s+)?$/iu.test(rest.slice(0, firstIndexIn(actor, rest))))
  if (body === undefined) return null
  const { body: we } = sideOf(body, patterns)
  return { i: [we], we: [we], jointWe: [we], sideIds: new Set([...sideIds, body.id, we]) }
}

/**
 * A text without a speaker that is not signed by several bodies, when it is
 * the publisher's own (a press release, a Q&A: publisher in the data file):
 * its "we" is the publisher, as in "We will present further proposals in
 * 2021"; it has no "I". Any other such text has no "we" either.
 */
function publisherContext (doc: ParsedDocument, patterns: ModalPatterns, sideIds: Set<string>): SpeakerContext {
  const { actor, types, references, titles } = patterns.publisher
  const own = types.has(doc.metadata.type) || references.test(doc.metadata.reference ?? '') || titles.test(doc.metadata.title ?? '')
  if (!own) return { i: [], we: [], jointWe: [], sideIds }
  return { i: [], we: [actor], jointWe: [actor], sideIds: new Set([...sideIds, actor]) }
}

/**
 * A text without a speaker whose title names people of several sides, one of
 * them the speaker's ("Readout of the phone call between President von der
 * Leyen and President Zelenskyy"): their sides are its parties, whom "The
 * two leaders" and "Both leaders" stand for (partiesSubject), as in a joint
 * text. The title's people are the actors whose name ends with the name the
 * title gives, or who have it as an alias ("President Lula" is Luiz Inácio
 * Lula da Silva).
 */
function withTitlePeople (context: SpeakerContext, doc: ParsedDocument, actors: ActorExtraction, patterns: ModalPatterns): SpeakerContext {
  const title = doc.metadata.title ?? ''
  const visited = visitedIn(title, actors.actors)
  if (context.jointWe.length > 1 || (doc.metadata.people.length < 2 && visited.length === 0)) return context
  const people = doc.metadata.people.map(({ name }) => actors.actors.find((actor) => actor.type === 'person' && (actor.name === name || actor.name.endsWith(` ${name}`) || actor.aliases.includes(name))))
  // "Readout of Commissioner Síkela's visit to Brazil": the visitor, whom the possessive leaves out of the title's people.
  if (visited.length > 0) people.push(...actors.actors.filter((actor) => actor.type === 'person' && namedIn(actor, title)))
  const sides: string[] = []
  for (const party of [...people, ...visited]) {
    const side = party === undefined ? undefined : sideOf(party, patterns).body
    if (side !== undefined && !sides.includes(side)) sides.push(side)
  }
  const own = sides.findIndex((side) => context.sideIds.has(side))
  if (sides.length < 2 || own === -1) return context
  const parties = [sides[own] as string, ...sides.filter((_, index) => index !== own)]
  return { ...context, jointWe: parties, sideIds: new Set([...context.sideIds, ...parties]), partners: new Set(parties.slice(1)) }
}

// "visit to Brazil", "mission to the Philippines", "trip to India": where the title's visitor goes.
const VISIT_TO = /\b(?:visit|mission|trip)\s+to\s+(?:the\s+)?/giu

/**
 * The countries a title names right after a visit to them ("Readout of Commissioner Síkela's visit to Brazil"):
 * the host is the visit's other party, whom "Both sides" of its read-out stand for with the visitor's side.
 */
function visitedIn (title: string, actors: ActorRecord[]): ActorRecord[] {
  return countriesAfter(VISIT_TO, title, actors)
}

/** The countries a title names right after a match of `phrase` (a global expression): "visit to Brazil", "with Albania". */
function countriesAfter (phrase: RegExp, title: string, actors: ActorRecord[]): ActorRecord[] {
  const starts = [...title.matchAll(phrase)].map((match) => match.index + match[0].length)
  return actors.filter((actor) => actor.type === 'country' && spansIn(actor, title).some(([start]) => starts.includes(start)))
}

// "Joint statement by President Barroso and President Van Rompuy on the
// Eurogroup agreement on Greece": what a joint statement is on, after the
// names it is by, is no party ("on behalf of" is). Only a title that opens so:
// "Statement by ... following the signature of the Joint Declaration on EU-NATO Cooperation" is NATO's too.
const BY_UNTIL_ON = /^joint\s+(?:press\s+)?(?:declaration|statement|communiqu[eé])\s+by\s.*?(?=\s+on\s+(?!behalf\b))/iu

// "EU-NATO cooperation": a body paired with another by a dash or slash is a party, wherever the title names it.
const pairedIn = (actor: ActorRecord, title: string): boolean =>
  spansIn(actor, title).some(([start, end]) => /[-–/]/u.test(title.charAt(start - 1)) || /[-–/]/u.test(title.charAt(end)))

/** The part of a joint title that names who signs it: all of it, or up to what it is on. */
function signatories (title: string): string {
  const by = BY_UNTIL_ON.exec(title)
  return by === null ? title : by[0]
}

/**
 * The two parties a title names joined by a dash before the meeting they hold (pairMeeting: "EU-China Summit",
 * "the 24th EU-Japan summit", "EU–African Union Summit"), each as its "we", the side's first. The context unchanged when the title names no such pair, or one of the side's bodies twice.
 */
function withMetParties (context: SpeakerContext, doc: ParsedDocument, actors: ActorExtraction, patterns: ModalPatterns): SpeakerContext {
  const title = doc.metadata.title ?? ''
  if (context.jointWe.length > 1 || context.institutions !== undefined || !/[-–]/u.test(title)) return context
  const named = actors.actors.filter((actor) => actor.type !== 'person' && actor.type !== 'group')
    .flatMap((actor) => spansIn(actor, title).map(([start, end]) => ({ actor, start, end })))
  for (const second of named) {
    if (!patterns.pairMeeting.test(title.slice(second.end))) continue
    const first = named.find((one) => one.end < second.start && /^\s*[-–]\s*$/u.test(title.slice(one.end, second.start)))
    if (first === undefined) continue
    const pair = [sideOf(first.actor, patterns).body, sideOf(second.actor, patterns).body]
    const [own, other] = context.sideIds.has(pair[1] ?? '') && !context.sideIds.has(pair[0] ?? '') ? [pair[1], pair[0]] : pair
    if (own === undefined || other === undefined || own === other || !context.sideIds.has(own)) return context
    // The other party is no side: "China will open its market" in the text is China's claim, not the side's pledge.
    return { ...context, metParties: [own, other] }
  }
  return context
}

export function speakerContext (doc: ParsedDocument, actors: ActorExtraction, patterns: ModalPatterns): SpeakerContext {
  return withMetParties(contextOfSpeaker(doc, actors, patterns), doc, actors, patterns)
}

function contextOfSpeaker (doc: ParsedDocument, actors: ActorExtraction, patterns: ModalPatterns): SpeakerContext {
  const sideIds = new Set(patterns.ownActors)
  const role = actors.roles.find((r) => r.role === 'speaker')
  const speaker = role === undefined ? undefined : actors.actors.find((a) => a.id === role.actorId)
  if (speaker === undefined) {
    const context = withTitlePeople(authorsContext(doc, actors, patterns, sideIds), doc, actors, patterns)
    return { ...context, sideIds: withTheirPeople(context.sideIds, actors, patterns), partners: partnersWithPeople(context.partners, actors) }
  }
  const { side, body: spokenFor } = sideOf(speaker, patterns)
  // "Statement by the European Commission": the publisher speaking as itself says "we" for itself, as in its press releases.
  const body = speaker.id === patterns.publisher.actor ? speaker.id : spokenFor
  for (const id of [speaker.id, side, body]) sideIds.add(id)
  const title = doc.metadata.title ?? ''
  const joint = patterns.jointTitle.test(title)
  const bodies = joint ? bodiesNamedIn(actors.actors, title) : []
  const signedBy = signatories(title)
  const partners = [...bodies.filter((a) => !sideIds.has(a.id) && !patterns.weOf.has(a.id) && (namedIn(a, signedBy) || pairedIn(a, title))), ...partyCountries(title, bodies, actors.actors)]
    .map((a) => a.id)
  // "Joint Statement by President von der Leyen and President Biden": each
  // other speaker's side is a partner too, and as they sign the whole text
  // together, its every "we" is all of them, not only a passage about the
  // partnership.
  let cosigned = false
  const institutions = [side]
  if (joint) {
    const countries = partners.length
    for (const role of actors.roles) {
      const other = role.role === 'speaker' && role.actorId !== speaker.id ? actors.actors.find((a) => a.id === role.actorId) : undefined
      if (other === undefined) continue
      cosigned = true
      const { side: theirSide, body: theirs } = sideOf(other, patterns)
      if (theirs === body && theirSide !== body && !institutions.includes(theirSide)) institutions.push(theirSide)
      // A leader whose country nothing records speaks for the country the title
      // names as a party ("EU-Canada Summit"), not as a side of their own.
      if (theirs === other.id && other.type === 'person' && countries > 0) continue
      if (!sideIds.has(theirs) && !partners.includes(theirs)) partners.push(theirs)
    }
    // "Joint Declaration by the Presidents of the European Parliament, the Council and the Commission": an institution the
    // title names by its office signs too.
    for (const other of bodies) {
      const { side: theirSide, body: theirs } = sideOf(other, patterns)
      if (cosigned && theirs === body && theirSide !== body && !institutions.includes(theirSide) && namedIn(other, signedBy)) institutions.push(theirSide)
    }
  }
  for (const partner of partners) sideIds.add(partner)
  const jointWe = [body, ...partners]
  // "Joint statement by President Metsola and President von der Leyen": the Parliament and the Commission sign as
  // the Union, whose "we" it stays; "Both institutions will" is each of them.
  const signing = jointWe.length === 1 && institutions.length > 1 && side !== body
  return { i: [side], we: cosigned ? jointWe : [body], jointWe, ...(signing ? { institutions } : {}), sideIds: withTheirPeople(sideIds, actors, patterns), partners: partnersWithPeople(new Set(partners), actors) }
}

/** The partner parties and the people affiliated to them: "President Zelenskyy" with Ukraine. */
function partnersWithPeople (partners: Set<string> | undefined, actors: ActorExtraction): Set<string> | undefined {
  if (partners === undefined || partners.size === 0) return undefined
  const all = new Set(partners)
  for (const actor of actors.actors) {
    if (actor.type === 'person' && actor.affiliationId != null && partners.has(actor.affiliationId)) all.add(actor.id)
  }
  return all
}

/**
 * People who speak for the side act for it: "President von der Leyen will
 * travel to Kyiv"; so do the people of ownPeopleOf: "President Costa will
 * attend the UN General Assembly". A person's affiliation is the one held on
 * the document's date (data/actors.yaml), so a former President is not:
 * "Prime Minister Tusk" in 2025 speaks for Poland.
 */
function withTheirPeople (sideIds: Set<string>, actors: ActorExtraction, patterns: ModalPatterns): Set<string> {
  const all = new Set(sideIds)
  for (const actor of actors.actors) {
    if (actor.type !== 'person' || actor.affiliationId == null) continue
    if (sideIds.has(actor.affiliationId) || patterns.ownPeopleOf.has(actor.affiliationId)) all.add(actor.id)
  }
  return all
}

/** The holders of a commitment whose subject is `subject`; `joint` tells whether its paragraph is about the partnership (jointCues). */
export function resolveHolders (subject: Subject, speaker: SpeakerContext, joint: boolean): string[] {
  if (subject.actorId !== null) return [subject.actorId, ...(subject.partnerIds ?? [])]
  const own = subject.kind === 'i' ? speaker.i : joint ? speaker.jointWe : speaker.we
  // "Dominic and I will meet": the partner named with "I" or "we".
  const partners = (subject.partnerIds ?? []).filter((id) => !own.includes(id))
  return partners.length === 0 ? own : [...own, ...partners]
}
