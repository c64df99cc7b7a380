import type { ActorExtraction, ActorRecord, Commitment, Mention, ParagraphSpan, ParsedDocument, SentenceSpan, TopicMatch } from '../types.js'
import { clauseEnd, CONDITION_ADJECTIVES, NEXT_MODAL, NEXT_SUBJECT, REPORTER_GOES_ON, REQUEST_OF_OTHERS, SCHEDULE, TIMED_CLAUSE } from './clause.js'
import { resolveHolders, sideOf, speakerContext } from './holders.js'
import type { SpeakerContext } from './holders.js'
import { loadModalPatterns } from './modal-patterns.js'
import type { ModalPatterns, ModalRule } from './modal-patterns.js'
import { partnersWith } from './partners-with.js'
import { capitalisedAction, findPredicate } from './predicate.js'
import { abilityBefore, elidedEnd, repeatsVerbBefore } from './elided.js'
import { deniedByFrame, quotedFromOthers, viewOfOthers } from './quotes.js'
import { carriedQuoteSpeaker, lastSpeakerOrNamed, quoteAt, quoteSpeakers, signatureOf, type Carried, type QuoteSpeaker } from './quote-speakers.js'
import type { Predicate } from './predicate.js'
import { readoutSubject } from './readout-subject.js'
import { opensOnLabel } from '../signature-line.js'
import { reportedByOthers } from './reporter.js'
import { togetherWith } from './together-with.js'
import { findSubject, possessiveSubject, reportedAgainSubject, reportedSubject, reporterSubject } from './subject.js'
import type { Antecedent, Subject, SubjectInput } from './subject.js'
import { findTargets, type TargetInput } from './targets.js'
import { findTimeframe } from './timeframe.js'
import { firstTokenFrom, tokenise } from './tokens.js'
import type { Token } from './tokens.js'

