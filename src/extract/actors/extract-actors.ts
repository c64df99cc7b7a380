import { slugify } from '../ids.js'
import type { ActorExtraction, ActorRecord, Mention, NamedPerson, ParagraphSpan, ParsedDocument, StatementActorRole } from '../types.js'
import { phraseKey, type Gazetteer } from './gazetteer.js'
import { scanText, type Hit } from './scan.js'

interface Located { hit: Hit, paragraph: ParagraphSpan }

/** The people a document's own context makes first names and bare titles resolvable to. */
interface Context {
  records: Map<string, ActorRecord>
  /** Person ids named in the metadata, with the role written there. */
  titled: Map<string, string | null>
}

function personRecord (name: string, role: string | null, gazetteer: Gazetteer): ActorRecord {
  const known = gazetteer.people.get(phraseKey(name))
  const record = known === undefined ? undefined : gazetteer.actors.get(known)
  if (record !== undefined) return record
  return { id: slugify(name), name, type: 'person', aliases: [], role, countryCode: null }
}

// Known people carry their first name in the data file; for others it is the
// first word of a name of two words or more ("Mette Frederiksen").
function firstNameOf (record: ActorRecord, gazetteer: Gazetteer): string | null {
  if (gazetteer.actors.has(record.id)) return gazetteer.firstNames.get(record.id) ?? null
  const words = record.name.split(/\s+/)
  return words.length > 1 && words[0] !== undefined ? phraseKey(words[0]) : null
}

/** The only context person who fits, or null when none or several do. */
function unique (records: ActorRecord[]): ActorRecord | null {
  const ids = new Set(records.map(record => record.id))
  return ids.size === 1 ? records[0] ?? null : null
}

function resolveHit (hit: Hit, context: Context, gazetteer: Gazetteer): ActorRecord | null {
  const people = (): ActorRecord[] => [...context.records.values()].filter(record => record.type === 'person')
  switch (hit.kind) {
    case 'actor':
      return gazetteer.actors.get(hit.actorId) ?? null
    case 'named':
      if (hit.title === null && !hit.courtesy && !gazetteer.people.has(phraseKey(hit.name))) {
        // "Dear Jens": an addressed single word is a first name, not a new person.
        const key = phraseKey(hit.name)
        return unique(people().filter(record => firstNameOf(record, gazetteer) === key))
      }
      return personRecord(hit.name, hit.title, gazetteer)
    case 'first-name':
      return unique(people().filter(record => firstNameOf(record, gazetteer) === hit.key))
    case 'title': {
      // "Madam Prime Minister": the one person of the title line or the text with that title.
      const holders = people().filter(record => {
        const role = context.titled.get(record.id) ?? record.role
        return role !== null && role !== undefined && role.includes(hit.title)
      })
      return unique(holders)
    }
  }
}

function sentencePosition (paragraph: ParagraphSpan, start: number): number {
  for (const sentence of paragraph.sentences) {
    if (start >= sentence.start && start < sentence.end) return sentence.position
  }
  return paragraph.sentences.at(-1)?.position ?? 1
}

/**
 * Actors of a document: mentions in its paragraphs, speakers and people from its
 * title, and who addresses whom. Two passes: names first, then first names and
 * bare titles against the people the document itself names.
 */
export function extractActors (doc: ParsedDocument, gazetteer: Gazetteer): ActorExtraction {
  const actors = new Map<string, ActorRecord>()
  const roles = new Map<string, Set<StatementActorRole>>()
  const addRole = (record: ActorRecord, role: StatementActorRole): void => {
    if (!actors.has(record.id)) actors.set(record.id, record)
    const set = roles.get(record.id) ?? new Set()
    set.add(role)
    roles.set(record.id, set)
  }
  const context: Context = { records: new Map(), titled: new Map() }
  const fromMetadata = (people: NamedPerson[], role: StatementActorRole): void => {
    for (const person of people) {
      const record = personRecord(person.name, person.role, gazetteer)
      context.records.set(record.id, record)
      context.titled.set(record.id, person.role)
      if (role === 'speaker' || !roles.get(record.id)?.has('speaker')) addRole(record, role)
    }
  }
  fromMetadata(doc.metadata.speakers, 'speaker')
  fromMetadata(doc.metadata.people, 'addressee')

  const located: Located[] = []
  for (const paragraph of doc.paragraphs) {
    for (const hit of scanText(paragraph.text, paragraph.start, doc.sourceText, gazetteer)) {
      located.push({ hit, paragraph })
      if (hit.kind === 'first-name' || hit.kind === 'title') continue
      const record = resolveHit(hit, context, gazetteer)
      if (record !== null && record.type === 'person' && (hit.kind === 'actor' || hit.title !== null || hit.courtesy)) context.records.set(record.id, record)
    }
  }

  const mentions: Mention[] = []
  for (const { hit, paragraph } of located) {
    const record = resolveHit(hit, context, gazetteer)
    if (record === null) continue
    const text = doc.sourceText.slice(hit.start, hit.end)
    mentions.push({ actorId: record.id, paragraphPosition: paragraph.position, sentencePosition: sentencePosition(paragraph, hit.start), start: hit.start, end: hit.end, text })
    addRole(record, 'mentioned')
    const addressed = paragraph.kind === 'salutation' || (hit.kind !== 'actor' && hit.address)
    if (addressed && record.type === 'person') addRole(record, 'addressee')
  }

  return {
    actors: [...actors.values()],
    mentions,
    roles: [...roles].flatMap(([actorId, set]) => [...set].map(role => ({ actorId, role })))
  }
}
