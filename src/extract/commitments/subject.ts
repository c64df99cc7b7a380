import type { Mention, PersonalPronoun } from '../types.js'
import { partiesOf, type SpeakerContext } from './holders.js'
import { MONTHS } from './calendar.js'
import type { ModalPatterns } from './modal-patterns.js'
import { viewOfOthers } from './quotes.js'
import { reportedByOthers } from './reporter.js'
import { adverbPhraseEndingAt, isAdverb } from './skip-adverbs.js'
import { titledApposition } from './titled-subject.js'
import { cutToken, firstTokenFrom, lastTokenBefore } from './tokens.js'
import type { Token } from './tokens.js'

export type SubjectKind = 'we' | 'i' | 'explicit-subject'

export interface Subject {
  kind: SubjectKind
  /** Sentence-relative start of the subject: where the committing clause starts. */
  start: number
  /** The explicit subject's actor id, or null for "we" and "I". */
  actorId: string | null
  negated: boolean
  /** Words skipped between the subject and the modal. */
  distance: number
  /**
   * A pronoun standing for the actor that committed before it: "it" for a
   * body (a thing, unless its action is an actor's), "he" or "she" for a person.
   */
  pronoun?: 'thing' | 'person'
  /** The other actors of a paired subject ("The EU and Canada will"), who commit with actorId. */
  partnerIds?: string[]
  /** For a pronoun, the words after its antecedent's verb: whether they name a thing it may stand for ("a new fund"). */
  afterAntecedent?: string
  /** Sentence-relative end of a subject that follows its modal: the "we" of "Never again will we". */
  after?: number
  /**
   * An "it" past a condition that opens the sentence and names things it may stand for: the actor's only for an action
   * on a procedure, which no thing takes ("If the data show a surge, it will open an investigation").
   */
  procedureOnly?: true
}

// A noun phrase after one of these is inside a prepositional phrase, not a
// subject: "tariffs on the EU will not go unanswered".
const PREPOSITIONS = new Set(['on', 'of', 'in', 'to', 'against', 'with', 'for', 'by', 'from', 'at', 'about', 'into', 'over', 'under', 'between', 'among', 'like', 'across', 'through', 'towards', 'without', 'upon', 'within'])
const DETERMINERS = new Set(['the', 'this', 'our', 'its', 'their', 'next', 'new', 'incoming', 'whole', 'entire'])
const DO_NOT = new Set(['do', 'does'])
// "all of us", "each of us": a subject that is "we".
const US_QUANTIFIERS = new Set(['all', 'each', 'both', 'many', 'most'])
// A plural noun right after "we": "We Europeans", "we leaders", "we citizens".
const WE_APPOSITION = /^\p{L}{2,}s$/u
// The word a subject starts with: the pronoun of a pronoun subject.
const WORD_AT = /^\p{L}+/u
// Subject pronouns that may refer back to an actor, and whether that actor is a person.
const PRONOUNS: Readonly<Record<string, boolean>> = { it: false, he: true, she: true }

export interface SubjectInput {
  sentence: string
  /** Absolute offset of the sentence in the source text. */
  sentenceStart: number
  tokens: Token[]
  mentions: Mention[]
  modalStart: number
  speaker: SpeakerContext
  patterns: ModalPatterns
  /** The actor that committed in the sentence before, in the same paragraph: whom a sentence-initial "It", "He" or "She" means. */
  antecedent?: Antecedent | null
  /** The person named first in the paragraph before the sentence, or in the paragraph before: whom "She said that she will" means. */
  namedBefore?: string | null
  /** Whether an actor is a person, whom "he" or "she" may stand for. */
  isPerson?: (actorId: string) => boolean
  /** A person's pronoun, when known: "she" stands for no one whose pronoun is "he". */
  pronounOf?: (actorId: string) => PersonalPronoun | undefined
  /** The people the paragraph names, where it names them: whom a reporting "He" or "She" may stand for. */
  people?: Mention[]
  /** The actor the sentence before, in the same paragraph, opens on: whom a reporting "It" stands for ("The IMF published its report. It says that ..."). */
  opener?: string | null
  /** The sentence before, in the same paragraph, with its mentions: whom a reporting "They" stands for ("Several Member States called for ... They said that ..."). */
  previous?: { text: string, start: number, mentions: Mention[] } | null
  /** In a read-out, the side's person it is about, when no one outside the side it may stand for was named since the paragraph before: whom an opening "He" or "She" of its pronoun stands for. */
  readoutSubject?: string | null
}

export interface Antecedent {
  actorId: string
  person: boolean
  /** The others that committed with it ("Both sides", "The EU and Canada"): a "They" that follows is all of them. */
  partnerIds?: string[]
  /** Its sentence after the verb of its commitment: the things a pronoun "it" may stand for instead. */
  afterVerb: string
}

// How far back an apposition between commas may start: "The Commission, together with the Member States, will".
const MAX_APPOSITION_TOKENS = 12
// How far back an apposition holding a list may start: "The EU, together with France, Germany, the United Kingdom and the African Union, will".
const MAX_LISTED_APPOSITION_TOKENS = 30
// Words that open an apposition naming those who act with the subject.
const WITH_OPENERS = new Set(['with', 'alongside', 'including', 'like'])

/**
 * The token before an apposition that ends at the comma tokens[index]: the
 * subject's last word in "Mr Schmit, Commissioner for Jobs, will join her",
 * or -1 when no comma opens one within reach. One that opens on those who act
 * with the subject reaches further, as their names are long: "Team Europe,
 * together with the European Investment Bank and the national development
 * banks of the Member States, will mobilise".
 */
function beforeApposition (tokens: Token[], index: number): number {
  for (let i = index - 1; i >= 0 && index - i <= MAX_LISTED_APPOSITION_TOKENS; i--) {
    const text = tokens[i]?.text ?? ''
    if (text === ',') {
      if (index - i > MAX_APPOSITION_TOKENS && !opensOnPartners(tokens, i + 1)) return -1
      return i > 0 && tokens[i - 1]?.isWord === true ? beforeListedApposition(tokens, i, index) : -1
    }
    if (!isAppositionWord(tokens, i)) return -1
  }
  return -1
}

/** Whether tokens[first] opens on "with", "together with", "alongside", "including" or "like". */
function opensOnPartners (tokens: Token[], first: number): boolean {
  const lower = tokens[first]?.lower ?? ''
  return WITH_OPENERS.has(lower) || (lower === 'together' && tokens[first + 1]?.lower === 'with')
}