// Headings and salutations state no action; quotes and list items may.
const SCANNED_KINDS = new Set(['body', 'quote', 'list_item'])
// English patterns on another language would only make up commitments.
const SCANNED_LANGUAGES = new Set(['en', 'und'])
// A modal that carries its negation: "won't", "aren't going to", "are not going to".
const MODAL_NEGATION = /n['’]t\b|\bnot\b/i
// A question asks; it does not pledge ("Why do we need to act?").
const QUESTION = /\?["”’)]*\s*$/
// A journalist's turn in a transcript: "Q. Ministers say the EU will ...", "Question:", "Journalist (inaudible):".
const JOURNALIST_LABEL = /^(?:Q|Questions?|Journalist|Reporter)(?:\s*\([^)]{0,60}\))?\s*[.:](?:\s|$)/iu
const WANTS_US = /\sus\s+to$/i
const HEDGES = /\b(?:perhaps|maybe|hopefully|probably|possibly|I\s+(?:think|hope|believe))\b/i

// What an actor does to a procedure or a meeting, and those: "It will open an
// in-depth investigation", "It will hold a public workshop".
const PROCEDURE_ACTIONS = new Set(['open', 'reopen', 'close', 'start', 'conclude', 'end', 'hold', 'refer'])
const PROCEDURE_OBJECT = /^\s*(?:(?:an?|the|its|formal|new|further|in-depth|public|targeted|anti-dumping|anti-subsidy|anti-circumvention|infringement|compliance|high-level|stakeholder)\s+)*(?:investigations?|proceedings|procedures?|consultations?|negotiations|talks|calls?|tenders?|dialogues?|cases?|workshops?|meetings?|conferences?|hearings?|forums?|events?|summits?)\b/i

// Keeping a matter under review or people informed is monitoring, an actor's: "It will keep the situation under close review".
const KEPT_UNDER_WATCH = /^[^.;:]{0,80}?\b(?:under\s+(?:\w+\s+)?(?:review|scrutiny|watch|observation)|informed)\b/i

// Taking action, measures or a decision is an actor's act: "It will take the necessary measures", "It will take a
// decision by June"; not what a thing takes: "It will take time", "it will take effect".
const TAKEN_BY_ACTOR = /^\s*(?:(?:a|the|its|any|all|further|swift|firm|decisive|immediate|appropriate|necessary|concrete|additional|final|urgent|formal)\s+)*(?:action|measures|steps|decisions?|stock|note)\b/i
// Taking a matter into account is an actor's as often as an act's or a plan's ("The proposal will take into account
// the views of farmers"): "it" takes it as the actor when no such thing is named after the actor's verb, as with
// the actions an act or a fund shares.
const TAKEN_INTO_ACCOUNT = /^\s*(?:[^.;:]{1,60}?\s)?into\s+(?:account|consideration)\b/i

// Modals only an actor can be the subject of; a readiness too: "and it stands ready to act"; a decision: "and it agreed to".
const ACTOR_MODAL = /^(?:agree[sd]?\b|(?:has|have)\s+(?:\w+\s+)?agreed|intends?|wants?|wishes|is\s+determined|is\s+committed|commits|undertakes|promises|pledges|stands?\s+(?:\w+\s+){0,3}ready|(?:is|remains?|stays?)\s+(?:\w+\s+){0,3}(?:ready|prepared|willing))\b/i

interface Found {
  modal: ModalRule
  /** The modal as written: "won't" and "are not going to" carry their own negation. */
  modalText: string
  subject: Subject
  predicate: Predicate
  end: number
  /** Whose "we" and "I" these are: the document's speaker, or the person quoted. */
  speaker: SpeakerContext
  /** A list item that completes a lead-in ending on its modal ("the Commission will:"). */
  listed?: true
  /** A frame before the subject denies the clause: "This does not mean that we will lower our standards". */
  denied?: true
  /** A modal with no verb repeats the clause before's ("We have to do better, and we will"): where that object ends. */
  elidedObjectEnd?: number
}

/**
 * The part of a lead-in that its list items complete: "the Commission will:"
 * has a modal and a subject, and no action yet; "Over the next four years,
 * we will:" also the time frame of every item that has none of its own.
 */
/** A lead-in's pledge, with the indentation of the first item it met: deeper items are an item's own list. */
type Lead = Omit<Found, 'predicate' | 'end'> & { timeframe?: Commitment['timeframe'], indent?: number }

function confidence (found: Found, holderIds: string[], sentence: string): number {
  let value = found.modal.confidence
  if (found.subject.kind === 'explicit-subject') value += 0.05
  if (holderIds.length === 0) value -= 0.1
  if (found.predicate.throughBe) value -= 0.1
  if (found.subject.distance > 2) value -= 0.05 * Math.min(found.subject.distance - 2, 3)
  if (found.end <= found.predicate.objectStart) value -= 0.1
  if (HEDGES.test(sentence)) value -= 0.15
  if (found.listed === true) value -= 0.05
  return Math.round(Math.min(1, Math.max(0.05, value)) * 100) / 100
}

/** The quotes of a paragraph and who speaks in them, for the modals found inside one. */
interface Quotes {
  paragraph: ParagraphSpan
  speakers: QuoteSpeaker[]
  /** Whether the document has a speaker of its own (a speech), rather than speaking only through quotes. */
  documentSpeaker: boolean
  /** The side a quoted person speaks for, as the document speaker's context does. */
  contextOf: (personId: string) => SpeakerContext
  /** The document speaker's context, which bodies that report a quote together join. */
  documentContext: SpeakerContext
}

/** Who speaks in a quote: its person's side, or the bodies that report it together; null for the document's own voice. */
function quotedContextOf (quote: QuoteSpeaker | null, quotes: Quotes | null): SpeakerContext | null {
  if (quote === null || quotes === null) return null
  if (quote.bodyIds !== undefined) return bodiesContext(quotes.documentContext, quote.bodyIds)
  return quote.personId === null ? null : quotes.contextOf(quote.personId)
}

/** "Germany, France and the European Union said: “We will ...”": "we" and "I" are all of them. */
function bodiesContext (documentSpeaker: SpeakerContext, bodyIds: string[]): SpeakerContext {
  return { i: bodyIds, we: bodyIds, jointWe: bodyIds, sideIds: new Set([...documentSpeaker.sideIds, ...bodyIds]) }
}

/** The modal rule whose group matched. */
function modalOf (match: RegExpExecArray, patterns: ModalPatterns): ModalRule | undefined {
  let group = 1
  while (group < match.length && match[group] === undefined) group++
  return patterns.modals[group - 1]
}

/** The attributed quote at sentence-relative `offset`, or null outside one. */
function quotedAt (sentence: SentenceSpan, offset: number, quotes: Quotes | null): QuoteSpeaker | null {
  return quotes === null ? null : quoteAt(quotes.paragraph.text, quotes.speakers, sentence.start - quotes.paragraph.start + offset)
}

/**
 * "They agreed that the EU and Canada would deepen their cooperation and
 * would work together": a reported "would" joined by "and" or "but" to the
 * reported pledge before it has the same subject. Any other bare "would"
 * stays a wish or a condition.
 */
function carriedReport (input: SubjectInput, previous: Found | undefined): Subject | null {
  if (previous?.modal.reported !== true) return null
  const carried = findSubject(input, previous.subject)
  return carried !== null && carried.start === input.modalStart ? carried : null
}

/**
 * Whether the action of a pronoun "it" is its actor's: one only an actor
 * takes ("It will present a report"), any after a modal only an actor has
 * ("It intends to", "it stands ready to"), opening or concluding a procedure, referring a case or holding a meeting
 * ("It will open an investigation", "It will refer the case to the Court"; not "It will refer to the rules", as
 * a text does), keeping a matter under review, taking action, measures or a decision ("It will take
 * the necessary measures"; not "It will take time"), or one an act or a fund takes too
 * ("provide", "fund", "open", "take into account") when the words after the actor's verb name no
 * such thing: "The EU will support Ukraine, and it will open its market", not
 * "The Commission will propose a new fund. It will provide EUR 5 billion".
 */
function actorsAction (predicate: Predicate, modal: string, sentence: string, afterAntecedent: string, patterns: ModalPatterns): boolean {
  const action = predicate.action
  if (patterns.pronounActions.has(action) || ACTOR_MODAL.test(modal)) return true
  if (onProcedure(predicate, sentence)) return true
  if (action === 'keep' && KEPT_UNDER_WATCH.test(sentence.slice(predicate.objectStart))) return true
  if (action === 'take' && TAKEN_BY_ACTOR.test(sentence.slice(predicate.objectStart))) return true
  const shared = patterns.sharedActions.has(action) || (action === 'take' && TAKEN_INTO_ACCOUNT.test(sentence.slice(predicate.objectStart)))
  return shared && !patterns.actingThings.test(afterAntecedent)
}

/** Whether the action opens, concludes or holds a procedure or a meeting: "open an investigation", "hold a workshop". */
function onProcedure (predicate: Predicate, sentence: string): boolean {
  return PROCEDURE_ACTIONS.has(predicate.action) && PROCEDURE_OBJECT.test(sentence.slice(predicate.objectStart))
}

/** What the paragraph said before a sentence, that its pronouns may stand for. */
type Before = Pick<SubjectInput, 'antecedent' | 'namedBefore' | 'people' | 'opener' | 'previous' | 'readoutSubject'>

/** What the document's actors are: whom "he" or "she" may stand for. */
type Known = Required<Pick<SubjectInput, 'isPerson' | 'pronounOf'>> & {
  /** Whether an actor may act with the subject as a party of its pledge ("The EU, together with Egypt, will"): a country or an organisation. */
  isParty: (actorId: string) => boolean
}

// Words a sentence may open with before the actor it opens on: "The IMF published ...", also past a short phrase
// of plain words set off by a comma, as press releases tie a step to the one before: "In parallel, the Commission
// opened formal proceedings", "Last year, the IMF published". The phrase names no actor, or that actor would come first.
const BEFORE_OPENER = /^\s*(?:[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,7},\s+)?(?:the\s+)?$/iu

/** The actor a sentence opens on, if it opens on one. */
function openerOf (sentence: SentenceSpan, mentions: Mention[]): string | null {
  const first = mentions[0]
  return first !== undefined && BEFORE_OPENER.test(sentence.text.slice(0, first.start - sentence.start)) ? first.actorId : null
}

/** Every committing clause of one sentence, left to right; tokenises only sentences with a modal. */
function scanSentence (sentence: SentenceSpan, mentions: Mention[], documentSpeaker: SpeakerContext, quotes: Quotes | null, patterns: ModalPatterns, before: Before, known: Known): { found: Found[], tokens: Token[] } {
  const found: Found[] = []
  let tokens: Token[] = []
  const regex = patterns.modalRegex
  regex.lastIndex = 0
  for (let match = regex.exec(sentence.text); match !== null; match = regex.exec(sentence.text)) {
    if (tokens.length === 0) tokens = tokenise(sentence.text)
    const modal = modalOf(match, patterns)
    if (modal === undefined) continue
    // "We agreed with Canada to launch": the partners named decide too.
    const partners = modal.partnersWith ? partnersWith(match[0], match.index, sentence.start, mentions) : []
    if (partners === null) continue
    const quote = quotedAt(sentence, match.index, quotes)
    // Someone we cannot name as an actor speaks: a pledge, but not the side's.
    if (quote?.stranger === true) continue
    const quoted = quotedContextOf(quote, quotes)
    // A speech's "he said: 'we will ...'" is someone else's pledge; a press
    // release quoting its Commissioner as "he" is how its side speaks.
    if (quotedFromOthers(sentence.text, match.index) && (quoted === null || quotes?.documentSpeaker === true)) continue
    const speaker = quoted ?? documentSpeaker
    const input = { sentence: sentence.text, sentenceStart: sentence.start, tokens, mentions, modalStart: match.index, speaker, patterns, ...before, ...known }
    // "But the Commission can help, and it will": a pledge with no verb after an ability, which pledged nothing, repeats it.
    const ability = found.length === 0 && !modal.reported && elidedEnd(sentence.text, match.index + match[0].length) !== null
      ? ableBefore(input, modal, patterns)
      : undefined
    const previous = found.at(-1) ?? ability
    // "that the Commission would present a plan, and that she will travel": the same report's second clause.
    const named = reportedAgainSubject(input, previous?.subject ?? null) ?? (modal.reported
      ? reportedSubject(findSubject(input, null), input) ?? carriedReport(input, previous)
      : modal.possessive ? possessiveSubject(input) : findSubject(input, previous?.subject ?? null) ?? reporterSubject(input, modal.modality === 'obligation'))
    if (named === null) continue
    const beforeSubject = sentence.text.slice(0, named.start)
    if (modal.rule === 'have-to' && holdsMeans(beforeSubject, patterns)) continue
    // "Others say that we should open them wide", "The Houthis say the EU will attack Yemen": their view, not a pledge.
    const about = named.actorId === null ? [] : [named.actorId, ...(named.partnerIds ?? [])]
    if (viewOfOthers(beforeSubject) || reportedByOthers(input, named.start, about)) continue
    // "I want us to cut red tape": the speaker wants it of the side's "we".
    const own = named.kind === 'i' && WANTS_US.test(match[0]) ? { ...named, kind: 'we' as const } : named
    // "Never again will we let ...": the action comes after an inverted subject.
    const modalEnd = Math.max(match.index + match[0].length, own.after ?? 0)
    // "The EU, together with Egypt, will co-host the conference": the parties named with the subject hold it too.
    const joined = [...partners, ...togetherWith(sentence.text, sentence.start, own.start, match.index, modalEnd, mentions, known.isParty)]
      .filter((id) => id !== own.actorId)
    const subject = joined.length === 0 ? own : { ...own, partnerIds: [...new Set([...(own.partnerIds ?? []), ...joined])] }
    // "We have to do better, and we will": the verb left out is the clause before's, with its object.
    const elided = elidedEnd(sentence.text, modalEnd)
    if (elided !== null) {
      // The ability's subject must be the pledge's ("The Member States can act, and we will" is no pledge to act), and
      // "it" must take an actor's action ("It can wait, and it will" is a thing's).
      const asAble = previous === ability && ability !== undefined && (!oneSubject(ability.subject, subject) ||
        (subject.pronoun === 'thing' && !actorsAction(ability.predicate, match[0], sentence.text, sentence.text.slice(ability.predicate.objectStart, subject.start), patterns)))
      if (previous !== undefined && !asAble && subject.start < match.index && repeatsVerbBefore(sentence.text, previous.end, subject.start, negatedFound(previous))) {
        found.push({ modal, modalText: match[0], subject, predicate: previous.predicate, end: elided, speaker, elidedObjectEnd: previous.end })
      }
      continue
    }
    const predicate = findPredicate(tokens, sentence.text, modalEnd, modal, subject.kind, patterns)
    if (predicate === null) continue
    // "It will apply from 2026" is the act's doing, "It will present a report" the Commission's.
    // A person's pronoun ("She will also address the forum") may take any action. An "it" whose earlier verb in the
    // sentence was the actor's stands for the actor in every verb it is the subject of: "It will present a principle
    // and will develop a methodology" is the Commission's twice, though a law named before may develop things too.
    if (subject.pronoun === 'thing' && !carriedFrom(previous, subject, match.index)) {
      // The words after the verb of the clause before, whose things "..., and it will" may stand for.
      const afterAntecedent = subject.afterAntecedent ?? (previous === undefined ? '' : sentence.text.slice(previous.predicate.objectStart, subject.start))
      if (!actorsAction(predicate, match[0], sentence.text, afterAntecedent, patterns)) continue
    }
    // "If the rules work, it will propose more": past a condition on things, only an action on a procedure is the actor's.
    if (subject.procedureOnly === true && !onProcedure(predicate, sentence.text)) continue
    // "That is the question I want to answer today": the speech names its own matter, a move, no pledge.
    if (named.kind === 'i' && patterns.matterMove.test(sentence.text.slice(predicate.verbStart)) && namesMatter(beforeSubject, patterns)) continue
    // A reduced relative clause: "the issues we have to discuss are very difficult".
    if (/^\s*(?:are|is|was|were)\b/.test(sentence.text.slice(predicate.objectStart))) continue
    const end = Math.max(clauseEnd(sentence.text, predicate.objectStart, subject.start), predicate.objectStart)
    // "This does not mean that we will lower our standards": a pledge not to.
    found.push({ modal, modalText: match[0], subject, predicate, end, speaker, ...(deniedByFrame(beforeSubject) ? { denied: true as const } : {}) })
  }
  return { found, tokens }
}

/**
 * The clause before an elided pledge's ", and" when it states an ability, "We can do better", as a clause the pledge
 * may repeat (never a commitment of its own): its subject, its verb and object, to its end; undefined when there is none.
 */
function ableBefore (input: SubjectInput, modal: ModalRule, patterns: ModalPatterns): Found | undefined {
  const can = abilityBefore(input.sentence, input.modalStart)
  if (can === null) return undefined
  const subject = findSubject({ ...input, modalStart: can.start }, null)
  if (subject === null) return undefined
  const predicate = findPredicate(input.tokens, input.sentence, can.end, modal, subject.kind, patterns)
  if (predicate === null) return undefined
  const end = Math.max(clauseEnd(input.sentence, predicate.objectStart, subject.start), predicate.objectStart)
  return { modal, modalText: input.sentence.slice(can.start, can.end), subject, predicate, end, speaker: input.speaker }
}

/** Whether a clause has no subject of its own but the one of the clause before, carried over its "and" to the modal. */
function carriedFrom (previous: Found | undefined, subject: Subject, modalStart: number): boolean {
  return previous !== undefined && subject.start === modalStart && oneSubject(previous.subject, subject)
}

/** Whether two clauses have one subject: "we" and "we", or one actor ("the Commission" and "it" for it). */
function oneSubject (a: Subject, b: Subject): boolean {
  return a.kind === b.kind && a.actorId === b.actorId && (a.partnerIds ?? []).join() === (b.partnerIds ?? []).join()
}

// The noun a relative clause's subject follows: "every tool (that) we have to", "the question I want to answer".
const HEAD_BEFORE = /(\p{L}+)\s+(?:(?:that|which)\s+)?(?:the\s+)?$/u

/** The noun, lowercased, that heads a relative clause whose subject comes right after `beforeSubject`; null if none. */
function relativeHead (beforeSubject: string): string | null {
  return HEAD_BEFORE.exec(beforeSubject.slice(-40))?.[1]?.toLowerCase() ?? null
}

/**
 * "We will use every tool we have to protect consumers", "the only option we
 * have to stop them": "have" holds the means and "to" says what for, no
 * obligation; "the rules we have to enforce" is one.
 */
function holdsMeans (beforeSubject: string, patterns: ModalPatterns): boolean {
  const head = relativeHead(beforeSubject)
  return head !== null && patterns.heldMeans.has(head)
}

/** Whether the clause heads on a noun of the speech's own matter, singular or plural: "the question(s) (that) I". */
function namesMatter (beforeSubject: string, patterns: ModalPatterns): boolean {
  const head = relativeHead(beforeSubject)
  return head !== null && (patterns.matters.has(head) || (head.endsWith('s') && patterns.matters.has(head.slice(0, -1))))
}

// What may stand between a lead-in's modal and its colon: "the Commission will also:".
const LEAD_END = /^(?:\s+(?:also|further|therefore|now|then|notably|jointly|together|in particular))*\s*:\s*$/u
// A list item's marker: a dash, a bullet, "(a)", "1.", "iii)".
const ITEM_MARKER = /^\s*(?:[-–—•*·▪◦●]|\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)])?\s*/u
// Words that open a noun phrase, not an action: "a Talent Pool" completes "will propose:", not "will:".
const NOT_ACTIONS = new Set(['a', 'an', 'the', 'this', 'these', 'that', 'those', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'new', 'more', 'further', 'all', 'some', 'any', 'each', 'every', 'other', 'to', 'for', 'of', 'in', 'on', 'by', 'with', 'and', 'or'])

