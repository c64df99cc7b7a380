import { join } from 'node:path'
import { z } from 'zod'
import { DATA_DIR } from '../../paths.js'
import { readYamlFile } from '../read-yaml.js'
import { DOCUMENT_TYPES, MODALITIES } from '../types.js'
import type { DocumentType, Modality } from '../types.js'

const ModalSchema = z.object({
  rule: z.string().min(1),
  modality: z.enum(MODALITIES),
  pattern: z.string().min(1),
  subjectRule: z.boolean().default(false),
  /** Counts only in reported speech, after one of reportingVerbs. */
  reported: z.boolean().default(false),
  /** Its subject is the possessive before it: "our goal is to" (we), "my priority is to" (I). */
  possessive: z.boolean().default(false),
  /** The actors named between "with" and "to" decide too ("agreed with Canada to"); with none named, no pledge. */
  partnersWith: z.boolean().default(false),
  confidence: z.number().min(0).max(1),
  fallbackAction: z.string().min(1).optional(),
  /** The action when a name follows instead of a verb: "I am going to Kyiv" goes. */
  placeAction: z.string().min(1).optional()
})

const words = z.array(z.string().min(1))

export const ModalPatternsSchema = z.object({
  modals: z.array(ModalSchema).min(1),
  negationBefore: z.string().min(1),
  negationAfter: words,
  pledgedAfter: words,
  adverbs: words,
  lyVerbs: words,
  subordinators: words,
  /** Report a pledge or a claim; pledgeReportingVerbs and claimVerbs add the verbs of one use only. */
  reportingVerbs: words,
  pledgeReportingVerbs: words,
  claimVerbs: words,
  ownSubjects: z.array(z.object({ pattern: z.string().min(1), actor: z.string().min(1), partners: words.optional() })),
  partiesSubject: z.string().min(1),
  partiesPronoun: z.string().min(1),
  ourPeople: words,
  ownActors: words,
  ownPeopleOf: words,
  weOf: z.record(z.string(), z.string()),
  publisher: z.object({ actor: z.string().min(1), types: z.array(z.enum(DOCUMENT_TYPES)), references: z.string().min(1), titles: z.string().min(1) }),
  jointTitle: z.string().min(1),
  pairMeeting: z.string().min(1),
  jointCues: z.string().min(1),
  pronounActions: words,
  sharedActions: words,
  actingThings: words,
  nonActionVerbs: words,
  lastingVerbs: words,
  memoryVerbs: words,
  memoryPhrases: words,
  heldMeans: words,
  outcomeVerbs: words,
  outcomePhrases: words,
  discourse: z.object({ anySubject: words, firstPersonSingular: words, matters: words, matterMoves: words }),
  stateAfterBe: words,
  particles: words,
  bareVerbs: words,
  targetPointers: words,
  targetBlockers: words,
  supportVerbs: words,
  beneficiaryNouns: words,
  endeavourNouns: words,
  residentNouns: words,
  investmentWords: words,
  lemmas: z.record(z.string(), z.string())
})
export type ModalPatternsFile = z.infer<typeof ModalPatternsSchema>

export interface ModalRule {
  rule: string
  modality: Modality
  subjectRule: boolean
  reported: boolean
  possessive: boolean
  partnersWith: boolean
  confidence: number
  fallbackAction?: string
  placeAction?: string
}

