import type { NamedPerson } from '../types.js'

// Titles that head a role phrase, longest first so "Vice-President" wins over "President".
export const ROLE_HEAD = new RegExp('(?:' + [
  'Executive Vice-President', 'Vice-President', 'High Representative/Vice-President', 'High Representative',
  'HR/VP', 'President-elect', 'President', 'Deputy Prime Minister', 'Prime Minister', 'Minister-President',
  'Minister', 'Commissioner-designate', 'Commissioner', 'Deputy Secretary-General', 'Secretary-General',
  'Secretary General', 'Secretary of State', 'Secretary', 'Chancellor', 'Taoiseach', 'Crown Prince', 'King',
  'Queen', 'Prince', 'Princess', 'Emir', 'Sheikh', 'Premier', 'Governor', 'Director-General', 'Director General',
  'Managing Director', 'Director', 'Chairwoman', 'Chairman', 'Chairperson', 'Chair', 'Ambassador', 'Mayor',
  'Senator', 'Pope', 'Special Envoy', 'Envoy', 'Head of State', 'Head of Government', 'Chief Executive Officer',
  'Chief Executive', 'CEO', 'Chief Spokesperson', 'Spokesperson', 'Spokesman', 'Spokeswoman',
  // Heads that words before them qualify, which the role keeps: "Chief Negotiator", "Special
  // Representative", "Trade Representative", "Chief Scientific Adviser", "Counter-Terrorism Coordinator".
  'Commissioner-General', 'Negotiator', 'Representative', 'Adviser', 'Advisor', 'Coordinator', 'Rapporteur',
  'Emperor', 'Sultan', 'Tánaiste', 'Speaker', 'Professor'
].join('|') + ')(?![\\p{L}-])', 'gu')

// Lowercase words that belong inside names: "von der Leyen", "de Croo".
const PARTICLE = /^(?:von|van|der|den|de|del|della|di|da|do|du|dos|das|le|la|zu|ter|ten|af|al|bin|el)$/
export const isNameToken = (token: string): boolean => /^\p{Lu}[\p{L}'’.-]*$/u.test(token) || PARTICLE.test(token)
// Where the speakers' or guests' list stops: "at the press point", "following the meeting".
const PHRASE_END = /\s+(?:at|on|by|following|with|during|in(?! charge)|ahead of|after|before|to|regarding|about|concerning|upon|over)\s|\s+[-–—]\s|:\s|\s+[“"«„]|[.;]$/u

const BODY_JOINER = /^(?:of|the)$/
// The last word of a body's name, never of a person's.
const BODY_NOUN = /^(?:Organi[sz]ation|Union|Council|Commission|Parliament|Bank|Fund|Agency|Committee|Court|Office|Assembly|Group|Forum|Authority|Board|Institute|Programme|Alliance|Conference|Mechanism|Service|Nations|States|Eurogroup)$/u

// The last word of a newspaper's or broadcaster's name: "an interview with Financial Times" names no person.
const MEDIA_NOUN = /^(?:Times|Post|Journal|Zeitung|Gazette|Herald|Guardian|Telegraph|Tribune|News|Radio|Television|TV|Monde|Figaro|Spiegel|Politico|Euronews|Reuters|Bloomberg|Agency|Press)$/u

type Segment = { name: string | null, role: string | null }

// A courtesy word before a name is no part of it: "by Dr Hans Kluge", "with Mr. Borrell".
const COURTESY = /^(?:Mr|Mrs|Ms|Mister|Madam|Madame|Dr|Prof)\.?\s+(?=\p{Lu})/u

/** "the NATO Secretary-General Stoltenberg" -> role and name, either possibly null. */
function splitSegment (raw: string): Segment {
  const text = raw.replace(/^(?:and\s+)?(?:the\s+)?/i, '').trim().replace(COURTESY, '')
  let headEnd = -1
  for (const match of text.matchAll(ROLE_HEAD)) headEnd = match.index + match[0].length
  const tokens = (s: string): string[] => s.split(/\s+/).filter(Boolean)
  if (headEnd === -1) {
    const words = tokens(text)
    const last = words.at(-1) ?? ''
    // "of" and "the" join the words of a body's name, which may be longer: "College of Commissioners", "Committee of the Regions".
    const joined = words.some((w) => BODY_JOINER.test(w))
    const looksLikeName = words.length > 0 && words.length <= (joined ? 6 : 4) && words.every((w) => isNameToken(w) || BODY_JOINER.test(w)) &&
      isNameToken(words[0] ?? '') && !PARTICLE.test(last) && !BODY_JOINER.test(last) && !MEDIA_NOUN.test(last)
    return { name: looksLikeName ? text : null, role: null }
  }
  const rest = text.slice(headEnd).trim().replace(COURTESY, '')
  if (rest === '') return { name: null, role: text }
  if (/^(?:of|for|in charge of)\s/.test(rest)) {
    // "Commissioner for Internal Market Thierry Breton": the name is the last two
    // capitalised words, but only when the complement has words to spare for it
    // and they do not finish a "the ..." body ("of the North Atlantic Treaty
    // Organization"); "of the Eurogroup Jeroen Dijsselbloem" does have a name.
    const words = tokens(rest)
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w))
    const runFrom = words.length - [...words].reverse().findIndex((w) => !isNameToken(w) || PARTICLE.test(w))
    const afterThe = /^the$/i.test(words[runFrom - 1] ?? '')
    const runLength = runFrom > words.length ? words.length : words.length - runFrom
    if (capitals.length < 3 || (afterThe && (runLength < 3 || BODY_NOUN.test(words.at(-1) ?? '')))) return { name: null, role: text }
    let first = words.length - 1
    let seen = 0
    while (first > 0 && seen < 2) { if (/^\p{Lu}/u.test(words[first] ?? '')) seen++; if (seen < 2) first-- }
    while (first > 0 && PARTICLE.test(words[first - 1] ?? '')) first--
    const name = words.slice(first).join(' ')
    return { name, role: text.slice(0, text.length - name.length).trim() }
  }
  const words = tokens(rest)
  // "Prime Minister Kaja Exampleton of Estonia": the name, then the body the role is held in.
  const of = words.findIndex((w) => w === 'of' || w === 'for')
  const named = of === -1 ? words : words.slice(0, of)
  if (named.length === 0 || !named.every(isNameToken)) return { name: null, role: text.slice(0, headEnd).trim() }
  const head = text.slice(0, headEnd).trim()
  return of === -1 ? { name: rest, role: head } : { name: named.join(' '), role: `${head} ${words.slice(of).join(' ')}` }
}