/**
 * A sentence that ends on its modal and a colon, "To address shortages, the
 * Commission will:", when its subject is the speaker's side: the modal and
 * subject that each list item after it completes with an action.
 */
function findLead (sentence: SentenceSpan, tokens: Token[], mentions: Mention[], documentSpeaker: SpeakerContext, quotes: Quotes | null, patterns: ModalPatterns): Lead | null {
  if (!sentence.text.trimEnd().endsWith(':')) return null
  const regex = patterns.modalRegex
  regex.lastIndex = 0
  let last: RegExpExecArray | null = null
  for (let match = regex.exec(sentence.text); match !== null; match = regex.exec(sentence.text)) last = match
  if (last === null || !LEAD_END.test(sentence.text.slice(last.index + last[0].length))) return null
  const modal = modalOf(last, patterns)
  // A lead-in "agreed with Canada to:" is rare; its partners are left to the items' own sentences.
  if (modal === undefined || modal.reported || modal.partnersWith) return null
  const quote = quotedAt(sentence, last.index, quotes)
  if (quote?.stranger === true) return null
  const speaker = quotedContextOf(quote, quotes) ?? documentSpeaker
  const input = { sentence: sentence.text, sentenceStart: sentence.start, tokens, mentions, modalStart: last.index, speaker, patterns }
  // "Our goal is to:" names its subject by the possessive.
  const subject = modal.possessive ? possessiveSubject(input) : findSubject(input, null)
  return subject === null ? null : { modal, modalText: last[0], subject, speaker }
}