/** The data file with its regular expressions compiled once. */
export interface ModalPatterns {
  modals: ModalRule[]
  /** Global regex; capture group i + 1 holds a match of modals[i]. */
  modalRegex: RegExp
  negationBefore: RegExp
  /** Each negation after the modal as its words: ["not"], ["no", "longer"]. */
  negationAfter: string[][]
  /** Right after a modal, a negated phrase and its "to" that pledge the action after them ("not hesitate to"). */
  pledgedAfter: RegExp
  /** Adverbs of one word, and phrases of several ("of course", "in any case") as their words, keyed by their first and by their last word, longest first. */
  adverbs: Set<string>
  adverbPhrasesByFirst: Map<string, string[][]>
  adverbPhrasesByLast: Map<string, string[][]>
  lyVerbs: Set<string>
  subordinators: Set<string>
  /**
   * Ends where a reported subject starts: a reporting verb (reportingVerbs,
   * pledgeReportingVerbs), and "that" after
   * it or its object ("said ", "assured the Prime Minister that ", "told him "). A match
   * starts at the space before the verb, where the reporter's mention ends.
   */
  reportedBefore: RegExp
  /**
   * Ends where the subject of a claim starts: a verb that reports what
   * someone says or thinks (reportingVerbs, claimVerbs), and "that" after it
   * or its object ("says ", "told reporters that "). A match starts at the verb.
   */
  claimBefore: RegExp
  /** `partners`: the actors the phrase names with the side's, who commit with it ("the EU and its Member States"). */
  ownSubjects: Array<{ regex: RegExp, actor: string, partners: string[] }>
  /** Ends with a subject that names all the parties of a joint text: "Both sides", "The leaders". */
  partiesSubject: RegExp
  /** Opens a sentence whose "Both" or "They" are the parties: "Both agreed to". */
  partiesPronoun: RegExp
  /** Nouns for the side's people after "our": "Our negotiators will". */
  ourPeople: Set<string>
  ownActors: Set<string>
  /** Institutions whose people act for the side while in office, though the institution is no side itself. */
  ownPeopleOf: Set<string>
  weOf: Map<string, string>
  /** The body whose "we" its own texts without a speaker use, and how those texts are told. */
  publisher: { actor: string, types: Set<DocumentType>, references: RegExp, titles: RegExp }
  jointTitle: RegExp
  /** What follows two parties joined by a dash in a title that names their meeting: "EU-China Summit". */
  pairMeeting: RegExp
  jointCues: RegExp
  /** Actions a sentence-opening pronoun takes only as an actor ("It will present"). */
  pronounActions: Set<string>
  /** Actions a pronoun takes as an actor unless an acting thing stands between them ("it will provide"). */
  sharedActions: Set<string>
  /** Names one of the things an "it" may stand for that act like an actor: "a new fund", "the plan". */
  actingThings: RegExp
  nonActionVerbs: Set<string>
  /** Verbs that carry another on or end it, after which a memory stays a memory: "We will never stop remembering them". */
  lastingVerbs: Set<string>
  memoryVerbs: Set<string>
  /** A memory kept, named as one: "We will forever cherish their memory", "keep their memory alive". */
  memoryPhrases: RegExp
  /** What one holds: "every tool we have to protect consumers" is no obligation. */
  heldMeans: Set<string>
  /** Outcomes, not acts, unless negated: "we will lose the race" predicts; "we will not lose sight of it" pledges. */
  outcomeVerbs: Set<string>
  /** Outcomes a verb and its object make, read from the verb: "pay a higher price". */
  outcomePhrases: RegExp
  discourseAny: RegExp
  discourseFirstPerson: RegExp
  /** Nouns of the speech's own matter, which a clause of "I" may follow: "That is the question (that) I want to answer". */
  matters: Set<string>
  /** A move on that matter, read at the verb, with no partner after it: "answer today", "discuss with you". */
  matterMove: RegExp
  stateAfterBe: Set<string>
  particles: Set<string>
  /** Verbs that are no noun after "committed to": "committed to put water first". */
  bareVerbs: Set<string>
  targetPointers: Set<string>
  targetBlockers: Set<string>
  supportVerbs: Set<string>
  beneficiaryNouns: Set<string>
  /** Nouns of an actor's own undertaking, after which its possessive is the one acted for: "the African Union's efforts". */
  endeavourNouns: Set<string>
  /** Nouns for a country's people or places that "in" ties to it: "farmers in Spain". */
  residentNouns: Set<string>
  /** Words of investing, after which "in" names where the money goes: "invest in Kenya". */
  investmentWords: Set<string>
  lemmas: Map<string, string>
}

const lower = (list: string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()))

