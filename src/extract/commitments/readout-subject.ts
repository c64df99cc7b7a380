import type { ActorRecord, Mention, ParsedDocument } from '../types.js'
import type { SpeakerContext } from './holders.js'
import type { ModalPatterns } from './modal-patterns.js'

const READOUT_REFERENCE = /^READ\//u
const READOUT_TITLE = /\bread-?out\b/iu

export interface Readout {
  /** The one person of the side the first paragraph names. */
  about: string
  /**
   * Whether an actor is a person outside the side whom the pronoun of the one
   * it is about may stand for instead: one of the same pronoun, or of none known.
   */
  outsider: (actorId: string) => boolean
}

/**
 * Whom a read-out (a READ reference, or "Readout" in its title) is about: the
 * one person of its own side (of a body its "we" or the patterns' own actors
 * are, or ownPeopleOf: the President of the European Council) that its first
 * paragraph names ("President von der Leyen spoke today with Prime Minister
 * Carney"), whom a "She" (or "He", by the person's pronoun) opening a later sentence
 * stands for, as read-outs name the other side by title ("Secretary Lutnick
 * said"). Null in any other text, when the first paragraph names none or
 * several of the side's people, or when the gazetteer knows no pronoun of the one.
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
  const pronoun = about === undefined ? undefined : byId.get(about)?.pronoun
  if (about === undefined || pronoun === undefined) return null
  return {
    about,
    outsider: (actorId) => {
      const actor = person(actorId)
      return actor !== undefined && !own(actor.affiliationId) && (actor.pronoun ?? pronoun) === pronoun
    }
  }
}
