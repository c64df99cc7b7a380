import { slugify } from '../ids.js'
import type { ActorRecord } from '../types.js'
import { phraseKey, type Gazetteer } from './gazetteer.js'
import type { Hit } from './scan.js'
import { tokenize } from './tokens.js'
import { PARTICLES } from './match-person.js'
import { longestMatch } from './trie.js'

/** What one document tells about its people, for names that only make sense inside it. */
export interface Resolution {
  /** Every person the document names so far (title line and text), by id. */
  people: Map<string, ActorRecord>
  /** The role written in the title line, by person id; speakers are in it too. */
  roles: Map<string, string | null>
  /** Speakers, who are not the holders of a title they are addressed by. */
  speakers: Set<string>
  /** First-name key -> ids of the document's people who bear it (filled after the first pass). */
  firstNames: Map<string, string[]>
  /** The titles the text names each person with ("President Zelenskyy"), by id (filled in the first pass). */
  titlesInText: Map<string, string[]>
}

function lastWordKey (name: string): string {
  return phraseKey(name).split(' ').at(-1) ?? ''
}

function firstWordKey (name: string): string {
  return phraseKey(name).split(' ')[0] ?? ''
}

/** Whether two titles are one, or one is the other with its portfolio: "Minister" and "Minister of Trade". */
export function sameTitle (role: string | null, other: string | null): boolean {
  if (role === null || other === null) return false
  const [shorter, longer] = role.length <= other.length ? [role, other] : [other, role]
  return longer === shorter || longer.startsWith(`${shorter} `)
}

/**
 * A name as written to a person: a known one from the gazetteer, someone the document
 * already named in full ("Prime Minister Orpo" after "Prime Minister Petteri Orpo"),
 * the country or body when the name without a title is one's, or a new person
 * whose id is the slug of the name.
 */
const INITIAL_NAME = /^(\p{Lu})\.\s+(.+)$/u

/**
 * "Minister S. Jaishankar": the person the rest of the name names whose own
 * name opens on the initial: a known one, else one the document named in
 * full before ("Subrahmanyam Jaishankar").
 */
function namedInFullByInitial (name: string, context: Resolution, gazetteer: Gazetteer): ActorRecord | undefined {
  const initial = INITIAL_NAME.exec(name)
  if (initial === null) return undefined
  const letter = initial[1] ?? ''
  const rest = phraseKey(initial[2] ?? '')
  const known = gazetteer.actors.get(gazetteer.people.get(rest) ?? '')
  if (known !== undefined && known.name.startsWith(letter)) return known
  for (const person of context.people.values()) {
    if (person.name !== name && person.name.startsWith(letter) && phraseKey(person.name).endsWith(` ${rest}`)) return person
  }
  return undefined
}

export function resolvePerson (name: string, role: string | null, context: Resolution, gazetteer: Gazetteer): ActorRecord {
  const key = phraseKey(name)
  const known = gazetteer.people.get(key) ?? (role === null ? undefined : knownByTitle(name, role, gazetteer)) ?? knownAfterTitle(key, gazetteer)
  // Without a title, a body's name is the body ("by the European Commission"); with one it is a person's ("Minister Jordan").
  const record = gazetteer.actors.get(known ?? (role === null ? bodyNamed(name, gazetteer) : null) ?? '') ?? namedInFullByInitial(name, context, gazetteer)
  if (record !== undefined) return record
  if (!key.includes(' ')) {
    // "Minister Silva" after "President Luiz Inácio Lula da Silva" and "Minister Marina Silva": of the
    // document's people who bear the surname, the one it gave that title, else the first it named.
    const bearers = [...context.people.values()].filter((person) => person.name !== name && lastWordKey(person.name) === key)
    const bearer = bearers.find((person) => sameTitle(role, person.role)) ?? bearers[0]
    if (bearer !== undefined) return bearer
    // "Prime Minister Han" after "Prime Minister Han Duck-soo", "Premier Li"
    // after "Premier Li Qiang": a family name written first, under the same title.
    for (const person of context.people.values()) {
      if (person.name !== name && firstWordKey(person.name) === key && sameTitle(role, person.role)) return person
    }
  } else {
    // "Statement by Commissioner Hahn", then "Johannes Hahn" in the text: the
    // same person, under the record the title made; so is "President Lula"
    // of the title line and "Luiz Inácio Lula da Silva".
    for (const person of context.people.values()) {
      if (!gazetteer.actors.has(person.id) && holdsSurname(key, phraseKey(person.name))) return person
    }
  }
  // "President Lula" or "President Lula da Silva" after "President Luiz Inácio Lula da Silva".
  for (const person of context.people.values()) {
    if (person.name !== name && holdsSurname(phraseKey(person.name), key)) return person
  }
  return newPerson(name, role, gazetteer)
}