/** Validates and compiles the modal patterns; throws with the file's problem. */
export function compileModalPatterns (input: unknown): ModalPatterns {
  const file = ModalPatternsSchema.parse(input)
  const adverbs = new Set<string>()
  const adverbPhrasesByFirst = new Map<string, string[][]>()
  const adverbPhrasesByLast = new Map<string, string[][]>()
  const add = (map: Map<string, string[][]>, key: string, words: string[]): void => {
    map.set(key, [...(map.get(key) ?? []), words].sort((a, b) => b.length - a.length))
  }
  for (const phrase of file.adverbs) {
    const words = phrase.toLowerCase().split(/\s+/)
    if (words.length === 1) adverbs.add(words[0] ?? '')
    else {
      add(adverbPhrasesByFirst, words[0] ?? '', words)
      add(adverbPhrasesByLast, words.at(-1) ?? '', words)
    }
  }
  const groups = file.modals.map((m) => `(${m.pattern})`).join('|')
  const anchored = (list: string[]): RegExp => new RegExp(`^(?:${list.join('|')})\\b`, 'i')
  return {
    modals: file.modals.map(({ pattern: _pattern, ...rule }) => rule),
    modalRegex: new RegExp(`\\b(?:${groups})\\b`, 'gi'),
    negationBefore: new RegExp(`(?:${file.negationBefore})$`, 'i'),
    negationAfter: file.negationAfter.map((phrase) => phrase.toLowerCase().split(/\s+/)),
    pledgedAfter: new RegExp(`^\\s+(?:${file.pledgedAfter.join('|')})\\s+to\\s+(?=\\p{L})`, 'iu'),
    adverbs,
    adverbPhrasesByFirst,
    adverbPhrasesByLast,
    lyVerbs: lower(file.lyVerbs),
    subordinators: lower(file.subordinators),
    // "said", "has said", "has repeatedly made clear", "had also confirmed"; "told him the EU would".
    reportedBefore: new RegExp(`\\s+(?:(?:has|have|had)\\s+)?(?:also\\s+|again\\s+|already\\s+|repeatedly\\s+|always\\s+)?(?:${[...file.reportingVerbs, ...file.pledgeReportingVerbs].join('|')})\\b(?:[^.;:!?"“”]{0,80}?\\bthat|\\s+(?:him|her|them))?\\s+$`, 'i'),
    claimBefore: new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${[...file.reportingVerbs, ...file.claimVerbs].join('|')})\\b(?:[^.;:!?"“”]{0,80}?\\bthat)?\\s+$`, 'iu'),
    // Anchored at the end: the subject is the noun phrase right before the modal.
    ownSubjects: file.ownSubjects.map((s) => ({ regex: new RegExp(`(?:^|[^\\p{L}\\p{N}])((?:${s.pattern}))$`, 'iu'), actor: s.actor, partners: s.partners ?? [] })),
    partiesSubject: new RegExp(`(?:^|[^\\p{L}\\p{N}])((?:${file.partiesSubject}))$`, 'iu'),
    partiesPronoun: new RegExp(file.partiesPronoun, 'iu'),
    ourPeople: lower(file.ourPeople),
    ownActors: new Set(file.ownActors),
    ownPeopleOf: new Set(file.ownPeopleOf),
    weOf: new Map(Object.entries(file.weOf)),
    publisher: { actor: file.publisher.actor, types: new Set(file.publisher.types), references: new RegExp(file.publisher.references), titles: new RegExp(file.publisher.titles, 'i') },
    jointTitle: new RegExp(file.jointTitle, 'i'),
    // Anchored at the start: right after the second party's name.
    pairMeeting: new RegExp(`^\\s+(?:${file.pairMeeting})`, 'iu'),
    jointCues: new RegExp(file.jointCues, 'i'),
    pronounActions: lower(file.pronounActions),
    sharedActions: lower(file.sharedActions),
    actingThings: new RegExp(`\\b(?:${file.actingThings.map((w) => w.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i'),
    nonActionVerbs: lower(file.nonActionVerbs),
    lastingVerbs: lower(file.lastingVerbs),
    memoryVerbs: lower(file.memoryVerbs),
    memoryPhrases: anchored(file.memoryPhrases),
    heldMeans: lower(file.heldMeans),
    outcomeVerbs: lower(file.outcomeVerbs),
    outcomePhrases: anchored(file.outcomePhrases),
    discourseAny: anchored(file.discourse.anySubject),
    discourseFirstPerson: anchored(file.discourse.firstPersonSingular),
    matters: lower(file.discourse.matters),
    // "with" someone other than the audience names a partner: "an issue I will raise with President Xi" pledges.
    matterMove: new RegExp(`^(?:${file.discourse.matterMoves.join('|')})\\b(?![^,.;:!?]*\\bwith\\s+(?!you\\b|all\\s+of\\s+you\\b))`, 'i'),
    stateAfterBe: lower(file.stateAfterBe),
    particles: lower(file.particles),
    bareVerbs: lower(file.bareVerbs),
    targetPointers: lower(file.targetPointers),
    targetBlockers: lower(file.targetBlockers),
    supportVerbs: lower(file.supportVerbs),
    beneficiaryNouns: lower(file.beneficiaryNouns),
    endeavourNouns: lower(file.endeavourNouns),
    residentNouns: lower(file.residentNouns),
    investmentWords: lower(file.investmentWords),
    lemmas: new Map(Object.entries(file.lemmas).map(([k, v]) => [k.toLowerCase(), v]))
  }
}

export const DEFAULT_MODAL_PATTERNS_PATH = join(DATA_DIR, 'modal-patterns.yaml')

const cache = new Map<string, ModalPatterns>()

/** Reads, validates and compiles the file once per path. */
export function loadModalPatterns (path = DEFAULT_MODAL_PATTERNS_PATH): ModalPatterns {
  let patterns = cache.get(path)
  if (patterns === undefined) {
    try {
      patterns = compileModalPatterns(readYamlFile(path))
    } catch (error) {
      const reason = error instanceof z.ZodError ? z.prettifyError(error) : String(error)
      throw new Error(`${path}: ${reason}`)
    }
    cache.set(path, patterns)
  }
  return patterns
}