function isAppositionWord (tokens: Token[], i: number): boolean {
  return (tokens[i]?.isWord ?? false) || /^[-–'’()/&]$/u.test(tokens[i]?.text ?? '')
}

/**
 * The token before an apposition whose last part, from tokens[comma] to the
 * comma tokens[end], closes a list ("France, Germany and the United Kingdom"):
 * the list's items are read past to the comma before the words that open it,
 * "together with", "alongside", "including"; tokens[comma - 1] when no such
 * words open the list, "Mr Schmit, Commissioner for Jobs and Social Rights,".
 */
function beforeListedApposition (tokens: Token[], comma: number, end: number): number {
  const tail = tokens.slice(comma + 1, end)
  if (!tail.some((t) => t.lower === 'and' || t.lower === 'or')) return comma - 1
  let opener = false
  for (let i = comma - 1; i >= 0 && end - i <= MAX_LISTED_APPOSITION_TOKENS; i--) {
    const lower = tokens[i]?.lower ?? ''
    if (lower === ',') {
      if (opener) return tokens[i - 1]?.isWord === true ? i - 1 : comma - 1
    } else if (!isAppositionWord(tokens, i)) return comma - 1
    else if (WITH_OPENERS.has(lower)) opener = true
  }
  return comma - 1
}

// How many tokens a bracket after the subject may hold: "(HERA)", "(DG SANTE)".
const MAX_BRACKET_TOKENS = 5

/**
 * The token before a bracket that ends at tokens[index] and follows a word:
 * the name of "The European Union (EU) will", whose acronym is in brackets;
 * or -1 when no such bracket ends there.
 */
function beforeBracket (tokens: Token[], index: number): number {
  for (let i = index - 1; i > 0 && index - i <= MAX_BRACKET_TOKENS; i--) {
    const token = tokens[i]
    if (token?.text === '(') return i < index - 1 && tokens[i - 1]?.isWord === true ? i - 1 : -1
    if (token?.isWord !== true) return -1
  }
  return -1
}

/** Walks left from the modal over adverbs, negation, an apposition and a bracket to the word that must be its subject. */
function subjectIndex (input: SubjectInput): { index: number, negated: boolean, distance: number } {
  const { tokens, patterns } = input
  let index = lastTokenBefore(tokens, input.modalStart)
  let negated = false
  let distance = 0
  let apposition = false
  while (index >= 0) {
    const lower = tokens[index]?.lower ?? ''
    const phrase = adverbPhraseEndingAt(tokens, index, patterns)
    if (lower === ')' && distance === 0) {
      index = beforeBracket(tokens, index)
      distance++
    } else if (lower === ',' && !apposition) {
      index = beforeApposition(tokens, index)
      apposition = true
      distance++
    } else if (phrase > 0) index -= phrase
    else if (lower === 'not' && DO_NOT.has(tokens[index - 1]?.lower ?? '')) { negated = true; index -= 2 } else if (patterns.negationBefore.test(lower)) { negated = true; index-- } else if (lower === 'will' || lower === 'shall' || isAdverb(tokens, index, patterns)) index-- // "we will have to": the future auxiliary before a to-modal
    else break
    distance++
  }
  return { index, negated, distance }
}

/**
 * Whether the words before the subject show it is not a main-clause subject:
 * a preposition, a subordinator ("when we will"), or a denied reason ("Not
 * because we want to replace NATO, but ...", "It is not that we intend to
 * leave"), which states what the speaker does not do.
 */
function blockedBefore (tokens: Token[], index: number, patterns: ModalPatterns): boolean {
  const before = tokens[index - 1]?.lower ?? ''
  if (DENIED_AFTER_NOT.has(before) && tokens[index - 2]?.lower === 'not') return true
  return PREPOSITIONS.has(before) || patterns.subordinators.has(before)
}

const DENIED_AFTER_NOT = new Set(['because', 'that'])

/** Extends an explicit subject left over "the", "our", "next"... */
function phraseStart (tokens: Token[], index: number): number {
  let first = index
  while (first > 0 && DETERMINERS.has(tokens[first - 1]?.lower ?? '')) first--
  return first
}

interface SubjectPart { start: number, actorId: string, partnerIds?: string[] }

/** The mention that ends at tokens[index], from where its determiners start ("the Commission"). */
function mentionAt (input: SubjectInput, index: number): SubjectPart | null {
  const { tokens } = input
  const token = tokens[index]
  const mention = token === undefined ? undefined : input.mentions.find((m) => m.end - input.sentenceStart === token.end)
  if (token === undefined || mention === undefined) return null
  const first = tokens.findIndex((t) => t.end > mention.start - input.sentenceStart)
  return { start: tokens[phraseStart(tokens, Math.max(first, 0))]?.start ?? token.start, actorId: mention.actorId }
}

/**
 * The actor a phrase ending at tokens[index] names: a phrase of ownSubjects
 * ("our Union") or a mention, from where its determiners start.
 */
function namedAt (input: SubjectInput, index: number): { part: SubjectPart, side: boolean } | null {
  const { tokens, patterns, sentence } = input
  const token = tokens[index]
  if (token === undefined) return null
  const before = sentence.slice(0, token.end)
  for (const own of patterns.ownSubjects) {
    const match = own.regex.exec(before)
    const phrase = match?.[1]
    if (match === null || phrase === undefined) continue
    const start = before.length - phrase.length
    // "The African Union Commission will host", "the AU Commission will": the phrase ends a longer name of another
    // actor, whose subject it is, as a mention names it.
    if (insideOthersName(input, own.actor, start, before.length)) continue
    // "Horizon Europe will invest": a capitalised word before a bare "Europe"
    // makes a programme's name, unless it is an adverb: "Today Europe will act".
    const name = phrase === 'Europe' ? NAME_BEFORE.exec(before.slice(0, start))?.[1] : undefined
    if (name !== undefined && !patterns.adverbs.has(name.toLowerCase())) continue
    // "The EU and its Member States": the Member States, when the phrase names them as an actor, commit with the Union.
    const partnerIds = own.partners.filter((id) => input.mentions.some((m) => m.actorId === id && m.start - input.sentenceStart >= start && m.end - input.sentenceStart <= before.length))
    return { part: { start, actorId: own.actor, ...(partnerIds.length > 0 ? { partnerIds } : {}) }, side: true }
  }
  const part = mentionAt(input, index)
  return part === null ? null : { part, side: input.speaker.sideIds.has(part.actorId) }
}

/** Whether a mention of an actor other than `actorId` holds the sentence-relative [start, end) and more. */
function insideOthersName (input: SubjectInput, actorId: string, start: number, end: number): boolean {
  const from = input.sentenceStart + start
  const to = input.sentenceStart + end
  return input.mentions.some((m) => m.actorId !== actorId && m.start <= from && m.end >= to && m.end - m.start > to - from)
}

// A capitalised word right before: "Horizon Europe", "Global Europe".
const NAME_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}'’-]*)\s+$/u
const MAX_LISTED_SUBJECTS = 5
// A modal before a subject: the sentence has a clause before the subject's.
const EARLIER_MODAL = /\b(?:will|shall|must|should|would|can|cannot|need\s+to|needs\s+to|want\s+to|intend\s+to|aim\s+to)\b/i

/**
 * The side's actor that a subject names, and the partners named with it;
 * `neither` when "neither ... nor" joins them, which denies the verb.
 */
interface ExplicitSubject { start: number, actorId: string, partnerIds?: string[], neither?: true }

/**
 * The explicit subject ending at tokens[index], when it is the speaker's side:
 * one actor, or a pair or list of them of which one is the side ("The EU and
 * Canada will", "The Commission, the Member States and the EIB will"), the
 * side first and the others its partners.
 */
function explicitSubject (input: SubjectInput, index: number): ExplicitSubject | null {
  const last = namedAt(input, index)
  if (last === null) return null
  const { tokens } = input
  // "The Commission, the Member States and the EIB will": the actors listed before the last one.
  const list = [last]
  let neither = false
  for (let first = last; list.length < MAX_LISTED_SUBJECTS;) {
    const startIndex = tokens.findIndex((t) => t.start >= first.part.start)
    const joiner = tokens[startIndex - 1]?.lower
    // "Neither the EU nor its Member States will": a pair, "neither" before its first.
    if (joiner === 'nor' && list.length === 1) {
      const before = namedAt(input, startIndex - 2)
      const opener = before === null ? -1 : tokens.findIndex((t) => t.start >= before.part.start) - 1
      if (before === null || tokens[opener]?.lower !== 'neither') break
      list.unshift(before)
      neither = true
      break
    }
    // Only the last two are joined by "and"; a comma joins those before them.
    if (joiner !== 'and' && (joiner !== ',' || list.length < 2)) break
    const before = namedAt(input, tokens[startIndex - 2]?.lower === ',' && joiner === 'and' ? startIndex - 3 : startIndex - 2)
    if (before === null) break
    list.unshift(before)
    first = before
  }
  // "We will stand by Moldova, and the Commission will", "hosts Syrians, and
  // the EU will", "on Russia and the EU will": a comma before the "and" of a
  // pair, or a clause with a modal before it, shows that the first names end
  // the clause before, unless they open a clause of their own; the subject is
  // the last name alone. ("Support for Canada and the EU will grow" has no
  // clause before it: the pair is inside the subject's phrase.)
  const head = list[0]
  const beforeList = head === undefined ? '' : input.sentence.slice(0, head.part.start)
  const lastStart = tokens.findIndex((t) => t.start >= last.part.start)
  const commaPair = list.length === 2 && tokens[lastStart - 1]?.lower === 'and' && tokens[lastStart - 2]?.lower === ','
  if (!neither && head !== undefined && list.length > 1 && (commaPair || EARLIER_MODAL.test(beforeList)) &&
    !opensClause(tokens, tokens.findIndex((t) => t.start >= head.part.start)) && !input.patterns.reportedBefore.test(beforeList)) list.splice(0, list.length - 1)
  const own = list.find((named) => named.side)
  if (own === undefined) return null
  const others = list.filter((named) => named !== own).flatMap((named) => [named.part.actorId, ...(named.part.partnerIds ?? [])])
  const partnerIds = [...new Set([...(own.part.partnerIds ?? []), ...others])].filter((id) => id !== own.part.actorId)
  return {
    start: list[0]?.part.start ?? last.part.start,
    actorId: own.part.actorId,
    ...(partnerIds.length > 0 ? { partnerIds } : {}),
    ...(neither ? { neither } : {})
  }
}

// Adjectives between a possessive and its noun: "our main goal is to", "my first priority is to".
const POSSESSIVE_ADJECTIVES = new Set(['main', 'first', 'key', 'top', 'common', 'shared', 'joint', 'clear', 'overall', 'ultimate',
  'immediate', 'absolute', 'biggest', 'greatest', 'collective', 'primary', 'central', 'core', 'overriding', 'real', 'only'])

/**
 * The subject of a modal that names its own subject by a possessive ("our
 * goal is to": we; "my first priority is to": I), or null for any other owner
 * ("the aim is to", "their goal is to") and inside a time or condition clause.
 */
export function possessiveSubject (input: SubjectInput): Subject | null {
  const { tokens, patterns } = input
  let index = lastTokenBefore(tokens, input.modalStart)
  while (index >= 0 && POSSESSIVE_ADJECTIVES.has(tokens[index]?.lower ?? '')) index--
  const token = tokens[index]
  const kind = token?.lower === 'our' ? 'we' : token?.lower === 'my' ? 'i' : null
  if (token === undefined || kind === null || blockedBefore(tokens, index, patterns)) return null
  return { kind, start: token.start, actorId: null, negated: false, distance: 0 }
}

// A pronoun standing for the one who reports: "President von der Leyen said she would travel to Kyiv".
const REPORTER_PRONOUN = /\b(?:it|he|she)\s+$/i
// A person's pronoun that is all the words before the reporting verb: "She said that she will".
const OPENING_PRONOUN = /^\s*(?:he|she)$/i

/**
 * The subject of a modal that counts only in reported speech ("would"): the
 * subject findSubject found, when a reporting verb comes right before it ("said
 * the EU would continue"); or a pronoun after the reporting verb, which stands
 * for the reporter when the reporter is the speaker's side ("The Commission
 * said it would present a proposal"). Null for any other "would".
 */