/**
 * A known person the text names by surname alone ("Kuleba", "Mr Kuleba") after
 * naming someone else of that surname in full ("Deputy Prime Minister Oleksii
 * Kuleba"): the one the document named, not the gazetteer's namesake, unless
 * the document named that namesake too or two of its people bear the surname.
 * A title keeps the gazetteer's ("President Costa" after "Minister Ana Costa").
 */
export function namesakeNamedInFull (record: ActorRecord | null, written: string, context: Resolution, gazetteer: Gazetteer): ActorRecord | null {
  if (record?.type !== 'person' || !gazetteer.actors.has(record.id) || context.people.has(record.id)) return record
  const key = phraseKey(written.replace(/['’]s?$/u, ''))
  if (key.includes(' ') || key !== lastWordKey(record.name)) return record
  const namesakes = [...context.people.values()].filter((person) => person.id !== record.id && person.name.includes(' ') && lastWordKey(person.name) === key)
  return namesakes.length === 1 ? namesakes[0] ?? record : record
}

/**
 * Whether the name `part` is whole words of the full name `full` after its
 * first, that end it or stand before a particle: "Lula", "Lula da Silva" and
 * "Silva" in "Luiz Inácio Lula da Silva", as a surname is written alone; not
 * "Inácio", a middle name. Both are phrase keys.
 */
function holdsSurname (full: string, part: string): boolean {
  const words = full.split(' ')
  const partWords = part.split(' ')
  for (let i = 1; i + partWords.length <= words.length; i++) {
    const next = words[i + partWords.length]
    if ((next === undefined || PARTICLES.has(next)) && partWords.every((word, j) => words[i + j] === word)) return true
  }
  return false
}

/**
 * A known person's full name after words no list holds as a title, which the
 * title line then leaves in the name: "Speech by Baroness Catherine Ashton"
 * is Catherine Ashton. Only the name the gazetteer gives them, not an
 * alias: "Peter Van Rompuy" is not Herman.
 */
function knownAfterTitle (key: string, gazetteer: Gazetteer): string | undefined {
  const words = key.split(' ')
  for (let i = 1; i <= words.length - 2; i++) {
    const rest = words.slice(i).join(' ')
    const id = gazetteer.people.get(rest)
    const record = id === undefined ? undefined : gazetteer.actors.get(id)
    if (record !== undefined && phraseKey(record.name) === rest) return record.id
  }
  return undefined
}

/** A person the gazetteer does not know, under the slug of the name as written. */
function newPerson (name: string, role: string | null, gazetteer: Gazetteer): ActorRecord {
  const affiliationId = affiliationOfRole(role, gazetteer)
  return { id: personId(name, gazetteer), name, type: 'person', aliases: [], role, countryCode: null, ...(affiliationId === null ? {} : { affiliationId }) }
}

/**
 * "Statement by Commissioner Lindqvist", then "Anna Lindqvist" in the text:
 * the person the title made under a surname, named in full, with the fuller
 * of the two titles ("Prime Minister of Canada" over "Prime Minister"). Null
 * when the name does not hold the record's name as a surname ("Lula" in "Luiz
 * Inácio Lula da Silva"), or the record is the gazetteer's.
 */
export function withFullName (record: ActorRecord, name: string, title: string | null, gazetteer: Gazetteer): ActorRecord | null {
  if (gazetteer.actors.has(record.id) || !holdsSurname(phraseKey(name), phraseKey(record.name))) return null
  const role = title !== null && (record.role === null || title.startsWith(record.role)) ? title : record.role
  return { ...newPerson(name, role, gazetteer), aliases: [record.name] }
}

/**
 * A new person's id: the slug of the name, unless a country or body has it.
 * The store keeps one actor row per id for every document, which a person
 * under a body's id would turn into a person ("Minister Jordan" is not
 * Jordan): such a person's id ends in "-person".
 */
function personId (name: string, gazetteer: Gazetteer): string {
  const id = slugify(name)
  const taken = gazetteer.actors.get(id)
  return taken === undefined || taken.type === 'person' ? id : `${id}-person`
}

/**
 * A person the gazetteer knows by a title and surname only ("Commissioner
 * Gabriel", where "Gabriel" alone is too common a name): the role as written,
 * or any word of it, before the name ("European Commissioner Gabriel").
 */
function knownByTitle (name: string, role: string, gazetteer: Gazetteer): string | undefined {
  const whole = gazetteer.people.get(phraseKey(`${role} ${name}`))
  if (whole !== undefined) return whole
  for (const word of role.split(/\s+/u)) {
    const id = gazetteer.people.get(phraseKey(`${word} ${name}`))
    if (id !== undefined) return id
  }
  return undefined
}

// A European Commissioner is "Commissioner" or "Commissioner for <portfolio>",
// an Executive Vice-President likewise (a title only the Commission uses); the
// UN's "High Commissioner" never reaches here as "Commissioner"
// (match-person.ts), and a portfolio "of the Council of Europe" is another body's.
const PORTFOLIO = '(?:\\s+for\\s+(?:(?!\\bof\\s+the\\b).)+)?'
const COMMISSION_ROLE = new RegExp(`^(?:(?:European\\s+)?Commissioner(?:-designate)?|Executive\\s+Vice-President)${PORTFOLIO}$|\\bof\\s+the\\s+European\\s+Commission$`)

// Where a role may name the body it is held in: "President of the Eurogroup".
const OF_OR_FOR = /\b(?:of|for)\s+/gu

/**
 * Whom a person the gazetteer does not know speaks for, when the role says
 * so: a Commissioner for the Commission, a "Prime Minister of Spain" for
 * Spain, a "President of the European Investment Bank" for the bank. The body
 * must be all the rest of the role after its "of" or "for": "Ambassador of
 * Japan to the EU" names none.
 */
export function affiliationOfRole (role: string | null, gazetteer: Gazetteer): string | null {
  if (role === null) return null
  if (COMMISSION_ROLE.test(role)) return 'european-commission'
  for (const match of role.matchAll(OF_OR_FOR)) {
    const body = bodyNamed(role.slice(match.index + match[0].length), gazetteer)
    if (body !== null) return body
  }
  // "South African President", "New Zealand Prime Minister", "African Union
  // Commission Chairperson": the country or body named before the title, the longest.
  const words = role.split(/\s+/)
  for (let length = Math.min(3, words.length - 1); length >= 1; length--) {
    const body = bodyNamed(words.slice(0, length).join(' '), gazetteer)
    if (body !== null) return body
  }
  return null
}

/**
 * The country or body (any actor but a person) that the whole phrase names,
 * with or without "the": "the Eurogroup", "Spain", "Mercosur". Null otherwise.
 */
export function bodyNamed (phrase: string, gazetteer: Gazetteer): string | null {
  const tokens = tokenize(phrase)
  for (const from of tokens[0]?.key === 'the' ? [0, 1] : [0]) {
    const alias = longestMatch(gazetteer.aliases, tokens, from)
    if (alias?.value.kind === 'actor' && alias.end === tokens.length && gazetteer.actors.get(alias.value.actorId)?.type !== 'person') return alias.value.actorId
  }
  return null
}

/**
 * Whether a title line's untitled guest names no person: a body ("the agreement with Mercosur"), or a single word
 * the gazetteer knows for no person, a company's name ("the contract with AstraZeneca", "with BioNTech-Pfizer");
 * a person named without a title has a first name too ("with Jens Stoltenberg"), or is known ("with Juncker").
 */
export function namesNoGuest (name: string, gazetteer: Gazetteer): boolean {
  return bodyNamed(name, gazetteer) !== null || (!/\s/u.test(name.trim()) && !gazetteer.people.has(phraseKey(name)))
}

// Known people carry their first name in the data file; for others it is the
// first word of a name of two words or more ("Petteri Orpo").
export function firstNameOf (record: ActorRecord, gazetteer: Gazetteer): string | null {
  if (gazetteer.actors.has(record.id)) return gazetteer.firstNames.get(record.id) ?? null
  const words = record.name.split(/\s+/)
  return words.length > 1 && words[0] !== undefined ? phraseKey(words[0]) : null
}

/** The only one, or null when there are none or several. */
function only (ids: string[] | undefined, context: Resolution): ActorRecord | null {
  if (ids === undefined || ids.length !== 1 || ids[0] === undefined) return null
  return context.people.get(ids[0]) ?? null
}

/**
 * The actor a hit names. In a salutation ("Madam President, honourable
 * Members,") a bare title is someone the title line names with it: a
 * Parliament speech's chair is not the "President Costa" of its text.
 */
export function resolveHit (hit: Hit, context: Resolution, gazetteer: Gazetteer, salutation = false, speakerByTitle = false): ActorRecord | null {
  switch (hit.kind) {
    case 'actor':
      return gazetteer.actors.get(hit.actorId) ?? null
    case 'named': {
      const known = gazetteer.people.has(phraseKey(hit.name))
      // "Dear Jens": an addressed single word is a first name, not a new person.
      if (hit.title === null && !hit.courtesy && !known) {
        return hit.name.includes(' ') ? resolvePerson(hit.name, null, context, gazetteer) : only(context.firstNames.get(phraseKey(hit.name)), context)
      }
      return resolvePerson(hit.name, hit.title, context, gazetteer)
    }
    case 'first-name':
      return only(context.firstNames.get(hit.key), context)
    case 'title': {
      const holders = titleHolders(hit.title, context, salutation)
      // "Joint Statement by President von der Leyen and Prime Minister Støre",
      // then "The Prime Minister will host ...": a text speaks of its speakers
      // by their title when no one else holds it, but never addresses them by it.
      if (holders.length > 0 || hit.address || salutation || !speakerByTitle) return only(holders, context)
      return only(titleHolders(hit.title, context, true, true), context)
    }
  }
}

/**
 * "Madam Prime Minister": the people the document gives that title, in its
 * title line or in the text, but for its speakers. Not one it names without
 * it, whose title only the gazetteer knows: "Madam President," opening a
 * Parliament speech is not the "Putin" of its text. "HR/VP" is the High
 * Representative's. With `speakers`, the speakers the document gives it instead.
 */
const WHOLE_TITLES = new Map<string, RegExp>()

/** The title as whole words of a role: "Executive Vice-President" is no "President". */
function wholeTitle (title: string): RegExp {
  let regex = WHOLE_TITLES.get(title)
  if (regex === undefined) {
    regex = new RegExp(`(?<![\\p{L}-])${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u')
    WHOLE_TITLES.set(title, regex)
  }
  return regex
}

/** Whether a role holds the title as whole words: "NATO Secretary-General" holds "Secretary-General", no "Vice-President" holds "President". */
export function roleHolds (role: string | null, title: string): boolean {
  return role !== null && wholeTitle(title).test(role)
}

export function titleHolders (written: string, context: Resolution, titleLineOnly = false, speakers = false): string[] {
  const title = written === 'HR/VP' ? 'High Representative' : written
  const within = wholeTitle(title)
  return [...context.people.values()].filter(person => {
    if (context.speakers.has(person.id) !== speakers) return false
    const given = [context.roles.get(person.id) ?? null, ...(titleLineOnly ? [] : context.titlesInText.get(person.id) ?? [])]
    return given.some((role) => role !== null && (within.test(role) || (title === 'High Representative' && role.includes('HR/VP'))))
  }).map(person => person.id)
}