// Compiled once: it is tried on every piece of every list phrase. Up to
// three capitalised words may name the country or body before the title:
// "Indian Prime Minister", "South African President", "African Union
// Commission Chairperson".
const NEW_PERSON_START = new RegExp(`^(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}${ROLE_HEAD.source}`, 'u')

/** A piece of a list phrase, and whether "and" (rather than a comma) joins it to the piece before. */
interface ListPiece { text: string, afterAnd: boolean }

/** Splits "A, B and C" but not "Foreign Affairs and Security Policy Josep Borrell". */
function splitList (phrase: string): ListPiece[] {
  const parts = phrase.split(/,\s+/)
  return parts.flatMap((part) => {
    const pieces = part.split(/\s+(?:and|&)\s+/)
    const out: ListPiece[] = [{ text: pieces[0] ?? '', afterAnd: false }]
    for (const piece of pieces.slice(1)) {
      const startsNewPerson = NEW_PERSON_START.test(piece) || piece.split(/\s+/).length <= 3
      const last = out[out.length - 1]
      if (startsNewPerson || last === undefined) out.push({ text: piece, afterAnd: true })
      else last.text += ` and ${piece}`
    }
    return out
  })
}

// A role that ends on a portfolio rather than a body: "Commissioner for Agriculture", "Minister of Foreign Affairs" (not "President of the United States").
const PORTFOLIO_ROLE = /\s(?:for|in charge of)\s|\sof\s+(?!the\s)/u

const nameOnly = (s: Segment | undefined): s is { name: string, role: null } => s?.name !== null && s?.role === null
const roleOnly = (s: Segment | undefined): s is { name: null, role: string } => s?.name === null && s?.role !== null

/**
 * Whether the untitled piece at `j` goes on the portfolio before it: after
 * "and" unless a role follows it with a comma ("of NATO and Donald Tusk,
 * President of ..."), after a comma when more portfolio follows it ("for
 * Environment, Maritime Affairs and Fisheries"), so a name after the list
 * ("..., and Fisheries, Karmenu Vella") stays a name.
 */
function continuesPortfolio (pieces: ListPiece[], segments: Segment[], j: number): boolean {
  const piece = pieces[j]
  if (piece === undefined || !nameOnly(segments[j])) return false
  if (piece.afterAnd) return !(pieces[j + 1]?.afterAnd === false && roleOnly(segments[j + 1]))
  return !/^and\s/u.test(piece.text) && pieces[j + 1] !== undefined && continuesPortfolio(pieces, segments, j + 1)
}