export function reportedSubject (subject: Subject | null, input: SubjectInput): Subject | null {
  const { sentence, patterns } = input
  if (subject !== null) return subject.pronoun === undefined && patterns.reportedBefore.test(sentence.slice(0, subject.start)) ? subject : null
  return reporterSubject(input)
}

// A reporting verb with its addressee before "that": "informed Apple that", "told him that".
const TO_ADDRESSEE = /^\s+(?:(?:has|have|had)\s+)?(?:\p{L}+\s+)?(?:told|informed|wrote\s+to)\s+(?!that\b)\S/iu

/**
 * A pronoun right before the modal that stands for the one who reports, when
 * the reporter is the speaker's side: "President von der Leyen said that she
 * will visit India", "The Commission said it would present a proposal". An
 * obligation told to an addressee is the addressee's, no duty of the
 * reporter's: "The Commission has informed Apple that it must remove the
 * restrictions", "told Amazon that it should not use seller data".
 */
export function reporterSubject (input: SubjectInput, obligation = false): Subject | null {
  const { sentence, patterns } = input
  const pronoun = REPORTER_PRONOUN.exec(sentence.slice(0, input.modalStart))
  if (pronoun === null) return null
  const report = patterns.reportedBefore.exec(sentence.slice(0, pronoun.index))
  if (report === null || (obligation && TO_ADDRESSEE.test(report[0]))) return null
  const reporter = input.mentions.find((m) => m.end - input.sentenceStart === report.index)
  // "She said that she will travel to India": the reporter is a pronoun too, opening the sentence.
  if (reporter === undefined && input.namedBefore != null && OPENING_PRONOUN.test(sentence.slice(0, report.index)) && input.speaker.sideIds.has(input.namedBefore)) {
    return { kind: 'explicit-subject', start: 0, actorId: input.namedBefore, negated: false, distance: 0 }
  }
  if (reporter === undefined) return coordinatedReporter(input, report.index)
  if (!input.speaker.sideIds.has(reporter.actorId)) return null
  const first = input.tokens.findIndex((t) => t.end > reporter.start - input.sentenceStart)
  const start = input.tokens[phraseStart(input.tokens, Math.max(first, 0))]?.start ?? reporter.start - input.sentenceStart
  return { kind: 'explicit-subject', start, actorId: reporter.actorId, negated: false, distance: 0 }
}

/**
 * The side's actor that opens the sentence, when the reporting verb that
 * ends at `end` is coordinated with its first verb: "The EU welcomed this
 * announcement, but said it will monitor its implementation".
 */
function coordinatedReporter (input: SubjectInput, end: number): Subject | null {
  const { tokens } = input
  const joiner = tokens.findIndex((t) => t.end === end)
  if (tokens[joiner]?.lower !== 'and' && tokens[joiner]?.lower !== 'but') return null
  const lead = leadSubject(input, joiner)
  if (lead?.kind !== 'explicit-subject' || lead.actorId === null || !input.speaker.sideIds.has(lead.actorId)) return null
  return { kind: 'explicit-subject', start: tokens[joiner + 1]?.start ?? end, actorId: lead.actorId, negated: false, distance: 0 }
}

// "..., and that": a second clause of the same report.
const AND_THAT = /\band\s+that\s+$/iu

/**
 * A pronoun that opens a second clause of the report before it, "that X
 * would ..., and that she will ...": "it" is the subject of the first clause
 * when that is no person ("She confirmed that the EU would support Moldova and
 * that it would open its market"), "he" or "she" the person who reports
 * ("President von der Leyen informed President Sandu that the Commission would
 * present a plan, and that she will travel to Chișinău"), else the first
 * clause's subject when that is a person. Null when the side is no one of them.
 */
export function reportedAgainSubject (input: SubjectInput, previous: Subject | null): Subject | null {
  const { sentence, patterns } = input
  if (previous?.kind !== 'explicit-subject' || previous.actorId === null) return null
  const pronoun = REPORTER_PRONOUN.exec(sentence.slice(0, input.modalStart))
  if (pronoun === null || !AND_THAT.test(sentence.slice(0, pronoun.index))) return null
  const report = patterns.reportedBefore.exec(sentence.slice(0, previous.start))
  if (report === null) return null
  const isPerson = input.isPerson ?? (() => false)
  const thing = /^it\b/iu.test(pronoun[0])
  const previousPerson = previous.pronoun === 'person' || (previous.pronoun === undefined && isPerson(previous.actorId))
  let actorId: string | null = null
  if (thing) actorId = previousPerson ? null : previous.actorId
  else {
    const reporter = input.mentions.find((m) => m.end - input.sentenceStart === report.index)?.actorId ??
      (OPENING_PRONOUN.test(sentence.slice(0, report.index)) ? input.namedBefore : null)
    actorId = reporter != null && isPerson(reporter) ? reporter : previousPerson ? previous.actorId : null
  }
  if (actorId === null || !input.speaker.sideIds.has(actorId)) return null
  return { kind: 'explicit-subject', start: pronoun.index, actorId, negated: false, distance: 0, pronoun: thing ? 'thing' : 'person' }
}

// How far into the sentence the lead subject may end, in tokens ("The Commission, the Member States and the EIB").
const MAX_LEAD_TOKENS = 10
// How many tokens the parties' subject may take: "The two leaders", "Both sides".
const MAX_PARTIES_TOKENS = 4
// Between the lead verb and the "and" before the modal, a word that opens
// another clause, whose own subject the modal may have: "The EU welcomes that
// Ukraine has adopted the law and will ...".
const LEAD_BLOCKERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'if', 'because', 'while', 'whereas', 'although', 'though', 'once', 'as', 'until', 'unless', ';', ':', '“', '"', '”'])
// "until" before a date is a preposition, no clause: "The EU has suspended its countermeasures until 14 July and will ...".
const DATE_WORDS: ReadonlySet<string> = new Set([...MONTHS, 'the', 'end', 'mid'])
const blocksLead = (tokens: Token[], at: number): boolean => {
  const lower = tokens[at]?.lower ?? ''
  if (lower !== 'until') return LEAD_BLOCKERS.has(lower)
  const next = tokens[at + 1]?.lower ?? ''
  return !/^\d/u.test(next) && !DATE_WORDS.has(next)
}

const LEAD_VERB = /^\p{Ll}+(?:s|ed)$/u
// Irregular past forms a lead verb may take: "The Commission sent a letter to Belgium and will publish ...".
const IRREGULAR_PAST = new Set(['sent', 'took', 'made', 'met', 'held', 'found', 'set', 'put', 'began', 'gave', 'brought', 'sought',
  'spoke', 'wrote', 'chose', 'led', 'told', 'paid', 'kept', 'left', 'built', 'won', 'went', 'came', 'saw', 'drew', 'laid', 'struck'])
// A word between the lead subject and its verb: "The Commission today approved".
const LEAD_ADVERBS = new Set(['today', 'yesterday', 'also', 'already', 'recently', 'now', 'formally', 'officially', 'unanimously'])
// "The EU cannot and will not delegate its customs policy": a modal no pattern takes, coordinated with one that does.
const LEAD_MODALS = new Set(['cannot', 'can', 'could', 'may', 'might'])
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'remains', 'remain'])

// How far into the sentence a report's "that" may come: "Commissioner Kos underlined that".
const MAX_REPORT_TOKENS = 12

/** The token after a report's "that" ("She underlined that the Commission ..."), or 0 when the sentence opens on no report. */
function reportedClauseStart (input: SubjectInput, andIndex: number): number {
  const { tokens } = input
  for (let k = 1; k < Math.min(andIndex - 2, MAX_REPORT_TOKENS); k++) {
    const next = tokens[k + 1]
    if (tokens[k]?.lower === 'that' && next !== undefined) return input.patterns.claimBefore.test(input.sentence.slice(0, next.start)) ? k + 1 : 0
  }
  return 0
}

/**
 * The subject that opens the sentence before its first verb, when the "and"
 * at tokens[andIndex] coordinates a second verb with it: "We condemn this
 * attack and will respond", or the side's actor in "The EU reiterates its
 * full support for the Luanda process and will continue"; also the side's
 * subject opening the clause a report of the side's gives: "She underlined
 * that the Commission considers Ukraine ready and will continue to work with
 * the Presidency". Null when the sentence opens otherwise, or another clause
 * comes between.
 */
function leadSubject (input: SubjectInput, andIndex: number): Pick<Subject, 'kind' | 'actorId' | 'partnerIds'> | null {
  const open = reportedClauseStart(input, andIndex)
  // "On Ukraine, the two leaders welcomed the efforts and agreed to remain in close contact": the subject opens the
  // sentence past a short phrase, as a read-out puts its topic first.
  if (open === 0) return leadSubjectFrom(input, andIndex, openingPhraseEnd(input.tokens, andIndex, input.patterns), true)
  const lead = leadSubjectFrom(input, andIndex, open)
  if (lead === null) return lead
  const start = input.tokens[open]?.start ?? 0
  const about = lead.actorId === null ? [] : [lead.actorId, ...(lead.partnerIds ?? [])]
  // Only the side's own subject, and only in the side's own report: not "The EU welcomes that Ukraine has adopted the
  // law and will ...", nor "The Houthis say the EU supports them and will ...".
  if (lead.actorId !== null && !input.speaker.sideIds.has(lead.actorId)) return null
  return viewOfOthers(input.sentence.slice(0, start)) || reportedByOthers(input, start, about) ? null : lead
}