// What follows a noun, not a verb that takes an object: "peace and stability", "respect for human rights".
const NOUN_FOLLOWERS = new Set(['and', 'or', 'of', 'for', 'in', 'on', ',', ';', '.'])

// A word that joins an item to the one before it: "- and present a proposal", "- as well as launch ...".
const ITEM_JOINER = /^(?:and|or|but\s+also|as\s+well\s+as|also)\s+/u

/**
 * A list item's first sentence as the action of its lead-in: "- launch a new
 * Skills Partnership with Morocco by the end of 2024;", "- and present a
 * proposal". An item written with a capital ("- Propose new measures") opens
 * on a verb only when it looks like one (capitalisedAction): "- Critical
 * Medicines Act" names a thing.
 */
/** How many spaces or tabs open the line the offset is on. */
function indentOf (text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  let end = lineStart
  while (text[end] === ' ' || text[end] === '\t') end++
  return end - lineStart
}

function completeLead (lead: Lead, sentence: SentenceSpan, tokens: Token[], patterns: ModalPatterns): Found | null {
  let start = ITEM_MARKER.exec(sentence.text)?.[0].length ?? 0
  start += ITEM_JOINER.exec(sentence.text.slice(start))?.[0].length ?? 0
  const first = /^\p{L}+/u.exec(sentence.text.slice(start))?.[0]
  if (first === undefined) return null
  const lower = first.toLowerCase()
  // The item opens on the lead-in's action, so a to-modal that may take a noun takes it as a verb: "We commit to:"
  // then "- co-finance renewable energy projects" is a pledge to co-finance, not to commit; though not a word
  // that a conjunction or a preposition follows: "- peace and stability in the region" stays "commit".
  const verb = firstTokenFrom(tokens, start)
  const nounLike = NOUN_FOLLOWERS.has(tokens[verb + 1]?.lower ?? ',')
  if (NOT_ACTIONS.has(lower) || (first !== lower && !capitalisedAction(tokens, verb, nounLike, patterns))) return null
  const modal = lead.modal.fallbackAction === undefined || nounLike ? lead.modal : { ...lead.modal, fallbackAction: undefined }
  const predicate = findPredicate(tokens, sentence.text, start, modal, lead.subject.kind, patterns)
  if (predicate === null) return null
  const end = Math.max(clauseEnd(sentence.text, predicate.objectStart), predicate.objectStart)
  return { ...lead, subject: { ...lead.subject, start, distance: 0 }, predicate, end, listed: true }
}

/** Whether a clause pledges not to: "will not", "won't", "never"; a denying frame turns it over, "won't hesitate to" pledges. */
function negatedFound (found: Found): boolean {
  return !found.predicate.pledged && (found.subject.negated || found.predicate.negated || MODAL_NEGATION.test(found.modalText)) !== (found.denied === true)
}