/** Joins to a role-only segment with a portfolio the untitled pieces that go on it: they are no people. */
function joinPortfolios (pieces: ListPiece[], segments: Segment[]): { pieces: ListPiece[], segments: Segment[] } {
  const outPieces: ListPiece[] = []
  const outSegments: Segment[] = []
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment
    outPieces.push(pieces[i] as ListPiece)
    if (!roleOnly(segment) || !PORTFOLIO_ROLE.test(segment.role)) {
      outSegments.push(segment)
      continue
    }
    let role = segment.role
    while (continuesPortfolio(pieces, segments, i + 1)) {
      i++
      role += `${pieces[i]?.afterAnd === true ? ' and' : ','} ${segments[i]?.name ?? ''}`
    }
    outSegments.push({ name: null, role })
  }
  return { pieces: outPieces, segments: outSegments }
}

/**
 * The people of a list phrase, pairing "Jens Stoltenberg, Secretary-General
 * of NATO" both ways; pieces joined by "and" are two ("the European
 * Commission and the High Representative"), unless they go on a portfolio
 * ("Phil Hogan, Commissioner for Agriculture and Rural Development").
 */
export function peopleInPhrase (phrase: string): NamedPerson[] {
  const listed = splitList(phrase)
  const { pieces, segments } = joinPortfolios(listed, listed.map((piece) => splitSegment(piece.text)))
  const people: NamedPerson[] = []
  for (let i = 0; i < segments.length; i++) {
    const current = segments[i]
    const next = pieces[i + 1]?.afterAnd === true ? undefined : segments[i + 1]
    if (current === undefined) continue
    if ((nameOnly(current) && roleOnly(next)) || (roleOnly(current) && nameOnly(next))) {
      people.push({ name: (current.name ?? next?.name) as string, role: current.role ?? next?.role ?? null })
      i++
    } else if (current.name !== null) {
      people.push({ name: current.name, role: current.role })
    }
  }
  return people
}

function phraseAfter (title: string, marker: RegExp): string | null {
  const match = marker.exec(title)
  if (match === null) return null
  const rest = title.slice(match.index + match[0].length)
  const end = PHRASE_END.exec(rest)
  // "by the Prime Minister of Estonia, Kaja Exampleton, at ...": the comma closing the name is not part of it.
  return (end === null ? rest : rest.slice(0, end.index)).trim().replace(/[,;]+$/u, '')
}

// Lowercase words inside a headline's opening people: "President von der Leyen and Prime Minister Modi", "Commissioner for Trade Maroš Šefčovič".
const SUBJECT_JOINER = /^(?:and|of|for|the|&)$/

/**
 * The titled people a headline opens on before its verb, and those right
 * after the verb: "President von der Leyen speaks with President Zelenskyy"
 * (whose guest "with" gives), "Commissioner Šefčovič meets Minister Wang".
 */
function headlineParties (title: string): { subject: NamedPerson[], object: NamedPerson[] } {
  const none = { subject: [], object: [] }
  if (!NEW_PERSON_START.test(title)) return none
  const words = title.split(/\s+/)
  const verb = words.findIndex((word) => /^\p{Ll}/u.test(word) && !PARTICLE.test(word) && !SUBJECT_JOINER.test(word))
  if (verb < 1 || !/^\p{Ll}+$/u.test(words[verb] ?? '')) return none
  const titled = (phrase: string): NamedPerson[] => peopleInPhrase(phrase).filter((person) => person.role !== null)
  const subject = titled(words.slice(0, verb).join(' '))
  const rest = words.slice(verb + 1).join(' ')
  const end = PHRASE_END.exec(rest)
  const object = /^(?:the\s+)?\p{Lu}/u.test(rest) ? titled(end === null ? rest : rest.slice(0, end.index)) : []
  return { subject, object }
}

// What is said or written: "Statement by", "Remarks by", "Blog post by"; a
// word that may name an act too only right before "by": "State of the Union
// Address by", against "a scheme to address ... by Italy".
const SPOKEN = /\b(?:statement|remarks|speech|message|declaration|press conference|press point|interview|letter|op-ed|blog|keynote|lecture|foreword|editorial|toast|tribute|readout|doorstep)s?\b|\b(?:address|article|intervention|contribution|comments|presentation|reply|answer|words)\s*$/iu
const BY_AGENT = /\bby\s+(?=(?:the\s+)?\p{Lu})/u