/**
 * The token after a short phrase that opens the sentence and ends on a comma before tokens[andIndex] ("On Ukraine,",
 * "Today,"), or 0 when there is none (afterOpeningPhrase: not after a subordinate clause, "If the rules work,").
 */
function openingPhraseEnd (tokens: Token[], andIndex: number, patterns: ModalPatterns): number {
  const comma = tokens.findIndex((token) => token.text === ',')
  return comma !== -1 && comma + 1 < andIndex && afterOpeningPhrase(tokens, comma + 1, patterns) ? comma + 1 : 0
}

/** The subject of leadSubject from tokens[open]; opensSentence: no report's "that" comes before it, at most a short opening phrase. */
function leadSubjectFrom (input: SubjectInput, andIndex: number, open: number, opensSentence = false): Pick<Subject, 'kind' | 'actorId' | 'partnerIds'> | null {
  const { tokens, patterns } = input
  const between = (from: number): boolean => {
    for (let i = from; i < andIndex; i++) {
      if (blocksLead(tokens, i) || FINITE_AUXILIARIES.has(tokens[i]?.lower ?? '')) return true
    }
    return false
  }
  const isVerb = (token: Token | undefined): token is Token => token !== undefined && token.isWord && token.text === token.lower &&
    !PREPOSITIONS.has(token.lower) && !patterns.subordinators.has(token.lower)
  const first = tokens[open]
  if (first !== undefined && (first.lower === 'we' || first.text === 'I')) {
    const verb = tokens[open + 1]
    return isVerb(verb) && verb.lower !== 'and' && !between(open + 2) ? { kind: first.lower === 'we' ? 'we' : 'i', actorId: null } : null
  }
  // "The leaders met in Tokyo. They condemned the attack and will continue to support Ukraine."
  const parties = opensSentence && first?.lower === 'they' ? partiesBefore(input) : null
  if (parties !== null) {
    const [party, ...partners] = parties
    const verb = tokens[open + 1]
    return party !== undefined && isVerb(verb) && verb.lower !== 'and' && !between(open + 2) ? { kind: 'explicit-subject', actorId: party, partnerIds: partners } : null
  }
  // "The two leaders welcomed the conclusion ... and agreed to sign it": a joint text's parties.
  const [party, ...partners] = partiesOf(input.speaker)
  if (opensSentence && party !== undefined && partners.length > 0) {
    for (let end = open; end < Math.min(andIndex - 1, open + MAX_PARTIES_TOKENS); end++) {
      const phrase = patterns.partiesSubject.exec(input.sentence.slice(0, tokens[end]?.end ?? 0))?.[1]
      if (phrase === undefined || (tokens[end]?.end ?? 0) - phrase.length !== first?.start || /^neither\b/iu.test(phrase)) continue
      const at = LEAD_ADVERBS.has(tokens[end + 1]?.lower ?? '') ? end + 2 : end + 1
      const verb = tokens[at]
      const finite = verb !== undefined && (LEAD_VERB.test(verb.lower) || IRREGULAR_PAST.has(verb.lower))
      return finite && isVerb(verb) && !between(at + 1) ? { kind: 'explicit-subject', actorId: party, partnerIds: partners } : null
    }
  }
  for (let end = open; end < Math.min(andIndex - 1, open + MAX_LEAD_TOKENS); end++) {
    let at = end + 1
    if (LEAD_ADVERBS.has(tokens[at]?.lower ?? '')) at++
    const verb = tokens[at]
    // "The EU and Ukraine signed": the subject goes on past its first name.
    if (verb === undefined || !verb.isWord || verb.text !== verb.lower || verb.lower === 'and') continue
    const lead = explicitSubject(input, end)
    if (lead === null || lead.start !== first?.start) continue
    // A finite verb of a singular actor ("reiterates", "has", "adopted",
    // "sent"); a noun after the name ("The Commission proposal is ...") is
    // not one, and a plural that is ("The EU sanctions regime is ...") is
    // followed by the sentence's real verb.
    if (!(LEAD_VERB.test(verb.lower) || IRREGULAR_PAST.has(verb.lower) || LEAD_MODALS.has(verb.lower)) || !isVerb(verb) || between(at + 1)) return null
    return { kind: 'explicit-subject', actorId: lead.actorId, ...(lead.partnerIds === undefined ? {} : { partnerIds: lead.partnerIds }) }
  }
  return null
}

// How many words may name the partners after "and": "its partners", "like-minded partners", "the High Representative",
// "the five Central Asian countries".
const MAX_PARTNER_WORDS = 6

/**
 * "The EU and its partners will", "We and our partners will", "Neither we
 * nor our partners will": a subject whose last part names no actor, joined
 * by "and" (or "nor") to the side's actor or "we" before it. The side commits; the unnamed partners are no actor to list.
 * Null when the words after "and" name an actor (another's subject) or could
 * open a clause of their own.
 */
function withUnnamedPartners (input: SubjectInput, index: number, modal: Pick<Subject, 'negated' | 'distance'>): Subject | null {
  const { tokens, patterns, mentions, sentenceStart } = input
  let and = index
  while (and > 0 && index - and < MAX_PARTNER_WORDS && tokens[and]?.lower !== 'and' && tokens[and]?.lower !== 'nor') {
    const token = tokens[and]
    if (token === undefined || !token.isWord || PREPOSITIONS.has(token.lower) || patterns.subordinators.has(token.lower) || LEAD_BLOCKERS.has(token.lower)) return null
    and--
  }
  const joiner = tokens[and]
  const end = tokens[index]
  if ((joiner?.lower !== 'and' && joiner?.lower !== 'nor') || and === index || end === undefined) return null
  if (mentions.some((m) => m.start - sentenceStart >= joiner.end && m.end - sentenceStart <= end.end)) return null
  const before = tokens[and - 1]
  // "Neither we nor our partners will accept": both, the verb denied.
  if (joiner.lower === 'nor') {
    const neither = tokens[and - 2]
    if (before?.lower !== 'we' || neither?.lower !== 'neither' || blockedBefore(tokens, and - 2, patterns)) return null
    return { kind: 'we', start: neither.start, actorId: null, ...modal, negated: !modal.negated }
  }
  if (before?.lower === 'we') return blockedBefore(tokens, and - 1, patterns) ? null : { kind: 'we', start: before.start, actorId: null, ...modal }
  const named = explicitSubject(input, and - 1)
  return named === null ? null : mainClauseSubject(input, named, modal)
}

// The words a sentence opens on, past a joint text's paragraph number: "1. The leaders reaffirmed ...".
const OPENING_WORDS = /^\s*(?:\d+\.\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u

/**
 * A joint text's parties, when the sentence before opens on a subject that names them all ("Both sides", "The
 * leaders"): whom an opening "They" stands for. Null in any other text or after any other subject.
 */
function partiesBefore (input: SubjectInput): readonly string[] | null {
  const { speaker, previous, patterns } = input
  const parties = partiesOf(speaker)
  if (parties.length < 2 || previous == null) return null
  const words = OPENING_WORDS.exec(previous.text)?.[1]
  if (words === undefined) return null
  for (let end = words.length; end > 0; end = words.lastIndexOf(' ', end - 1)) {
    if (patterns.partiesSubject.test(words.slice(0, end))) return parties
  }
  return null
}

/**
 * "Both sides agreed to intensify work", "The leaders look forward to ...":
 * in a joint text (one with several parties), a subject that names them all
 * (partiesSubject, or "Both" and "They" deciding: partiesPronoun) is all of them, the first its actor and the others its
 * partners. In any other text only "the two sides" after a pair (partiesOrPairBefore); else null, the leaders being someone else's.
 */
function partiesSubject (input: SubjectInput, index: number, modal: Pick<Subject, 'negated' | 'distance'>): Subject | null {
  const { tokens, patterns, sentence } = input
  const token = tokens[index]
  if (token === undefined) return null
  // "Both agreed to", "They agreed to": the sentence's first word, before a decision.
  const phrase = patterns.partiesSubject.exec(sentence.slice(0, token.end))?.[1] ?? (index === 0 && patterns.partiesPronoun.test(sentence) ? token.text : undefined)
  if (phrase === undefined) return null
  const [first, ...partners] = partiesOrPairBefore(input, phrase)
  if (first === undefined || partners.length === 0) return null
  const start = token.end - phrase.length
  if (blockedBefore(tokens, tokens.findIndex((t) => t.start >= start), patterns)) return null
  // "Neither side will impose": all of them, negated.
  const negated = /^neither\b/iu.test(phrase) ? !modal.negated : modal.negated
  return { kind: 'explicit-subject', start, actorId: first, ...modal, negated, partnerIds: partners }
}

// A subject that counts two: "the two sides", "both parties".
const PAIR_SUBJECT = /^(?:both|the\s+two)\s+(?:sides|parties)$/iu

/**
 * A joint text's parties; in any other text, for a subject that counts two ("the two sides"), the pair the sentence
 * before opens on: "The EU and Uzbekistan signed a Memorandum. Under the Memorandum, the two sides will develop joint
 * projects". Empty when neither is known.
 */
function partiesOrPairBefore (input: SubjectInput, phrase: string): readonly string[] {
  const parties = partiesOf(input.speaker)
  if (parties.length > 1 || !PAIR_SUBJECT.test(phrase)) return parties
  const pair = pairBefore(input)
  return pair === null ? parties : [pair.actorId, ...pair.partnerIds]
}

/** The explicit subject as the modal's, unless it sits in a prepositional phrase or a subordinate clause. */
function mainClauseSubject (input: SubjectInput, explicit: ExplicitSubject, modal: Pick<Subject, 'negated' | 'distance'>): Subject | null {
  const { tokens, patterns } = input
  const first = tokens.findIndex((t) => t.start >= explicit.start)
  // "neither" opens the subject: the subject's phrase starts after it.
  if (blockedBefore(tokens, explicit.neither === true ? first - 1 : first, patterns)) return null
  const negated = explicit.neither === true ? !modal.negated : modal.negated
  const start = explicit.neither === true ? tokens[first - 1]?.start ?? explicit.start : explicit.start
  return { kind: 'explicit-subject', start, actorId: explicit.actorId, ...modal, negated, ...(explicit.partnerIds === undefined ? {} : { partnerIds: explicit.partnerIds }) }
}

// What may open a clause whose modal comes before its subject: "Never again
// will we", "Nor will we", "Only together will we", "Not only will we": a
// negative opener (group 1) or a restrictive or additive "only".
const INVERSION_OPENER = /(?:^|[,;:]\s*|\b(?:and|but|so|yet)\s+)(?:(never(?:\s+again)?|nor|neither|under\s+no\s+circumstances|in\s+no\s+way|by\s+no\s+means|at\s+no\s+point)|(?:not\s+)?only\s+(?:then|together|so|thus|in\s+this\s+way)|not\s+only)\s*,?\s*$/iu

/**
 * "Never again will we let our industry fall behind": "we" or "I" right
 * after the modal, which an inversion opener starts the clause before; the
 * clause starts at the opener, negated when it is negative.
 */
function invertedSubject (input: SubjectInput): Subject | null {
  const { tokens, sentence, modalStart } = input
  // The subject after the modal first: it is rare, and the opener's pattern reads the whole text before.
  const next = tokens[firstTokenFrom(tokens, modalStart + 1)]
  if (next === undefined || (next.lower !== 'we' && next.text !== 'I')) return null
  const opener = INVERSION_OPENER.exec(sentence.slice(0, modalStart))
  if (opener === null) return null
  // From the opener's first word: "And never again will we ...", not the comma before "nor".
  const start = opener.index + Math.max(0, opener[0].search(/\p{L}/u))
  return { kind: next.lower === 'we' ? 'we' : 'i', start, actorId: null, negated: opener[1] !== undefined, distance: 1, after: next.end }
}

// What may open a short phrase between "we" (or the side's people) and the
// modal, saying where they are: "We in Europe", "Our teams on the ground".
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'across', 'here'])
const MAX_PLACE_TOKENS = 5