/** The commitment of one clause; its time frame is filled in once all clauses of the sentence are known. */
function draft (found: Found, position: number, paragraph: ParagraphSpan, sentence: SentenceSpan, tokens: Token[], mentions: Mention[], joint: boolean, patterns: ModalPatterns, namesActor: (mention: Mention) => boolean): Commitment {
  const { modal, subject, predicate, end, speaker } = found
  const holderIds = resolveHolders(subject, speaker, joint)
  const clauseText = sentence.text.slice(subject.start, end)
  const negated = negatedFound(found)
  const objectEnd = found.elidedObjectEnd ?? end
  return {
    paragraphPosition: paragraph.position,
    sentencePosition: sentence.position,
    clausePosition: position,
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    clause: { text: clauseText, start: sentence.start + subject.start, end: sentence.start + end },
    holderIds,
    modality: modal.modality,
    polarity: negated ? 'negative' : 'positive',
    action: predicate.action,
    // "We will present, by the end of the year, a new strategy": the object starts after the aside's comma.
    object: sentence.text.slice(predicate.objectStart, objectEnd).replace(/^[\s,;:]+/u, '').trim(),
    targetIds: targetsOf({ sentence: sentence.text, sentenceStart: sentence.start, tokens, mentions, verbStart: predicate.verbStart, objectStart: predicate.objectStart, objectEnd, holderIds, patterns, namesActor }),
    topicSlugs: [],
    timeframe: null,
    rule: modal.subjectRule ? `${subject.kind}-${modal.rule}` : modal.rule,
    confidence: confidence(found, holderIds, sentence.text)
  }
}

/** The object's targets, without those named inside its time phrase ("at the June European Council"), looked for only when there are targets. */
function targetsOf (input: TargetInput): string[] {
  const targets = findTargets(input)
  if (targets.length === 0) return targets
  const timeSpan = timeSpanIn(input.sentence, input.objectStart, input.objectEnd)
  return timeSpan === undefined ? targets : findTargets({ ...input, timeSpan })
}

/** Sentence-relative span of the time phrase in the object, whose names are no targets. */
function timeSpanIn (sentence: string, from: number, to: number): [number, number] | undefined {
  const object = sentence.slice(from, to)
  const phrase = findTimeframe(object, null)?.text
  const at = phrase === undefined ? -1 : object.indexOf(phrase)
  return phrase === undefined || at === -1 ? undefined : [from + at, from + at + phrase.length]
}

/**
 * The time frame in the clause, else in the words around it that no other
 * clause of the sentence holds: not a clause that commits nothing but has a
 * verb of its own ("which the Council will discuss in February", "The new
 * rules will apply from 2027, and ..."), nor a relative clause inside the
 * committing one ("farmers who will receive their payments in October").
 */
function timeframeOf (drafts: Commitment[], omitted: boolean[], index: number, sentence: SentenceSpan, date: string | null): Commitment['timeframe'] {
  const own = drafts[index]
  if (own === undefined) return null
  const inClause = findTimeframe(withoutInnerClause(own.clause.text), date)
  if (inClause !== null) return inClause
  const ownEnd = own.clause.end - sentence.start
  // ", and our partners will do the same by 2030": another clause follows, whose time it is.
  const rest = sentence.text.slice(ownEnd)
  const another = NEW_CLAUSE_AFTER.test(rest) || CONTRAST_AFTER.test(rest) ||
    (THAT_AGAIN.test(rest) && /\bthat\s+$/u.test(sentence.text.slice(0, own.clause.start - sentence.start)))
  const after = another ? ownEnd : (drafts[index + 1]?.clause.start ?? sentence.end) - sentence.start
  const before = (drafts[index - 1]?.clause.end ?? sentence.start) - sentence.start
  const beforeText = sentence.text.slice(before, Math.max(before, own.clause.start - sentence.start))
  return ownTimeframe(sentence.text.slice(ownEnd, Math.max(after, ownEnd)), date) ??
    (HANDS_OVER.test(beforeText) ? null : ownTimeframe(beforeText, date)) ??
    openingTimeframe(drafts, omitted, index, sentence, date) ??
    placeTimeframe(drafts, omitted, index, sentence)
}

// ", where" alone between two clauses: the second happens at the first's place, so at its time.
const WHERE_GAP = /^\s*,\s*where\s+$/u

/**
 * The time of the clause before, for a clause joined to it by ", where" with the same subject, a pronoun for it or
 * none, or a "we" after an "I", when that time is written in the clause before: "Commissioner Šuica will travel to
 * Cairo in June, where she will meet President El-Sisi" (in June), "I will travel to Kyiv next month, where we will
 * meet President Zelenskyy" (next month).
 */
function placeTimeframe (drafts: Commitment[], omitted: boolean[], index: number, sentence: SentenceSpan): Commitment['timeframe'] {
  const own = drafts[index]
  const previous = drafts[index - 1]
  if (own === undefined || previous?.timeframe == null || !previous.clause.text.includes(previous.timeframe.text)) return null
  const gap = sentence.text.slice(previous.clause.end - sentence.start, own.clause.start - sentence.start)
  if (!WHERE_GAP.test(gap)) return null
  const head = subjectHead(own.clause.text)
  const before = subjectHead(previous.clause.text)
  if (weWithSpeaker(head, before)) return previous.timeframe
  if (own.holderIds.join() !== previous.holderIds.join()) return null
  return omitted[index] === true || sameSubject(head, before) ? previous.timeframe : null
}

/**
 * The time phrase that opens a sentence, for every clause of it joined to
 * the first by "and", ", where" or a semicolon alone with the same subject,
 * the subject left out, or a pronoun for it ("it", "they", "he", "she"):
 * "In 2026 we will connect the grids and we will open the zone", "On Monday,
 * the Commission will publish the report and will present it", "Next week, I
 * will travel to Dublin, where I (or we) will meet ...", "Our priorities for next
 * year are clear: we will connect ...; we will open ...". A clause after any
 * other words ("..., which", "..., so that") keeps its own, as does one with
 * another subject: "Tomorrow, the Commission will present ..., and I look
 * forward to discussing them".
 */
function openingTimeframe (drafts: Commitment[], omitted: boolean[], index: number, sentence: SentenceSpan, date: string | null): Commitment['timeframe'] {
  const first = drafts[0]
  if (index === 0 || first === undefined) return null
  const subject = subjectHead(first.clause.text)
  const holders = first.holderIds.join()
  for (let at = 1; at <= index; at++) {
    const clause = (drafts[at] as Commitment).clause
    const gap = sentence.text.slice((drafts[at - 1] as Commitment).clause.end - sentence.start, clause.start - sentence.start)
    const head = subjectHead(clause.text)
    // A pronoun or a left-out subject is the first's when it commits the same holders.
    const carried = ((omitted[at] === true || sameSubject(head, subject)) && (drafts[at] as Commitment).holderIds.join() === holders) ||
      (WHERE_GAP.test(gap) && weWithSpeaker(head, subject))
    if (!CONNECTOR.test(gap) || !(head === subject || carried)) return null
  }
  const opening = sentence.text.slice(0, Math.max(0, first.clause.start - sentence.start))
  return HANDS_OVER.test(opening) ? null : ownTimeframe(opening, date)
}