/**
 * The people "by" names speak only after what is said ("Statement by
 * President X") or when each bears a title; after an act "by" names its
 * agent, a company or a country: "acquisition of Vodafone Italia by
 * Swisscom", "scheme notified by Italy".
 */
function spokenBy (title: string, people: NamedPerson[]): NamedPerson[] {
  const by = BY_AGENT.exec(title)
  if (by === null || SPOKEN.test(title.slice(0, by.index))) return people
  return people.every((person) => person.role !== null) ? people : []
}

const FROM_NAME = /\bfrom\s+(?=(?:the\s+)?\p{Lu})/u

// A role head anywhere in a phrase: "from President Costa", "by the High Representative".
const HAS_ROLE = new RegExp(ROLE_HEAD.source, 'u')

/** Speakers ("by"/"from" ...) and other people ("with" ...) named in a title. */
export function titlePeople (title: string | null): { speakers: NamedPerson[], people: NamedPerson[] } {
  if (title === null) return { speakers: [], people: [] }
  // "Interview of Executive Vice-President Dombrovskis with ...": an interview's "of" names who answers.
  // "from" names a sender only with a title, or with an article after what is
  // said: "Message from President Costa", "Letter from the College"; "duties on
  // steel from China" names a place, and "€7.6 million from the European
  // Globalisation Adjustment Fund" where money comes from.
  const from = FROM_NAME.exec(title)
  const fromPhrase = phraseAfter(title, FROM_NAME)
  const saidFrom = from !== null && SPOKEN.test(title.slice(0, from.index))
  const sender = fromPhrase !== null && ((/^the\s/u.test(fromPhrase) && saidFrom) || HAS_ROLE.test(fromPhrase)) ? fromPhrase : null
  const byAgent = phraseAfter(title, BY_AGENT)
  const byPhrase = byAgent ?? sender ?? phraseAfter(title, /^interview\s+(?:of|with)\s+(?=(?:the\s+)?\p{Lu})/iu)
  const forPhrase = phraseAfter(title, /\bon\s+behalf\s+of\s+(?=(?:the\s+)?\p{Lu})/u)
  const byPeople = byPhrase === null ? [] : byPhrase === byAgent ? spokenBy(title, peopleInPhrase(byPhrase)) : peopleInPhrase(byPhrase)
  const forPeople = forPhrase === null ? [] : peopleInPhrase(forPhrase)
  // "Speech on behalf of High Representative/Vice-President Josep Borrell" is
  // delivered by someone else and spoken for him; "Statement on behalf of the
  // Commission by Commissioner Šefčovič" is spoken by the Commissioner for
  // his institution, which stays the speaker only when no one is named.
  const forBody = forPhrase !== null && /^the\s/i.test(forPhrase)
  // "Statement by the High Representative on behalf of the EU": a title
  // without a name speaks too, so the body spoken for is no speaker; a
  // speaker needs a name, and there is none.
  const byTitle = byPhrase !== null && HAS_ROLE.test(byPhrase)
  const guestPhrase = phraseAfter(title, /\bwith\s+(?=(?:the\s+)?\p{Lu})/u)
  const betweenPhrase = phraseAfter(title, /\bbetween\s+(?=(?:the\s+)?\p{Lu})/u)
  const speakers = forPeople.length > 0 && !(forBody && (byPeople.length > 0 || byTitle)) ? forPeople : byPeople
  // "Interview with Commissioner Šuica": the one interviewed speaks, and is no guest.
  // "Readout of the phone call between President von der Leyen and President
  // Zelenskyy": both took part, neither speaks. Only titled names count there:
  // "talks between Serbia and Kosovo" are between countries.
  const between = betweenPhrase === null ? [] : peopleInPhrase(betweenPhrase).filter((person) => person.role !== null)
  const withGuests = guestPhrase === null ? [] : peopleInPhrase(guestPhrase)
  // "President von der Leyen speaks with President Zelenskyy": a read-out's
  // headline opens on one who took part, who speaks no more than the other.
  const headline = speakers.length === 0 ? headlineParties(title) : { subject: [], object: [] }
  const counterparts = [...headline.object, ...withGuests.filter((guest) => guest.role !== null), ...between]
  const parties = counterparts.length > 0 ? [...headline.subject, ...headline.object] : []
  const guests = [...parties, ...withGuests, ...between]
  return { speakers, people: guests.filter((guest, i) => !speakers.some((speaker) => speaker.name === guest.name) && guests.findIndex((other) => other.name === guest.name) === i) }
}