/**
 * "We in Europe will", "We at the Commission will", "Our teams on the ground
 * will", "Our negotiators in Geneva will": "we", or the side's people, with
 * a phrase of place before the modal. A body of the side the phrase names is
 * the subject ("We at the Commission" is the Commission).
 */
function placedSubject (input: SubjectInput, index: number, negated: boolean, distance: number): Subject | null {
  const { tokens, patterns } = input
  for (let at = index - 1; at >= Math.max(0, index - MAX_PLACE_TOKENS); at--) {
    const token = tokens[at]
    if (token === undefined || !token.isWord) return null
    if (!PLACE_PREPOSITIONS.has(token.lower)) continue
    const head = tokens[at - 1]
    if (head === undefined) return null
    if (head.lower === 'we') {
      if (blockedBefore(tokens, at - 1, patterns)) return null
      const named = sideNamedBetween(input, token.end, input.modalStart)
      return named === null
        ? { kind: 'we', start: head.start, actorId: null, negated, distance }
        : { kind: 'explicit-subject', start: head.start, actorId: named, negated, distance }
    }
    const owner = tokens[at - 2]
    if (patterns.ourPeople.has(head.lower) && owner !== undefined && OWNERS.has(owner.lower)) {
      if (blockedBefore(tokens, at - 2, patterns)) return null
      return { kind: owner.lower === 'my' ? 'i' : 'we', start: owner.start, actorId: null, negated, distance }
    }
    return null
  }
  return null
}

// ", the College," between "we" and its modal: one phrase set off by commas.
const COMMA_PHRASE = /^\s*,[^,;:]+,\s*$/u

/**
 * "We, the College, will present": the body of the speaker's side that an
 * apposition after "we" names, the first one it names; when it names none
 * of them, what othersApposition makes of it ("We, the leaders of the G7,"
 * is the G7's). "We, the
 * leaders of the European Union and Japan, will": the bodies listed after
 * "of" are all of them, the side's first, as the leaders' "we" is theirs.
 */
function weApposition (input: SubjectInput, index: number): { actorId: string, partnerIds?: string[] } | 'no-side' | null {
  const we = input.tokens[index]
  if (we === undefined || !COMMA_PHRASE.test(input.sentence.slice(we.end, input.modalStart))) return null
  const actorId = sideNamedBetween(input, we.end, input.modalStart)
  if (actorId === null) return othersApposition(input, we.end)
  const phrase = input.sentence.slice(0, input.modalStart).trimEnd().slice(0, -1)
  const of = /\s+of\s+(?=[^,]+$)/u.exec(phrase)
  const listed = of === null ? null : listedActors(input, of.index + of[0].length, phrase.length)
  const partnerIds = listed === null || !listed.includes(actorId) ? [] : [...new Set(listed.filter((id) => id !== actorId))]
  return partnerIds.length > 0 ? { actorId, partnerIds } : { actorId }
}

// Who sign a text together, as an apposition after "we" names them: "We, the undersigned donors,", "We, the signatories,".
const SIGNATORIES = /\b(?:undersigned|signator(?:y|ies))\b/iu
// Those who stand by a body, not for it: "We, the friends of Syria," are not Syria, where "the leaders of the G7" are the G7.
const STANDS_BY = /\b(?:friends|partners|allies|supporters|donors|neighbou?rs)\s+of\s+(?:the\s+)?$/iu

/**
 * An apposition after "we" that names none of the speaker's side: the bodies
 * it names, when it names any, are who "we" are ("We, the G7 leaders, will",
 * "We, the undersigned Member States, will"); the signatories it names
 * without naming them are a joint text's parties, its own "we" ("We, the
 * undersigned donors, commit"), and in any other text no one we know
 * ('no-side'), since a text quoting such a declaration does not pledge it.
 * Null when the apposition names neither ("We, the Europeans, will"), which
 * leaves "we" to the side.
 */
function othersApposition (input: SubjectInput, from: number): { actorId: string, partnerIds?: string[] } | 'no-side' | null {
  const phrase = input.sentence.slice(from, input.modalStart)
  const bodies = [...new Set(input.mentions
    .filter((m) => m.start - input.sentenceStart >= from && m.end - input.sentenceStart <= input.modalStart && !(input.isPerson?.(m.actorId) ?? false))
    .filter((m) => !STANDS_BY.test(input.sentence.slice(from, m.start - input.sentenceStart)))
    .map((m) => m.actorId))]
  const [first, ...rest] = bodies
  if (first !== undefined) return rest.length > 0 ? { actorId: first, partnerIds: rest } : { actorId: first }
  if (!SIGNATORIES.test(phrase)) return null
  return input.speaker.jointWe.length > 1 ? null : 'no-side'
}

// How many tokens a list between "we" and its modal may take: "We, the Parliament, the Council and the Commission, must".
const MAX_WE_LIST_TOKENS = 20
// What may stand before a listed body's name: "the Council", "its Member States".
const LIST_DETERMINER = /^\s*(?:(?:the|its|our|all|their)\s+)*$/iu
// What joins the parts of such a list: a comma, "and", or both.
const LIST_JOINER = /\s*,\s*(?:and\s+)?|\s+and\s+/u

/**
 * "We, the Parliament, the Council and the Commission, must deliver": a list
 * of bodies set off by commas between "we" and its modal is who "we" are,
 * all of them, the side's body first. Null when the phrase is no list of
 * named actors ("We, the leaders of the G7,") or names none of the side.
 */
function weList (input: SubjectInput, modal: Pick<Subject, 'negated' | 'distance'>): Subject | null {
  const { tokens } = input
  const close = lastTokenBefore(tokens, input.modalStart)
  if (tokens[close]?.text !== ',') return null
  let we = close - 2
  while (we >= Math.max(0, close - MAX_WE_LIST_TOKENS) && !(tokens[we]?.lower === 'we' && tokens[we + 1]?.text === ',')) we--
  const open = tokens[we + 1]
  const closing = tokens[close]
  if (we < Math.max(0, close - MAX_WE_LIST_TOKENS) || open === undefined || closing === undefined || blockedBefore(tokens, we, input.patterns)) return null
  const ids = listedActors(input, open.end, closing.start)
  const own = ids?.find((id) => input.speaker.sideIds.has(id))
  if (ids === null || ids.length < 2 || own === undefined) return null
  const partnerIds = [...new Set(ids.filter((id) => id !== own))]
  return { kind: 'explicit-subject', start: tokens[we]?.start ?? open.start, actorId: own, ...modal, ...(partnerIds.length > 0 ? { partnerIds } : {}) }
}

