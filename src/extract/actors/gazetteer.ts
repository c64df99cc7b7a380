import { join } from 'node:path'
import { DATA_DIR } from '../../paths.js'
import { readYamlFile } from '../read-yaml.js'
import { slugify } from '../ids.js'
import type { ActorRecord, ActorType } from '../types.js'
import { buildCountryTable } from './countries.js'
import { describeIssues, GazetteerFileSchema, type GazetteerEntry, type GazetteerFile, type PersonEntry, type AffiliationPeriod } from './gazetteer-schema.js'
import { createTrie, insertPhrase, type TrieNode } from './trie.js'
import { tokenize } from './tokens.js'

export type AliasValue =
  | { kind: 'actor', actorId: string, headNoun: boolean, placeSensitive: boolean }
  | { kind: 'not-actor' }

/** Everything the extractor needs, built once: the tries make extraction a linear scan. */
export interface Gazetteer {
  actors: ReadonlyMap<string, ActorRecord>
  aliases: TrieNode<AliasValue>
  /** Title phrases, each mapped to itself as written in the data file. */
  titles: TrieNode<string>
  addressWords: ReadonlySet<string>
  /** Keys that can open a titled or addressed name: titles' first words, address and courtesy words, "the". */
  personStarts: ReadonlySet<string>
  honorifics: ReadonlySet<string>
  placePrepositions: ReadonlySet<string>
  notNames: ReadonlySet<string>
  /** phraseKey of a person's name or alias -> person id ("von der Leyen" -> ursula-von-der-leyen). */
  people: ReadonlyMap<string, string>
  /** Person id -> the key of the first name they are addressed by ("Dear Jens"). */
  firstNames: ReadonlyMap<string, string>
  /** Every first-name key, for the scan. */
  firstNameKeys: ReadonlySet<string>
  /** Person id -> whom they spoke for over periods other than their `affiliationId`'s (few people have any). */
  affiliationPeriods: ReadonlyMap<string, readonly AffiliationPeriod[]>
}

export class GazetteerError extends Error {
  override name = 'GazetteerError'
}

/** The key under which a name is looked up: its token keys, space-separated. */
export function phraseKey (text: string): string {
  return tokenize(text).map(token => token.key).join(' ')
}

function recordFor (entry: GazetteerEntry, type: ActorType): ActorRecord {
  return { id: entry.id ?? slugify(entry.name), name: entry.name, type, aliases: entry.aliases, role: entry.role, countryCode: null }
}

/** Validates raw data (parsed YAML) and builds the gazetteer; errors name the source and the entry. */
export function buildGazetteer (raw: unknown, source = 'actors.yaml'): Gazetteer {
  const result = GazetteerFileSchema.safeParse(raw)
  if (!result.success) throw new GazetteerError(`${source}: invalid actor data\n${describeIssues(result.error, raw)}`)
  return buildFromFile(result.data, source)
}