// The subject's head word, with its determiner: "we", "the commission".
const subjectHead = (text: string): string => /^(?:(?:the|our|my|its|their|this|these)\s+)?[\p{L}\p{N}'’-]*/iu.exec(text)?.[0].toLowerCase() ?? ''
// "it", "they", "he" or "she" stands for a named subject, not for "we" or "I".
const sameSubject = (head: string, first: string): boolean => head === first || (/^(?:it|they|he|she)$/u.test(head) && !/^(?:we|i)$/u.test(first))
// After ", where", a "we" holds the "I" before it (the side's, while "I" is the speaker's institution): the group meets
// at the speaker's place, so at the speaker's time: "Next month, I will travel to Kyiv, where we will meet ...".
const weWithSpeaker = (head: string, before: string): boolean => head === 'we' && before === 'i'
// A comma, a semicolon or a conjunction, and nothing else but ", where": a bare space is a missed sentence end.
const CONNECTOR = /^(?=\s*[,;]|\s*(?:and|but)\s)[\s,;]*(?:(?:and|but)\s+|(?<=,\s*)where\s+)?$/u

// Words before the clause that end on a verb of their own: "The Commission
// today approved the scheme and [will monitor]", "Today, I am proud to
// announce that [the Commission will ...]", "Commissioner Hoekstra arrived
// in Belém today, where [he will lead ...]", "Today, the Commission presented
// the Plan, which sets out how [the EU will ...]", "adopted a plan under which [the
// EU will invest ...]", "This is why the Commission presented the White Paper
// in March, and why [we want to ...]". Their time is that verb's.
const HANDS_OVER = /\b(?:and|but|that|where|how|why|which|whereby)\s*$/u

// A verb of another clause beside the committing one, or its schedule: "; the Council is expected to decide in July".
// Case matters: "on 18 May" is no modal.
const OTHER_MODAL = new RegExp(`\\b(?:will|shall|would|must|should|can|could|may|might)\\b|['’]ll\\b|\\b${SCHEDULE}`, 'u')
const RELATIVE_OPENING = /^[\s,]*(?:which|who|whom|whose|where)\b/u
// A relative clause with a modal of its own inside the committing clause: "farmers who will receive ...",
// or a purpose clause with its own subject: "work with the Council so that the rules can apply from 2016".
const INNER_CLAUSE = /,?\s+(?:(?:who|which|whose)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:will|shall|would|must)\b|(?:so|in\s+order)\s+that\s)/u
// An aim after the pledge, whose time is the aim's: "launch negotiations, with the aim of concluding them by mid-2026",
// "with a view to concluding them by the end of 2025", ", aiming to conclude them by ...".
const PURPOSE = /(?:,\s*|\s)(?:with\s+(?:a\s+view\s+to|the\s+(?:aim|objective|goal)\s+of)|aiming\s+(?:to|at))\s/iu
// A relative clause opened by "that" on a noun its article or possessive shows, with a subject and a modal or a verb of
// intent of its own: "the status agreement that the two sides intend to negotiate in 2024", "the funds that the
// Member States will allocate in October". After a verb, "that" reports what is pledged: "ensure that the rules will apply by 2026".
// The lookahead comes first because a pattern that opens on a lookbehind runs it backwards at every position of the
// clause: over 132,864 bench sentences the pattern took 6.2 to 7.1 s without the lookahead, 0.09 to 0.13 s with it,
// for the same matches.
const RELATIVE_THAT = /(?=\s+that\s)(?<=\b(?:the|a|an|this|these|those|its|our|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)\s+that\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}?(?:will|shall|would|must|intends?\s+to|plans?\s+to|aims?\s+to)\b/u

/**
 * The time frame in words beside the committing clause, unless they are
 * another clause. After a relative clause closed by a comma the words are
 * the main clause's again: "We will present a proposal, which will include
 * new rules, by the end of the year".
 */
function ownTimeframe (around: string, date: string | null): Commitment['timeframe'] {
  const relative = RELATIVE_OPENING.exec(around)
  const closing = relative === null ? -1 : around.indexOf(',', relative[0].length)
  if (relative !== null && closing === -1) return null
  const whole = relative === null ? around : around.slice(closing + 1)
  const aim = PURPOSE.exec(whole)
  const rest = (aim === null ? whole : whole.slice(0, aim.index)).replace(ELLIPTIC_CONDITION, ' ')
  return OTHER_MODAL.test(rest) ? null : findTimeframe(CONDITION.test(rest) ? rest.replace(CONDITION_CLAUSE, ' ') : rest, date)
}

// An elliptic condition has no verb, so no time of its own: it ends on its adjective, and a time phrase after it is the
// pledge's again: "we will propose measures if needed by the end of 2025", "act where necessary before the summer".
const ELLIPTIC_CONDITION = new RegExp(`\\b(?:if|where|when|whenever)\\s+${CONDITION_ADJECTIVES}\\b(?!\\s+(?:to|for|that)\\b)`, 'giu')

// A condition beside the committing clause, to its comma or its end: its
// time is the condition's, a deadline set for others, not the pledge's: "If
// Member States do not act by June, the Commission will launch infringement
// procedures", "... if it does not comply within two months", and the
// infringement formulae "Should Hungary fail to comply by the end of the
// year", "Failing a satisfactory reply within two months", "In the absence
// of ...", "Absent ...", "Without a reply by 30 April". Not "once again", nor
// the time phrases "as soon as possible" and "without delay".
const CONDITION_WORDS = '\\b(?:if|unless|should|failing|absent|in\\s+the\\s+absence\\s+of|without(?!\\s+(?:any\\s+|further\\s+)?delay\\b)|(?<!\\bat\\s)once(?!\\s+(?:again|more)\\b)|as\\s+soon\\s+as(?!\\s+possible\\b)|provided|providing|in\\s+case)\\b'
const CONDITION = new RegExp(CONDITION_WORDS, 'iu')
const CONDITION_CLAUSE = new RegExp(`${CONDITION_WORDS}[^,;]*`, 'giu')

// A condition after the pledge's verb, to its comma: its time is the condition's, as before the pledge: "disburse the
// funds once Italy meets the milestones in December", "as soon as the Council adopts it in July", "unless ...".
const INNER_CONDITION = /\s(?:(?<!\bat\s)once(?!\s+(?:again|more|and)\b)|as\s+soon\s+as(?!\s+possible\b)|provid(?:ed|ing)\s+that|unless)\s[^,;]*/giu

function withoutInnerClause (clause: string): string {
  const inner = INNER_CLAUSE.exec(clause) ?? RELATIVE_THAT.exec(clause) ?? PURPOSE.exec(clause)
  return (inner === null ? clause : clause.slice(0, inner.index)).replace(INNER_CONDITION, ' ')
}