/**
 * The actors a list within sentence-relative [from, to) names, one a part
 * ("the Council", "its Member States"), joined by commas or "and"; null when
 * a part is no actor's name.
 */
function listedActors (input: SubjectInput, from: number, to: number): string[] | null {
  const { sentence, sentenceStart } = input
  const ids: string[] = []
  for (const part of sentence.slice(from, to).split(LIST_JOINER)) {
    const at = sentence.indexOf(part, from)
    const end = at + part.length
    const named = input.mentions.find((m) => m.end - sentenceStart === end && m.start - sentenceStart >= at && LIST_DETERMINER.test(sentence.slice(at, m.start - sentenceStart)))
    if (part === '' || named === undefined) return null
    ids.push(named.actorId)
    from = end
  }
  return ids
}

/** The first actor of the speaker's side named within sentence-relative [from, to), or null. */
function sideNamedBetween (input: SubjectInput, from: number, to: number): string | null {
  const named = input.mentions.find((m) => m.start - input.sentenceStart >= from && m.end - input.sentenceStart <= to && input.speaker.sideIds.has(m.actorId))
  return named?.actorId ?? null
}

/**
 * The subject of the modal when it is the speaker's side, or null: another
 * actor, a thing ("this", "it"), "you", a subject inside a time or condition
 * clause ("when you will be visiting"), or no subject at all.
 */
const OWNERS = new Set(['our', 'my'])

// How many tokens a phrase may take before the comma that ends it and opens the sentence's clause.
const MAX_OPENING_TOKENS = 8
// Conjunctions that open a subordinate clause, beyond the patterns' subordinators: its pronoun may be anything's.
const OPENING_SUBORDINATORS = new Set(['because', 'since', 'although', 'though', 'whereas', 'where', 'who', 'which', 'that'])

/**
 * Whether "he" or "she" may stand for an actor: a person, of that pronoun or
 * none known ("The Commission will ..., and she will" is no one; "she" is not
 * Commissioner Šefčovič). Without the document's actors, anyone may be meant.
 */
function personalFor (input: SubjectInput, word: string, actorId: string): boolean {
  return (input.isPerson?.(actorId) ?? true) && (input.pronounOf?.(actorId) ?? word) === word
}

/**
 * The side's person whom an opening "he" or "she" (word) stands for: the only
 * person the sentence before, in the same paragraph, names that the pronoun
 * may stand for, when their pronoun is known to be that one ("Commissioner Kos
 * welcomed the agreement. She will travel to Kyiv"). Null when it names none,
 * several ("Commissioner Kos met Prime Minister Meloni. She will") or someone
 * outside the side.
 */
function personNamedBefore (input: SubjectInput, word: string): string | null {
  const isPerson = input.isPerson
  if (input.previous == null || isPerson === undefined) return null
  const candidates = new Set(input.previous.mentions.filter((m) => isPerson(m.actorId) && personalFor(input, word, m.actorId)).map((m) => m.actorId))
  const [only] = candidates
  return candidates.size === 1 && only !== undefined && input.pronounOf?.(only) === word && input.speaker.sideIds.has(only) ? only : null
}

// The three words after the body a sentence opens on: its verb, past an adverb ("The Commission today adopted the plan"), and the word after it.
const BODY_WORDS = /^\s+(\p{Ll}+)\s+(\S+)(?:\s+(\S+))?/u

/**
 * The side's body (no person) that the sentence before, in the same paragraph, opens on as its subject, and the
 * words after its verb: whom an opening "It" stands for though that sentence pledged nothing ("The Commission
 * opened formal proceedings against Temu. It will now carry out an in-depth investigation"). Not "The Commission
 * proposal was adopted", nor "The Commission and Ukraine signed".
 */
function bodyBefore (input: SubjectInput): { actorId: string, afterVerb: string } | null {
  const { previous, opener } = input
  const mention = previous?.mentions[0]
  if (previous == null || opener == null || mention?.actorId !== opener || !input.speaker.sideIds.has(opener) || (input.isPerson?.(opener) ?? false)) return null
  const rest = previous.text.slice(mention.end - previous.start)
  const words = BODY_WORDS.exec(rest)
  if (words === null) return null
  // "The Commission may also decide to include measures": a modal no pattern takes still has the body for its
  // subject, and any verb after it, past an adverb, is that body's.
  const modal = words[1] ?? ''
  if (LEAD_MODALS.has(modal)) {
    const afterModal = rest.slice(words[0].indexOf(modal) + modal.length)
    const verbs = BODY_WORDS.exec(afterModal)
    if (verbs === null) return null
    const verb = (LEAD_ADVERBS.has(verbs[1] ?? '') ? verbs[2] : verbs[1]) ?? ''
    if (!/^\p{Ll}+$/u.test(verb)) return null
    return { actorId: opener, afterVerb: afterModal.slice(afterModal.indexOf(verb) + verb.length) }
  }
  const adverb = LEAD_ADVERBS.has(words[1] ?? '')
  const verb = (adverb ? words[2] : words[1]) ?? ''
  const next = (adverb ? words[3] : words[2]) ?? ''
  if (!(LEAD_VERB.test(verb) || IRREGULAR_PAST.has(verb)) || FINITE_AUXILIARIES.has(next.toLowerCase())) return null
  return { actorId: opener, afterVerb: rest.slice(rest.indexOf(verb) + verb.length) }
}

// What stands before and between the two actors a sentence opens on: "The President and the Prime Minister".
// A short phrase may open the sentence before them: "In addition, the EU and Uzbekistan signed".
const PAIR_OPENING = /^\s*(?:\d+\.\s+)?(?:\p{L}+(?:\s+\p{L}+){0,2},\s+)?(?:the\s+)?$/iu
const PAIR_JOINER = /^\s+and\s+(?:the\s+)?$/iu

/**
 * The two actors the sentence before, in the same paragraph, opens on as its subject, joined by "and", the first of
 * the side, and the words after their verb: whom an opening "They" stands for though that sentence pledged nothing
 * ("The President and the Prime Minister discussed trade. They will meet again in June", as read-outs report a
 * call; "The Commission and the EIB signed an agreement"). Not "The President and the Prime Minister's talks",
 * nor a pair inside a longer list ("The EU, Japan and Canada").
 */
function pairBefore (input: SubjectInput): { actorId: string, partnerIds: string[], afterVerb: string } | null {
  const { previous } = input
  const [first, second] = previous?.mentions ?? []
  if (previous == null || first === undefined || second === undefined || first.actorId === second.actorId || !input.speaker.sideIds.has(first.actorId)) return null
  const at = (offset: number): number => offset - previous.start
  if (!PAIR_OPENING.test(previous.text.slice(0, at(first.start))) || !PAIR_JOINER.test(previous.text.slice(at(first.end), at(second.start)))) return null
  const rest = previous.text.slice(at(second.end))
  const words = BODY_WORDS.exec(rest)
  if (words === null) return null
  const adverb = LEAD_ADVERBS.has(words[1] ?? '')
  const verb = (adverb ? words[2] : words[1]) ?? ''
  if (!(LEAD_VERB.test(verb) || IRREGULAR_PAST.has(verb))) return null
  return { actorId: first.actorId, partnerIds: [second.actorId], afterVerb: rest.slice(rest.indexOf(verb) + verb.length) }
}

/**
 * Whether tokens[index] follows a short phrase that opens the sentence and
 * ends on a comma: "In the coming months, it will", "There, she will",
 * "However, it will". Not after a subordinate clause: in "If the rules
 * work, it will extend them" the pronoun may be the rules.
 */
function afterOpeningPhrase (tokens: Token[], index: number, patterns: ModalPatterns): boolean {
  if (tokens[index - 1]?.text !== ',' || index - 1 > MAX_OPENING_TOKENS) return false
  if (beforeCondition(tokens, index) === -1) return true
  const first = tokens[0]?.lower ?? ''
  if (patterns.subordinators.has(first) || OPENING_SUBORDINATORS.has(first)) return false
  for (let i = 0; i < index - 1; i++) if (!(tokens[i]?.isWord ?? false)) return false
  return true
}

// An elliptic condition between "and" and a pronoun, or opening the
// sentence: "and, if necessary, it will", "If needed, she will". It names
// no thing the pronoun could stand for, as "If the rules work, it will" may.
const CONDITION_OPENERS = new Set(['if', 'where', 'when', 'whenever', 'as'])
const CONDITION_ENDS = new Set(['necessary', 'needed', 'appropriate', 'possible', 'required', 'warranted', 'justified', 'relevant', 'feasible', 'so'])

/** The token before an elliptic condition that ends right before tokens[index], or index - 1 when none does. */
function beforeCondition (tokens: Token[], index: number): number {
  let at = tokens[index - 1]?.text === ',' ? index - 2 : index - 1
  if (!CONDITION_ENDS.has(tokens[at]?.lower ?? '') || !CONDITION_OPENERS.has(tokens[at - 1]?.lower ?? '')) return index - 1
  at -= 2
  return tokens[at]?.text === ',' ? at - 1 : at
}

// A full condition between "and" and a pronoun: "and, if it finds the measures adequate, it will propose",
// "and, if the rules are breached, it will open". Its subject must be the pronoun itself or plural,
// so that the pronoun cannot stand for the thing the condition names ("if the fund is approved, it will").
const CLAUSE_CONDITION_OPENERS = new Set(['if', 'where', 'when', 'whenever', 'should', 'unless', 'once'])
const PLURAL_VERBS = new Set(['are', 'were', 'have', 'do'])
const MAX_CONDITION_TOKENS = 14