function buildFromFile (file: GazetteerFile, source: string): Gazetteer {
  const fail = (message: string): never => { throw new GazetteerError(`${source}: ${message}`) }
  const actors = new Map<string, ActorRecord>()
  const aliases = createTrie<AliasValue>()
  const aliasOwner = new Map<string, string>()
  const claim = (phrase: string, value: AliasValue, owner: string): void => {
    const key = phraseKey(phrase)
    const previousOwner = aliasOwner.get(key)
    if (previousOwner !== undefined && previousOwner !== owner) fail(`"${phrase}" (${owner}) is already an alias of ${previousOwner}`)
    insertPhrase(aliases, phrase, value)
    aliasOwner.set(key, owner)
  }
  const addEntry = (entry: GazetteerEntry, type: ActorType): ActorRecord => {
    const record = recordFor(entry, type)
    if (actors.has(record.id)) fail(`${type} "${entry.name}": id "${record.id}" is used twice`)
    actors.set(record.id, record)
    for (const alias of [entry.name, ...entry.aliases]) claim(alias, { kind: 'actor', actorId: record.id, headNoun: false, placeSensitive: false }, entry.name)
    for (const noun of entry.headNouns) claim(noun, { kind: 'actor', actorId: record.id, headNoun: true, placeSensitive: false }, entry.name)
    return record
  }

  for (const entry of file.institutions) addEntry(entry, 'institution')
  for (const entry of file.organisations) addEntry(entry, 'organisation')
  for (const entry of file.groups) addEntry(entry, 'group')
  const people = new Map<string, string>()
  const firstNames = new Map<string, string>()
  const personEntries: Array<[PersonEntry, ActorRecord]> = file.people.map(entry => [entry, addEntry(entry, 'person')])
  for (const [entry, record] of personEntries) {
    for (const alias of [entry.name, ...entry.aliases]) people.set(phraseKey(alias), record.id)
    const firstName = entry.firstName === undefined ? defaultFirstName(entry.name) : entry.firstName
    if (firstName !== null) firstNames.set(record.id, phraseKey(firstName))
    if (entry.pronoun !== undefined) record.pronoun = entry.pronoun
  }

  const countries = buildCountryTable(new Set(file.countryAliasExclusions))
  for (const record of countries.records) actors.set(record.id, record)
  for (const [form, id] of countries.aliases) {
    // The data file is the user's override: its aliases win over package spellings.
    if (!aliasOwner.has(phraseKey(form))) claim(form, { kind: 'actor', actorId: id, headNoun: false, placeSensitive: false }, id)
  }
  for (const [id, forms] of Object.entries(file.countryAliases)) {
    const record = actors.get(id)
    if (record?.type !== 'country') fail(`countryAliases: "${id}" is not a country id`)
    for (const form of forms) claim(form, { kind: 'actor', actorId: id, headNoun: false, placeSensitive: false }, id)
    if (record !== undefined) record.aliases = [...record.aliases, ...forms]
  }
  for (const metonym of file.metonyms) {
    if (!actors.has(metonym.actor)) fail(`metonyms "${metonym.alias}": "${metonym.actor}" is not a known actor id`)
    claim(metonym.alias, { kind: 'actor', actorId: metonym.actor, headNoun: false, placeSensitive: metonym.notAfterPlacePreposition }, metonym.actor)
  }
  for (const [entry, record] of personEntries) {
    if (entry.affiliation === undefined) continue
    if (!actors.has(entry.affiliation)) fail(`people "${entry.name}": affiliation "${entry.affiliation}" is not a known actor id`)
    record.affiliationId = entry.affiliation
  }
  const affiliationPeriods = new Map<string, AffiliationPeriod[]>()
  for (const [entry, record] of personEntries) {
    if (entry.affiliations.length === 0) continue
    for (const { affiliation } of entry.affiliations) {
      if (affiliation !== null && !actors.has(affiliation)) fail(`people "${entry.name}": affiliation "${affiliation}" is not a known actor id`)
    }
    affiliationPeriods.set(record.id, entry.affiliations)
  }
  for (const phrase of file.notActors) insertPhrase(aliases, phrase, { kind: 'not-actor' })

  const titles = createTrie<string>()
  for (const title of file.titles) insertPhrase(titles, title, title)
  const keys = (words: string[]): Set<string> => new Set(words.map(phraseKey))
  // "Dear Jens, dear Charles": address words are matched in both cases.
  const addressWords = new Set(file.addressWords.flatMap(word => [phraseKey(word), phraseKey(word).toLowerCase()]))
  const honorifics = keys(file.honorifics)
  return {
    actors,
    aliases,
    titles,
    addressWords,
    personStarts: new Set([...titles.next.keys(), ...addressWords, ...honorifics, 'the']),
    honorifics,
    placePrepositions: new Set(file.placePrepositions.map(word => phraseKey(word).toLowerCase())),
    notNames: keys(file.notNames),
    people,
    firstNames,
    firstNameKeys: new Set(firstNames.values()),
    affiliationPeriods
  }
}

/**
 * The actor as of a document's date (yyyy-mm-dd): a person whose affiliation
 * changed speaks for whom they spoke for then ("French Finance Minister
 * Pierre Moscovici" in 2013, a Commissioner from November 2014), under the
 * same id. Without a date, or outside every period, the record as it is.
 */
export function asOf (record: ActorRecord, date: string | null, gazetteer: Gazetteer): ActorRecord {
  const periods = date === null ? undefined : gazetteer.affiliationPeriods.get(record.id)
  if (periods === undefined || date === null) return record
  const held = periods.find((p) => (p.from === undefined || p.from <= date) && (p.until === undefined || date < p.until))
  return held === undefined ? record : { ...record, affiliationId: held.affiliation }
}

function defaultFirstName (name: string): string | null {
  const words = name.split(/\s+/)
  return words.length > 1 ? words[0] ?? null : null
}

/** Reads and validates the data file; throws GazetteerError naming the faulty entry. */
export function loadGazetteer (path = join(DATA_DIR, 'actors.yaml')): Gazetteer {
  let raw: unknown
  try {
    raw = readYamlFile(path)
  } catch (error) {
    throw new GazetteerError(`${path}: ${(error as Error).message}`)
  }
  return buildGazetteer(raw, path)
}