// A coordinated clause with a subject of its own right after a clause: ", and
// we", ", and EU experts will", ", and the EU looks forward to", ", and by the
// end of 2026 we will", ", and, within six months, the Commission will"; or a request to others: "and invites interested
// parties to comment within a month", or the reporter's next verb: "and urged Russia to lift them by June".
const NEW_CLAUSE_AFTER = new RegExp(`^,?\\s+(?:and\\s+(?:${REQUEST_OF_OTHERS}|${REPORTER_GOES_ON})|(?:and|but)\\s+(?:${NEXT_SUBJECT}${NEXT_MODAL}|(?:we|I|they|he|she|it)\\b|[^,;:]{0,40}?\\s(?:we|I)\\s+(?:will|shall|must|can|need|want|intend|aim)\\b)|(?:and|but),?\\s+${TIMED_CLAUSE})`, 'u')

// A clause of contrast with a subject of its own, not a participle: ", while Ukraine planned to finish the screening".
const CONTRAST_AFTER = /^\s*,\s*(?:while|whereas)\s+(?!\p{Ll}+ing\b)/u
// "She said that the EU would continue its support, and that Ukraine hoped to ...": after a
// clause reported with "that", another "that" reports another clause.
const THAT_AGAIN = /^,?\s+(?:and|but)\s+that\s/u