/** The token before a full condition set off by commas that ends right before tokens[index], or index - 1 when none does. */
function beforeClauseCondition (tokens: Token[], index: number): number {
  if (tokens[index - 1]?.text !== ',') return index - 1
  const pronoun = tokens[index]?.lower
  for (let at = index - 2; at >= Math.max(0, index - MAX_CONDITION_TOKENS); at--) {
    const token = tokens[at]
    if (token === undefined || !token.isWord) return index - 1
    if (!CLAUSE_CONDITION_OPENERS.has(token.lower)) continue
    if (!conditionOnItself(tokens.slice(at + 1, index - 1), pronoun)) return index - 1
    return tokens[at - 1]?.text === ',' ? at - 2 : at - 1
  }
  return index - 1
}

// A full condition that opens the sentence, up to the comma before the pronoun, is read past as after "and": "If it finds
// the measures adequate, it will propose", "If the rules are breached, it will open" ('own': its subject is the pronoun or
// plural). One on a thing ('thing') may name what an "it" is ("If the rules work, it will propose more"), so that "it"
// is the actor's only for an action on a procedure (the caller checks). Neither may name an actor the pronoun could be.
type OpeningCondition = 'own' | 'thing'

/** The kind of full condition that opens the sentence and ends on the comma before the pronoun at tokens[index], or null. */
function openingCondition (input: SubjectInput, index: number): OpeningCondition | null {
  const { tokens } = input
  const comma = tokens[index - 1]
  if (comma?.text !== ',' || index - 1 > MAX_CONDITION_TOKENS || !CLAUSE_CONDITION_OPENERS.has(tokens[0]?.lower ?? '')) return null
  const words = tokens.slice(1, index - 1)
  if (words.length === 0 || !words.every((token) => token.isWord)) return null
  const end = input.sentenceStart + comma.start
  if (input.mentions.some((mention) => mention.start >= input.sentenceStart && mention.start < end)) return null
  return conditionOnItself(words, tokens[index]?.lower) ? 'own' : 'thing'
}

/** Whether a condition's words (after its opener) have the pronoun itself or a plural for subject, so name no thing it could be. */
function conditionOnItself (words: Token[], pronoun: string | undefined): boolean {
  return words[0]?.lower === pronoun || words.some((word) => PLURAL_VERBS.has(word.lower))
}

// A time phrase between "and" and a pronoun: "..., and by the end of 2025 it will present a report", "and next year it
// will launch", "and, within six months, it will" (the words clause.ts's TIMED_CLAUSE reads as a clause's opening).
const TIME_OPENERS = new Set(['by', 'in', 'from', 'before', 'after', 'over', 'within', 'during', 'at', 'on', 'next', 'this', 'later', 'then', 'today', 'tomorrow'])
const MAX_TIME_TOKENS = 8

/** The token before a time phrase that opens the clause of the pronoun at tokens[index], or index - 1 when none does. */
function beforeTimePhrase (tokens: Token[], index: number): number {
  const last = tokens[index - 1]?.text === ',' ? index - 2 : index - 1
  for (let at = last; at >= Math.max(1, index - MAX_TIME_TOKENS); at--) {
    const token = tokens[at]
    if (token === undefined || (!token.isWord && at !== last && !/^[-–]$/u.test(token.text))) return index - 1
    if (!TIME_OPENERS.has(token.lower)) continue
    const before = tokens[at - 1]?.text === ',' ? at - 2 : at - 1
    const word = tokens[before]?.lower
    if (word === 'and' || word === 'but') return before
  }
  return index - 1
}

// Words after which a clause may open: "Today, Prime Minister Carney and I
// will", "..., and Dominic and I will", "That is why the Commission and I will".
const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'yet', 'that', 'why', 'how', 'today', 'now', 'then', 'together'])

/**
 * Whether the phrase at tokens[index] opens its clause: the sentence starts
 * there, or a punctuation mark or an opener comes before it, past the
 * capitalised words of a title ("I thank Prime Minister Modi" does not).
 */
function opensClause (tokens: Token[], index: number): boolean {
  let before = index - 1
  while (before > 0 && tokens[before]?.isWord === true && /^\p{Lu}/u.test(tokens[before]?.text ?? '')) before--
  const token = tokens[before]
  return token === undefined || !token.isWord || CLAUSE_OPENERS.has(token.lower) || (before === 0 && /^\p{Lu}/u.test(token.text))
}

