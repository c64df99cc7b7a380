import type { ActorRecord, Mention, ParsedDocument } from '../types.js'
import type { SpeakerContext } from './holders.js'
import type { ModalPatterns } from './modal-patterns.js'

const READOUT_REFERENCE = /^READ\//u
const READOUT_TITLE = /\bread-?out\b/iu

export interface Readout {
  /** The one person of the side the first paragraph names. */
  about: string
  /** Whether an actor is a person outside the side, whom a "He" or "She" may stand for instead. */
  outsider: (actorId: string) => boolean
}

/**
 * Whom a read-out (a READ reference, or "Readout" in its title) is about: the
 * one person of its own side (of a body its "we" or the patterns' own actors
 * are, or ownPeopleOf: the President of the European Council) that its first
 * paragraph names ("President von der Leyen spoke today with Prime Minister
 * Carney"), whom a "He" or "She" opening a later sentence stands for, as
 * read-outs name the other side by title ("Secretary Lutnick said"). Null in
 * any other text, or when the first paragraph names none or several of the
 * side's people.
 */
export function readoutSubject (doc: ParsedDocument, speaker: SpeakerContext, mentionsByParagraph: Map<number, Mention[]>, byId: Map<string, ActorRecord>, patterns: ModalPatterns): Readout | null {
  if (!READOUT_REFERENCE.test(doc.metadata.reference ?? '') && !READOUT_TITLE.test(doc.metadata.title ?? '')) return null
  const first = doc.paragraphs.find((paragraph) => paragraph.kind === 'body')
  if (first === undefined) return null
  const bodies = new Set([...speaker.we, ...patterns.ownActors])
  const own = (affiliation: string | null | undefined): boolean => affiliation != null && (bodies.has(affiliation) || patterns.ownPeopleOf.has(affiliation))
  const person = (actorId: string): ActorRecord | undefined => byId.get(actorId)?.type === 'person' ? byId.get(actorId) : undefined
  const people = new Set((mentionsByParagraph.get(first.position) ?? []).map((m) => m.actorId).filter((id) => own(person(id)?.affiliationId)))
  const about = people.size === 1 ? [...people][0] : undefined
  if (about === undefined) return null
  return { about, outsider: (actorId) => { const actor = person(actorId); return actor !== undefined && !own(actor.affiliationId) } }
}