const QUOTE_MARK = /[“"]/

/** What a quoted person's "we" and "I" resolve to: their side, as for a document's speaker (holders.ts). */
function quotedContext (documentSpeaker: SpeakerContext, byId: Map<string, ActorRecord>, patterns: ModalPatterns): (personId: string) => SpeakerContext {
  const contexts = new Map<string, SpeakerContext>()
  return (personId) => {
    let context = contexts.get(personId)
    if (context === undefined) {
      const person = byId.get(personId)
      const { side, body } = person === undefined ? { side: personId, body: patterns.weOf.get(personId) ?? personId } : sideOf(person, patterns)
      context = { i: [side], we: [body], jointWe: [body], sideIds: new Set([...documentSpeaker.sideIds, personId, side, body]) }
      contexts.set(personId, context)
    }
    return context
  }
}

function groupMentions<K> (actors: ActorExtraction, keyOf: (mention: Mention) => K): Map<K, Mention[]> {
  const map = new Map<K, Mention[]>()
  for (const mention of actors.mentions) {
    const key = keyOf(mention)
    const list = map.get(key)
    if (list === undefined) map.set(key, [mention])
    else list.push(mention)
  }
  return map
}

const OPENS_ON_QUOTE = /^\s*[“"]/u

/**
 * The person a transcript's label names: a paragraph that opens on a person
 * and a colon, alone on its line ("Prime Minister Kishida:", "The Prime
 * Minister:", "Prime Minister Carney (in French):", "Tomasz Siemoniak,
 * Minister of Interior and Administration of Poland:") or before what they
 * said ("President von der Leyen: We will ..."). Null otherwise; "...
 * said:" is a reporting clause, not a label.
 */
function speakerLabel (paragraph: ParagraphSpan, mentions: Mention[], byId: Map<string, ActorRecord>): string | null {
  const first = mentions[0]
  if (first === undefined || byId.get(first.actorId)?.type !== 'person') return null
  return opensOnLabel(paragraph, first.start, first.end) ? first.actorId : null
}

/**
 * Whom a pronoun opening the next sentence may stand for: the actor named as
 * the subject of this sentence's first commitment ("The Commission will ...",
 * or a pronoun that stood for it). Any other sentence breaks the chain: "The
 * Commission adopted the act. It will apply from 2026" is about the act.
 */
function nextAntecedent (found: Found[], sentence: SentenceSpan, byId: Map<string, ActorRecord>): Antecedent | null {
  const subject = found[0]?.subject
  if (subject?.kind !== 'explicit-subject' || subject.actorId === null) return null
  const partners = subject.partnerIds !== undefined && subject.partnerIds.length > 0 ? { partnerIds: subject.partnerIds } : {}
  // Without the later clauses' own verbs: "and will report regularly" names no report that could act.
  let afterVerb = ''
  let from = found[0]?.predicate.objectStart ?? subject.start
  for (const later of found.slice(1)) {
    if (later.subject.start < from) continue
    afterVerb += sentence.text.slice(from, later.subject.start)
    from = Math.max(from, later.predicate.objectStart)
  }
  afterVerb += sentence.text.slice(from)
  return { actorId: subject.actorId, person: byId.get(subject.actorId)?.type === 'person', afterVerb, ...partners }
}

/**
 * The person who signs each quote paragraph: the signature line right after
 * it (signatureOf), or after the quote paragraphs that follow it, as a quote
 * of several paragraphs is signed once at its end. By paragraph position.
 */
function signedQuotes (doc: ParsedDocument, mentionsByParagraph: Map<number, Mention[]>, byId: Map<string, ActorRecord>): Map<number, string> {
  const signed = new Map<number, string>()
  let signer: string | null = null
  for (let index = doc.paragraphs.length - 1; index >= 0; index--) {
    const paragraph = doc.paragraphs[index] as ParagraphSpan
    const signature = signatureOf(paragraph, mentionsByParagraph.get(paragraph.position) ?? [], byId)
    if (signature !== null) {
      signer = signature
      continue
    }
    const quote = paragraph.kind === 'quote'
    if (signer !== null && (quote || QUOTE_MARK.test(paragraph.text))) signed.set(paragraph.position, signer)
    // Only a paragraph that opens on a quote continues the quote the signature ends.
    if (!quote && !OPENS_ON_QUOTE.test(paragraph.text)) signer = null
  }
  return signed
}

/**
 * The commitments, obligations and intentions the speaker's side states in a
 * document, clause by clause, in document order.
 */
export function extractCommitments (
  doc: ParsedDocument,
  actors: ActorExtraction,
  sentenceTopics: (sentence: SentenceSpan, paragraph: ParagraphSpan) => TopicMatch[],
  patterns: ModalPatterns = loadModalPatterns()
): Commitment[] {
  if (!SCANNED_LANGUAGES.has(doc.language)) return []
  const speaker = speakerContext(doc, actors, patterns)
  const mentions = groupMentions(actors, (mention) => `${mention.paragraphPosition}:${mention.sentencePosition}`)
  const mentionsByParagraph = groupMentions(actors, (mention) => mention.paragraphPosition)
  const byId = new Map(actors.actors.map((actor) => [actor.id, actor]))
  const namesActor = (mention: Mention): boolean => mention.text === byId.get(mention.actorId)?.name
  const known: Known = {
    isPerson: (actorId) => byId.get(actorId)?.type === 'person',
    pronounOf: (actorId) => byId.get(actorId)?.pronoun,
    isParty: (actorId) => byId.get(actorId)?.type === 'country' || byId.get(actorId)?.type === 'organisation'
  }
  const firstSpeaker = actors.roles.find((role) => role.role === 'speaker')?.actorId ?? null
  const documentSpeaker = firstSpeaker !== null
  const contextOf = quotedContext(speaker, byId, patterns)
  // In a transcript, who speaks from a label on ("Prime Minister Kishida:"); the document's speaker until the first.
  let speaking = speaker
  const commitments: Commitment[] = []
  const signed = signedQuotes(doc, mentionsByParagraph, byId)
  // The person a paragraph that opens on a quote goes on quoting, from the paragraph before it.
  let carried: Carried | null = null
  // Who the paragraph before quoted last, or else named first: whom "“...,” she added." means when its own paragraph names no one.
  let lastQuoted: Carried | null = null
  // "the Commission will:" before a list, whose items complete it.
  let lead: Lead | null = null
  // The first person the paragraph before named.
  let aboutBefore: string | null = null
  // A journalist's label alone on its line: the paragraph after it is the question.
  let asking = false
  // In a read-out, whom an opening "He" or "She" stands for, unless someone outside the side it may stand for was named since the paragraph before.
  const readout = readoutSubject(doc, speaker, mentionsByParagraph, byId, patterns)
  let outsiderAbove = false
  for (const paragraph of doc.paragraphs) {
    // Nothing a journalist says or reports in a question is a pledge of the side.
    const question = JOURNALIST_LABEL.exec(paragraph.text)
    const asked = asking || question !== null
    asking = question !== null && question[0].length >= paragraph.text.trimEnd().length
    if (paragraph.kind !== 'list_item') lead = null
    const paragraphMentions = mentionsByParagraph.get(paragraph.position) ?? []
    // The person the paragraph is about, named first in it, else in the paragraph before: whom "She said that she will" means.
    const people = paragraphMentions.filter((m) => byId.get(m.actorId)?.type === 'person')
    const firstPerson = people[0]
    const namedAbove = aboutBefore
    const outsiders = readout === null ? [] : people.filter((m) => readout.outsider(m.actorId))
    const outsiderBefore = outsiderAbove
    outsiderAbove = outsiders.length > 0
    aboutBefore = firstPerson?.actorId ?? null
    const speakers = QUOTE_MARK.test(paragraph.text) ? quoteSpeakers(paragraph, paragraphMentions, byId, carried, signed.get(paragraph.position) ?? null, lastQuoted) : []
    carried = carriedQuoteSpeaker(paragraph, paragraphMentions, byId, speakers)
    lastQuoted = lastSpeakerOrNamed(speakers, firstPerson?.actorId ?? null)
    const label = speakerLabel(paragraph, paragraphMentions, byId)
    if (label !== null) speaking = label === firstSpeaker ? speaker : contextOf(label)
    if (!SCANNED_KINDS.has(paragraph.kind) || asked) continue
    // A signed quote without quotation marks (a press release's "Quote(s)" section) is its signer's throughout.
    const signer = signed.get(paragraph.position)
    const voice = signer === undefined || QUOTE_MARK.test(paragraph.text) ? speaking : contextOf(signer)
    // Whether the paragraph is about a partnership, computed once, when needed.
    let joint: boolean | undefined
    const quotes: Quotes | null = speakers.length > 0 ? { paragraph, speakers, documentSpeaker, contextOf, documentContext: speaker } : null
    // The actor that committed in the sentence before, for "It will ..." (subject.ts).
    let antecedent: Antecedent | null = null
    // The actor the sentence before opens on, for a reporting "It says that ..." (reporter.ts).
    let opener: string | null = null
    // The sentence before, for a reporting "They said that ..." (reporter.ts).
    let previous: SubjectInput['previous'] = null
    for (const sentence of paragraph.sentences) {
      if (QUESTION.test(sentence.text)) continue
      const sentenceMentions = mentions.get(`${paragraph.position}:${sentence.position}`) ?? []
      const namedBefore = firstPerson === undefined ? namedAbove : firstPerson.end <= sentence.start ? firstPerson.actorId : null
      const readoutPerson = readout === null || outsiderBefore || outsiders.some((m) => m.start < sentence.start) ? null : readout.about
      let { found, tokens } = scanSentence(sentence, sentenceMentions, voice, quotes, patterns, { antecedent, namedBefore, people, opener, previous, readoutSubject: readoutPerson }, known)
      antecedent = nextAntecedent(found, sentence, byId)
      opener = openerOf(sentence, sentenceMentions)
      previous = { text: sentence.text, start: sentence.start, mentions: sentenceMentions }
      if (found.length === 0 && lead !== null && paragraph.kind === 'list_item' && sentence.position === 1) {
        // "- adopt a plan covering:" then "  - transport;": the indented items are the item's, not the lead-in's.
        const indent = indentOf(doc.sourceText, paragraph.start)
        lead.indent ??= indent
        if (tokens.length === 0) tokens = tokenise(sentence.text)
        const completed = indent > lead.indent ? null : completeLead(lead, sentence, tokens, patterns)
        if (completed !== null) found = [completed]
      }
      // A numbered item may itself be a lead-in, as joint statements number theirs: "5. Both sides agreed to:".
      const leading = paragraph.kind !== 'list_item' || found.length === 0
      if (leading && sentence === paragraph.sentences.at(-1)) {
        // scanSentence tokenised the sentence when it met a modal, as a lead-in has.
        const next = findLead(sentence, tokens, sentenceMentions, voice, quotes, patterns)
        if (next !== null) next.timeframe = findTimeframe(sentence.text, doc.metadata.date)
        // "We commit to:" is a lead-in, not a pledge to commit to nothing: its items pledge.
        if (next !== null) found = found.filter((f) => !LEAD_END.test(sentence.text.slice(f.predicate.objectStart)))
        // An item that leads nothing stays in the list before it.
        if (next !== null || paragraph.kind !== 'list_item') lead = next
      }
      if (found.length === 0) continue
      joint ??= patterns.jointCues.test(paragraph.text)
      const drafts = found.map((f, index) => draft(f, index + 1, paragraph, sentence, tokens, sentenceMentions, joint === true, patterns, namesActor))
      const topicSlugs = [...new Set(sentenceTopics(sentence, paragraph).map((t) => t.slug))]
      // "and will present it": a clause that opens on its modal has left its subject out.
      const omitted = found.map((f) => sentence.text.startsWith(f.modalText, f.subject.start))
      for (let index = 0; index < drafts.length; index++) {
        const commitment = drafts[index] as Commitment
        commitment.topicSlugs = topicSlugs
        commitment.timeframe = timeframeOf(drafts, omitted, index, sentence, doc.metadata.date) ??
          (found[index]?.listed === true ? lead?.timeframe ?? null : null) ??
          // "We have to finish the work by June, and we will": the time in the object left out.
          (found[index]?.elidedObjectEnd === undefined ? null : findTimeframe(withoutInnerClause(commitment.object), doc.metadata.date))
        commitments.push(commitment)
      }
    }
  }
  return commitments
}