// A plural noun that ends a name: "the Commissioners", "the Member States"; not a possessive or "Congress".
const PLURAL_END = /[^s'’]s$/iu

/**
 * Whether a subject that opens the sentence, before `before`, names several, as "they" does: a pair ("The EU and
 * Canada") or a name whose last word is a plural ("The Commissioners"), not a body's ("The College", "The Commission").
 */
function pluralLead (input: SubjectInput, actorId: string, partnerIds: string[] | undefined, before: number): boolean {
  if (partnerIds !== undefined && partnerIds.length > 0) return true
  const mention = input.mentions.find((m) => m.actorId === actorId && m.start >= input.sentenceStart && m.end <= input.sentenceStart + before)
  return mention !== undefined && PLURAL_END.test(mention.text)
}

export function findSubject (input: SubjectInput, previous: Subject | null): Subject | null {
  const { tokens, patterns } = input
  const inverted = invertedSubject(input)
  if (inverted !== null) return inverted
  const { index, negated, distance } = subjectIndex(input)
  // Cheap test first: the modal must follow a comma for "We, the Council and the Commission, will".
  const listed = input.sentence.slice(0, input.modalStart).trimEnd().endsWith(',') ? weList(input, { negated, distance }) : null
  if (listed !== null) return listed
  // "Both agreed to": the "both" of "we both" is read past as an adverb; opening the sentence, it may be the parties.
  if (index === -1 && tokens[0]?.lower === 'both') return partiesSubject(input, 0, { negated, distance })
  const raw = tokens[index]
  if (raw === undefined) return null
  const token = cutToken(raw, input.modalStart)
  if (token.lower === 'we' || token.text === 'I') {
    // "Dominic and I will meet": the person named before "and" commits too.
    const partner = tokens[index - 1]?.lower === 'and' ? mentionAt(input, index - 2) : null
    // Not "talks with Prime Minister Carney and we will": a name inside a
    // prepositional phrase is no subject; nor "We support Ukraine and we
    // will", an object: the name must open the clause.
    const partnerFirst = partner === null ? -1 : tokens.findIndex((t) => t.start >= partner.start)
    if (partner !== null && opensClause(tokens, partnerFirst) && !blockedBefore(tokens, partnerFirst, patterns)) {
      return { kind: token.lower === 'we' ? 'we' : 'i', start: partner.start, actorId: null, negated, distance, partnerIds: [partner.actorId] }
    }
    if (blockedBefore(tokens, index, patterns)) return null
    const named = token.lower === 'we' ? weApposition(input, index) : null
    if (named === 'no-side') return null
    if (named !== null) return { kind: 'explicit-subject', start: token.start, ...named, negated, distance }
    return { kind: token.lower === 'we' ? 'we' : 'i', start: token.start, actorId: null, negated, distance }
  }
  const placed = placedSubject(input, index, negated, distance)
  if (placed !== null) return placed
  // "We Europeans will defend our democracy": "we" with the people it is.
  if (tokens[index - 1]?.lower === 'we' && WE_APPOSITION.test(token.text)) {
    if (blockedBefore(tokens, index - 1, patterns)) return null
    return { kind: 'we', start: tokens[index - 1]?.start ?? token.start, actorId: null, negated, distance }
  }
  // "Our negotiators will meet again next week": the side's people are "we";
  // "my services will present" are the speaker's, as "I".
  const owner = patterns.ourPeople.has(token.lower) ? [index - 1, index - 2].find((at) => OWNERS.has(tokens[at]?.lower ?? '')) : undefined
  if (owner !== undefined) {
    if (blockedBefore(tokens, owner, patterns)) return null
    return { kind: tokens[owner]?.lower === 'my' ? 'i' : 'we', start: tokens[owner]?.start ?? token.start, actorId: null, negated, distance }
  }
  // "Our Commissioner for Trade, Valdis Dombrovskis, will travel": the person the title names.
  const titled = titledApposition(input, index)
  if (titled !== null && opensClause(tokens, tokens.findIndex((t) => t.start >= titled.start))) return mainClauseSubject(input, titled, { negated, distance })
  // "All of us will need to do more", "each of us must": "we", one by one.
  if (token.lower === 'us' && tokens[index - 1]?.lower === 'of' && US_QUANTIFIERS.has(tokens[index - 2]?.lower ?? '')) {
    if (blockedBefore(tokens, index - 2, patterns)) return null
    return { kind: 'we', start: tokens[index - 2]?.start ?? token.start, actorId: null, negated, distance }
  }
  // "We will deepen ... and will expand": the subject carries over.
  if (previous !== null && (token.lower === 'and' || token.lower === 'but')) {
    return { ...previous, start: input.modalStart, negated, distance: distance + 3 }
  }
  // "We condemn this attack and will respond", "The EU reiterates its
  // support ... and will continue": the subject that opens the sentence is
  // the subject of both its verbs.
  if (previous === null && token.lower === 'and') {
    const lead = leadSubject(input, index)
    if (lead !== null) return { ...lead, start: input.modalStart, negated, distance: distance + 3 }
  }
  // "The Commission will launch a campaign. It will present a report": the
  // pronoun that opens a sentence is the actor that committed in the one
  // before (the caller checks that the action is an actor's, not a thing's).
  const antecedent = input.antecedent
  const opening = index === 0 || afterOpeningPhrase(tokens, index, patterns)
  // "The two leaders agreed to conclude an agreement. They will meet again in May."
  if (opening && token.lower === 'they' && antecedent?.partnerIds !== undefined && input.speaker.sideIds.has(antecedent.actorId)) {
    return { kind: 'explicit-subject', start: token.start, actorId: antecedent.actorId, negated, distance, partnerIds: antecedent.partnerIds }
  }
  // "The leaders condemned the attack. They will continue to support Ukraine": in a joint text, after a sentence that
  // opens on all its parties, though it pledged nothing; an action only a thing takes is the things' that sentence
  // names ("The leaders welcomed the agreements. They will enter into force next year").
  const parties = opening && token.lower === 'they' ? partiesBefore(input) : null
  if (parties !== null && parties[0] !== undefined) {
    return { kind: 'explicit-subject', start: token.start, actorId: parties[0], negated, distance, partnerIds: parties.slice(1), pronoun: 'thing', afterAntecedent: input.previous?.text ?? '' }
  }
  // "The Commission will monitor imports. If the data show a surge, it will open an investigation": past a full condition too.
  const conditioned = opening || index === 0 || PRONOUNS[token.lower] === undefined ? null : openingCondition(input, index)
  if ((opening || conditioned !== null) && antecedent != null && input.speaker.sideIds.has(antecedent.actorId) && PRONOUNS[token.lower] === antecedent.person &&
    (!antecedent.person || personalFor(input, token.lower, antecedent.actorId))) {
    const procedureOnly = conditioned === 'thing' && !antecedent.person ? { procedureOnly: true as const } : {}
    return { kind: 'explicit-subject', start: token.start, actorId: antecedent.actorId, negated, distance, pronoun: antecedent.person ? 'person' : 'thing', afterAntecedent: antecedent.afterVerb, ...procedureOnly }
  }
  // "The Commission adopted the Action Plan today. It will present a proposal": the side's body the sentence before opens
  // on, though it pledged nothing; the caller checks the action as after a pledge ("The Commission adopted a proposal. It
  // will provide EUR 5 billion" is the proposal's).
  const body = opening && token.lower === 'it' && antecedent == null ? bodyBefore(input) : null
  if (body !== null) return { kind: 'explicit-subject', start: token.start, actorId: body.actorId, negated, distance, pronoun: 'thing', afterAntecedent: body.afterVerb }
  // "The President and the Prime Minister discussed trade. They will meet again in June": the pair the sentence before
  // opens on, though it pledged nothing, as "They" after their pledge is; the caller checks the action as for "It".
  // Not a "They" that reports a decision in a joint text or read-out ("They agreed to launch talks"), all its parties.
  const pair = opening && token.lower === 'they' && antecedent == null && partiesSubject(input, index, { negated, distance }) === null ? pairBefore(input) : null
  if (pair !== null) return { kind: 'explicit-subject', start: token.start, actorId: pair.actorId, negated, distance, partnerIds: pair.partnerIds, pronoun: 'thing', afterAntecedent: pair.afterVerb }
  // "Commissioner Kos welcomed the agreement. She will travel to Kyiv": the one person of its pronoun the sentence before names, of the side.
  const named = opening && PRONOUNS[token.lower] === true ? personNamedBefore(input, token.lower) : null
  if (named !== null) return { kind: 'explicit-subject', start: token.start, actorId: named, negated, distance, pronoun: 'person' }
  // "He will travel to Washington on 7 April" in a read-out about Commissioner Šefčovič: the person it is about, if "he".
  if (opening && input.readoutSubject != null && token.lower === input.pronounOf?.(input.readoutSubject) && input.speaker.sideIds.has(input.readoutSubject)) {
    return { kind: 'explicit-subject', start: token.start, actorId: input.readoutSubject, negated, distance, pronoun: 'person' }
  }
  // "The Commission will not let the talks stall, and it will push to
  // conclude them": a pronoun after "and" or "but" is the actor that
  // committed earlier in the sentence.
  // So is one in a clause on the place the sentence named: "President von der
  // Leyen will travel to Kyiv, where she will meet President Zelenskyy", and
  // "Commissioner Hoekstra arrived in Belém today, where he will lead the EU
  // negotiating team", the subject that opens the sentence. The actor may
  // itself be a pronoun for it, the same word: "Fitto will present the
  // review, and he will travel to Valencia, where he will meet ...".
  // Past an elliptic condition: "and, if necessary, it will open an investigation", or a full one on the pronoun
  // or on a plural: "and, if it finds the measures adequate, it will propose".
  const person = PRONOUNS[token.lower]
  const elliptic = person === undefined ? index - 1 : beforeCondition(tokens, index)
  const afterCondition = person === undefined || elliptic !== index - 1 ? elliptic : beforeClauseCondition(tokens, index)
  const joiner = person !== undefined && afterCondition === index - 1 ? beforeTimePhrase(tokens, index) : afterCondition
  const conjunction = tokens[joiner]?.lower === 'and' || tokens[joiner]?.lower === 'but'
  const where = tokens[index - 1]?.lower === 'where' && tokens[index - 2]?.text === ','
  const samePronoun = previous?.pronoun === undefined || WORD_AT.exec(input.sentence.slice(previous.start, previous.start + 4))?.[0].toLowerCase() === token.lower
  if (person !== undefined && previous?.kind === 'explicit-subject' && previous.actorId !== null && samePronoun && (conjunction || where) &&
    (!person || personalFor(input, token.lower, previous.actorId))) {
    return { kind: 'explicit-subject', start: token.start, actorId: previous.actorId, negated, distance, pronoun: person ? 'person' : 'thing' }
  }
  // And "The EU condemns this attack, and it will respond": the subject that opens the sentence.
  const joined = conjunction && tokens[joiner - 1]?.text === ','
  if (person !== undefined && previous === null && (where || joined)) {
    const lead = leadSubject(input, where ? index - 2 : joiner - 1)
    if (lead?.kind === 'explicit-subject' && lead.actorId !== null && (!person || personalFor(input, token.lower, lead.actorId))) {
      return { kind: 'explicit-subject', start: token.start, actorId: lead.actorId, negated, distance, pronoun: person ? 'person' : 'thing', afterAntecedent: input.sentence.slice(0, token.start) }
    }
  }
  // "The Commissioners also discussed the return regulation, and they agreed to prioritise its adoption": "they" is the
  // subject that opens the sentence when that names several (a plural, or a pair); the caller checks the action as for "it".
  if (token.lower === 'they' && previous === null && joined) {
    const lead = leadSubject(input, joiner - 1)
    if (lead?.kind === 'explicit-subject' && lead.actorId !== null && pluralLead(input, lead.actorId, lead.partnerIds, token.start)) {
      return { kind: 'explicit-subject', start: token.start, actorId: lead.actorId, negated, distance, ...(lead.partnerIds === undefined ? {} : { partnerIds: lead.partnerIds }), pronoun: 'thing', afterAntecedent: input.sentence.slice(0, token.start) }
    }
  }
  const explicit = explicitSubject(input, index)
  if (explicit !== null) {
    // "My services and the EEAS will": the side's people too, when the named one is of the side.
    return ownPeopleOpening(input, index) === null ? mainClauseSubject(input, explicit, { negated, distance }) : ownPeopleAndNamed(input, index, { negated, distance })
  }
  return partiesSubject(input, index, { negated, distance }) ?? withUnnamedPartners(input, index, { negated, distance }) ??
    ownPeopleAndNamed(input, index, { negated, distance })
}

interface OwnPeoplePair { owner: number, named: SubjectPart }

/**
 * "My services and the EEAS will", "We and the Member States will": the
 * side's own people or "we" (token `owner`), joined by "and" to the actor
 * named right before the modal. Null when the subject is no such pair.
 */
function ownPeopleOpening (input: SubjectInput, index: number): OwnPeoplePair | null {
  const { tokens, patterns } = input
  const named = mentionAt(input, index)
  if (named === null) return null
  const first = tokens.findIndex((t) => t.start >= named.start)
  if (tokens[first - 1]?.lower !== 'and') return null
  const head = tokens[first - 2]
  const owner = head?.lower === 'we' ? first - 2 : patterns.ourPeople.has(head?.lower ?? '') ? [first - 3, first - 4].find((at) => OWNERS.has(tokens[at]?.lower ?? '')) : undefined
  return owner === undefined ? null : { owner, named }
}

/** Such a pair commits the side with the one named, unless it sits in a phrase ("Talks with my services and the EEAS will start"). */
function ownPeopleAndNamed (input: SubjectInput, index: number, modal: Pick<Subject, 'negated' | 'distance'>): Subject | null {
  const pair = ownPeopleOpening(input, index)
  const opener = pair === null ? undefined : input.tokens[pair.owner]
  if (pair === null || opener === undefined || blockedBefore(input.tokens, pair.owner, input.patterns)) return null
  return { kind: opener.lower === 'my' ? 'i' : 'we', start: opener.start, actorId: null, ...modal, partnerIds: [pair.named.actorId] }
}
