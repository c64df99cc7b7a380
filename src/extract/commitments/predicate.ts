import { continuationAfterHyphen } from '../broken-word.js'
import { isIngForm, lemmatise } from './lemmatise.js'
import type { ModalPatterns, ModalRule } from './modal-patterns.js'
import { MONTHS } from './calendar.js'
import { adverbPhraseAt, isAdverb } from './skip-adverbs.js'
import type { SubjectKind } from './subject.js'
import { firstTokenFrom } from './tokens.js'
import type { Token } from './tokens.js'

export interface Predicate {
  /** Lemma of the action verb, with its particle: "keep", "step up", "come forward". */
  action: string
  /** Sentence-relative start of the action verb. */
  verbStart: number
  /** Sentence-relative start of the object (right after the verb and its particle). */
  objectStart: number
  negated: boolean
  /** The action came through "be" ("will be coming", "will be quick to deliver"): weaker evidence. */
  throughBe: boolean
  /** A negated phrase before the action pledges it ("won't hesitate to act"): the modal's negation is spent. */
  pledged: boolean
}

// Words that cannot be the verb right after a modal.
const NOT_VERBS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'your', 'their', 'its', 'my', 'his', 'her',
  'it', 'we', 'you', 'they', 'i', 'he', 'she', 'them', 'us', 'me', 'all', 'every', 'some', 'more', 'no', 'and', 'or', 'but'])
// Before an object, a word that opens a noun phrase: "continue our support", "deepen the partnership".
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'your', 'their', 'its', 'his', 'her',
  'all', 'every', 'further', 'new', 'more', 'closer', 'stronger', 'together'])
// Endings of verbs, not nouns: "deepen", "prioritise", "modernize", "intensify".
const VERB_ENDING = /(?:[^aeiou]en|[^aeiou]i[sz]e|ify)$/
const NOUNS_LIKE_VERBS = new Set(['citizen', 'garden', 'kitchen', 'expertise', 'enterprise', 'exercise', 'franchise', 'merchandise', 'premise'])

/**
 * Whether a list item written with a capital opens on an action, "- Propose new measures", not on a name,
 * "- Critical Medicines Act": a verb the patterns know, a verb with its particle ("- Set up a fund", "- Roll
 * out"), or, when no conjunction or preposition follows it (nounLike), a verb by its ending ("- Strengthen the
 * rules", "- Simplify") or an action an act takes too ("- Support researchers at risk", not "- Support for SMEs").
 */
export function capitalisedAction (tokens: Token[], index: number, nounLike: boolean, patterns: ModalPatterns): boolean {
  const word = tokens[index]
  if (word === undefined || !word.isWord) return false
  if (patterns.bareVerbs.has(word.lower) || patterns.pronounActions.has(word.lower)) return true
  if (patterns.particles.has(tokens[index + 1]?.lower ?? '')) return true
  return !nounLike && ((VERB_ENDING.test(word.lower) && !NOUNS_LIKE_VERBS.has(word.lower)) || patterns.sharedActions.has(word.lower))
}

/**
 * "Leaders committed to deepen cooperation": after a to-modal that usually
 * takes a noun ("committed to peace"), a bare verb, told by its ending or by
 * the noun phrase that opens right after it ("committed to continue our
 * support"), or because it is a verb that is no noun ("committed to put
 * water resilience first").
 */
function bareVerbAfterTo (tokens: Token[], index: number, patterns: ModalPatterns): boolean {
  const word = tokens[index]
  if (word === undefined || !word.isWord || word.text !== word.lower || NOT_VERBS.has(word.lower)) return false
  if (VERB_ENDING.test(word.lower) && !NOUNS_LIKE_VERBS.has(word.lower)) return true
  if (patterns.bareVerbs.has(word.lower)) return true
  const next = tokens[afterTimeAside(tokens, index + 1)]?.lower ?? ''
  return OBJECT_OPENERS.has(next) || patterns.particles.has(next)
}

// Words that make an aside a time: "committed to present, by the end of 2026, a proposal" (not the modal "may": ", as you may know,").
const TIME_WORDS: ReadonlySet<string> = new Set([...MONTHS.filter((month) => month !== 'may'), 'year', 'years', 'month', 'months', 'week', 'weeks', 'end', 'spring', 'summer', 'autumn', 'winter', 'soon', 'later', 'christmas', 'quarter'])

/** The index after a time set off by commas at tokens[index] ("to present, in 2026, new rules"), or index when there is none. */
function afterTimeAside (tokens: Token[], index: number): number {
  if (tokens[index]?.text !== ',') return index
  const after = afterAside(tokens, index)
  for (let k = index + 1; k < after - 1; k++) {
    const token = tokens[k] as Token
    if (/^\d/u.test(token.text) || TIME_WORDS.has(token.lower)) return after
  }
  return index
}

// "we will have to", "we will need to": the to-modal after "will" carries the meaning.
const TO_MODAL_VERBS = new Set(['have', 'need', 'want'])

/** The length in tokens of the negation at tokens[index] ("not", "under no circumstances"), or 0. */
function negationAt (tokens: Token[], index: number, patterns: ModalPatterns): number {
  const phrase = patterns.negationAfter.find((words) => words.every((word, offset) => tokens[index + offset]?.lower === word))
  return phrase === undefined ? 0 : phrase.length
}

/**
 * Skips adverbs, asides and negation forwards from tokens[index]; notAlways when a negation stands right before
 * "always" ("will not always agree"), which negates how often, not the act.
 */
function skipForward (tokens: Token[], index: number, patterns: ModalPatterns): { index: number, negated: boolean, notAlways: boolean } {
  let negated = false
  let notAlways = false
  for (;;) {
    const lower = tokens[index]?.lower ?? ''
    const next = tokens[index + 1]?.lower
    // "will, in the coming weeks, present": the verb comes after the aside.
    const aside = afterAside(tokens, index)
    const negation = negationAt(tokens, index, patterns)
    const phrase = adverbPhraseAt(tokens, index, patterns)
    if (aside !== index) {
      index = aside
    } else if (lower === 'not' && next === 'only') {
      index += 2 // "will not only invest more but also invest better" negates nothing
    } else if (negation > 0) {
      negated = true
      index += negation
      notAlways ||= tokens[index]?.lower === 'always'
    } else if (phrase > 0) {
      index += phrase
    } else if (isAdverb(tokens, index, patterns)) {
      index++
    } else {
      return { index, negated, notAlways }
    }
  }
}

/**
 * "strengthen and now deepen this partnership", "broaden and deepen it": when
 * "and"/"or" follows the verb right away, the verbs share the object after the
 * last of them.
 */
function coordinatedObject (tokens: Token[], index: number, patterns: ModalPatterns): number | null {
  const lower = tokens[index]?.lower
  if (lower !== 'and' && lower !== 'or' && lower !== 'nor') return null
  const next = skipForward(tokens, index + 1, patterns).index
  const verb = tokens[next]
  if (verb === undefined || !verb.isWord || NOT_VERBS.has(verb.lower)) return null
  return isParticle(tokens, next + 1, patterns) ? tokens[next + 1]?.end ?? verb.end : verb.end
}

// "mobilise up to EUR 150 billion", "cut up to 30%": an amount's "up to", not the verb's particle.
const AMOUNT_START = /^(?:\d|[€$£]|(?:eur|usd|gbp)$)/

/** Whether tokens[index] is the particle of the verb before it: "step up", "carry out". */
function isParticle (tokens: Token[], index: number, patterns: ModalPatterns): boolean {
  const particle = tokens[index]
  if (particle === undefined || !patterns.particles.has(particle.lower)) return false
  return !(particle.lower === 'up' && tokens[index + 1]?.lower === 'to' && AMOUNT_START.test(tokens[index + 2]?.lower ?? ''))
}

/**
 * After "be": the real verb of "be coming", "be quick to deliver", or null
 * for a state ("be able to", "be stronger") or the passive ("we will be
 * judged by what we deliver", "be joined by"), which is done to the subject,
 * not by it.
 */
function afterBe (tokens: Token[], index: number, patterns: ModalPatterns): number | null {
  const next = tokens[index]
  if (next === undefined || !next.isWord || patterns.stateAfterBe.has(next.lower)) return null
  // "be travelling to Kyiv" is the verb in -ing; "be willing to help", an adjective before its verb.
  if (isIngForm(next.text) && !ING_ADJECTIVES.has(next.lower)) return index
  // "She will be in Tirana on Friday to meet the Prime Minister": the visit's purpose is the action.
  const place = tokens[index + 1]
  if ((next.lower === 'in' || next.lower === 'at') && place !== undefined && place.isWord && place.text !== place.lower) {
    for (let k = index + 2; k < index + 10 && k < tokens.length; k++) {
      const token = tokens[k]
      if (token === undefined || !token.isWord) break
      if (token.lower === 'to' && tokens[k + 1]?.isWord === true && tokens[k + 1]?.text === tokens[k + 1]?.lower) return k + 1
    }
  }
  // "be indebted to the founding fathers", "be close to our citizens": a "to" before a determiner or a pronoun
  // is a preposition, and the state takes no action.
  const afterTo = tokens[index + 2]
  if (tokens[index + 1]?.lower === 'to' && afterTo?.isWord === true && !NOT_VERBS.has(afterTo.lower)) return index + 2
  return null
}

// What may follow a named place one will be in: a time, a purpose, a sentence's or clause's end ("in Rome on Monday, where").
const AFTER_PLACE = new Set(['on', 'in', 'at', 'for', 'from', 'next', 'this', 'today', 'tomorrow', 'tonight', 'during', 'until', 'between', 'with', 'and', 'to'])

// A capitalised word, part of a place's name ("Rome", "New York"); not the pronoun "I".
const isName = (token: Token | undefined): boolean => token !== undefined && token.isWord && token.text !== token.lower && token.text !== 'I'

/**
 * Whether "be" goes on with a named place, "Commissioner Brunner will be in Rome on Monday": a visit, whose verb is
 * "be"; not a possessive ("be at Ukraine's side") nor a name that goes on ("be in EU hands").
 */
function presenceAt (tokens: Token[], index: number): boolean {
  const preposition = tokens[index]?.lower
  if (preposition !== 'in' && preposition !== 'at') return false
  let end = index + 1
  while (end < index + 5 && isName(tokens[end])) end++
  const next = tokens[end]
  return end > index + 1 && !/['’]s$/u.test(tokens[end - 1]?.text ?? '') && (next === undefined || !next.isWord || AFTER_PLACE.has(next.text))
}

// After "there for", the ones one stands by: "you", "them", "each other", or a possessive before whom: "our citizens".
const THERE_FOR_WHOM = new Set(['you', 'them', 'us', 'each', 'our', 'their', 'your', 'its'])

/**
 * Whether "be" goes on with "there for" and whom it supports, "Europe will always be there for Ukraine", "be there
 * for the Ukrainian people": a pledge of support, like "stand by"; not a time or an occasion, "be there for two
 * days", "for the signing", nor "there" alone.
 */
function thereFor (tokens: Token[], index: number, patterns: ModalPatterns): boolean {
  if (tokens[index]?.lower !== 'there' || tokens[index + 1]?.lower !== 'for') return false
  const whom = tokens[index + 2]
  if (whom === undefined || !whom.isWord) return false
  if (isName(whom) || THERE_FOR_WHOM.has(whom.lower)) return true
  const next = tokens[index + 3]
  return whom.lower === 'the' && (isName(next) || patterns.beneficiaryNouns.has(next?.lower ?? ''))
}

// Past participles without -ed that follow "have": "will have done", "will have built".
const IRREGULAR_PARTICIPLES = new Set(['been', 'done', 'made', 'taken', 'given', 'brought', 'kept', 'held', 'led', 'met', 'set', 'put',
  'built', 'sent', 'spent', 'undertaken', 'gone', 'won', 'paid', 'cut', 'reached', 'become', 'begun', 'achieved'])

/** A past participle after "have": "installed", "done"; not a noun ("have a plan"). */
function isParticiple (token: Token, patterns: ModalPatterns): boolean {
  if (!token.isWord || token.text !== token.lower) return false
  return IRREGULAR_PARTICIPLES.has(token.lower) || (token.lower.length > 4 && token.lower.endsWith('ed') && !patterns.stateAfterBe.has(token.lower))
}

// Adjectives in -ing that "be" takes before a verb: "we will be willing to help".
const ING_ADJECTIVES = new Set(['willing', 'unwilling', 'missing', 'outstanding', 'interesting', 'encouraging'])

// An aside between a modal and its verb opens and closes on the same mark.
const ASIDE_CLOSE: Readonly<Record<string, string>> = { ',': ',', '–': '–', '—': '—', '(': ')' }
const MAX_ASIDE_TOKENS = 12

/** The index after an aside that opens at tokens[index] ("will, in the coming weeks, present"), or index when none does. */
function afterAside (tokens: Token[], index: number): number {
  const close = ASIDE_CLOSE[tokens[index]?.text ?? '']
  if (close === undefined) return index
  for (let i = index + 1; i < tokens.length && i - index <= MAX_ASIDE_TOKENS; i++) {
    if (tokens[i]?.text === close) return i + 1
  }
  return index
}

/** The index of the token that ends the word at tokens[index]: its second half when a hyphen and a line break split it, else index. */
function brokenWordEnd (tokens: Token[], index: number, sentence: string): number {
  const word = tokens[index]
  const hyphen = tokens[index + 1]
  const rest = tokens[index + 2]
  if (word === undefined || hyphen === undefined || rest === undefined || hyphen.start !== word.end) return index
  return continuationAfterHyphen(sentence, hyphen.start) === rest.start ? index + 2 : index
}

// A sign or a figure, where a sum starts.
const NO_LETTER = /^[^\p{L}]/u

// A modal that carries its negation: "won't", "shan't".
const NEGATED_MODAL = /n['’]t\s*$/u

/** Whether a memory follows a verb that carries another on or ends it: "never stop remembering", "continue to remember". */
function carriesMemory (tokens: Token[], index: number, patterns: ModalPatterns): boolean {
  const to = tokens[index]?.lower === 'to'
  const verb = tokens[to ? index + 1 : index]
  if (verb === undefined || !(to || isIngForm(verb.text))) return false
  return patterns.memoryVerbs.has(lemmatise(verb.text, patterns.lemmas))
}

/**
 * The action after a modal, or null when there is none or it is not an
 * action: a memory or perception ("I will never forget"), a move in the
 * speech ("I would like to look at four of them"), a state ("be able to").
 */
// Perceptions that an intention's subject seeks out.
const WISHED_PERCEPTIONS = new Set(['see', 'hear', 'witness'])

export function findPredicate (tokens: Token[], sentence: string, modalEnd: number, modal: ModalRule, subject: SubjectKind, patterns: ModalPatterns): Predicate | null {
  // "will not hesitate to take measures": the pledge is to take them.
  const pledged = patterns.pledgedAfter.exec(sentence.slice(modalEnd))
  const first = firstTokenFrom(tokens, modalEnd + (pledged?.[0].length ?? 0))
  const skipped = skipForward(tokens, first, patterns)
  // "We will not always agree", "we won't always get it right": an admission or a forecast of how often, no refusal.
  if (skipped.notAlways || (tokens[first]?.lower === 'always' && NEGATED_MODAL.test(sentence.slice(0, modalEnd)))) return null
  let index = skipped.index
  let verb = tokens[index]
  // "pledged €2.5 billion": a modal with an action of its own may take a sign, as a sum opens on one.
  if (verb === undefined || (!verb.isWord && modal.fallbackAction === undefined)) return null
  if (modal.fallbackAction !== undefined && (!verb.isWord || (!isIngForm(verb.text) && !bareVerbAfterTo(tokens, index, patterns)))) {
    // A sum keeps the words skipped before it: "pledged nearly €2.5 billion".
    const start = NO_LETTER.test(verb.text) ? tokens[firstTokenFrom(tokens, modalEnd)]?.start ?? verb.start : verb.start
    return { action: modal.fallbackAction, verbStart: start, objectStart: start, negated: skipped.negated, throughBe: false, pledged: pledged !== null }
  }
  if (modal.placeAction !== undefined && verb.text !== verb.lower && verb.text !== 'I') {
    const to = tokens[index - 1]
    return { action: modal.placeAction, verbStart: verb.start, objectStart: to?.lower === 'to' ? to.start : verb.start, negated: skipped.negated, throughBe: false, pledged: pledged !== null }
  }
  if (NOT_VERBS.has(verb.lower)) return null
  if (modal.subjectRule && TO_MODAL_VERBS.has(verb.lower) && tokens[index + 1]?.lower === 'to') return null
  let throughBe = false
  if (verb.lower === 'be') {
    const after = skipForward(tokens, index + 1, patterns).index
    const real = afterBe(tokens, after, patterns)
    if (real === null) {
      if (!presenceAt(tokens, after) && !thereFor(tokens, after, patterns)) return null
      return { action: 'be', verbStart: verb.start, objectStart: tokens[after]?.start ?? verb.end, negated: skipped.negated, throughBe: true, pledged: pledged !== null }
    }
    index = real
    verb = tokens[index]
    throughBe = true
    if (verb === undefined) return null
  }
  // "By 2030, we will have installed 40 GW": the future perfect's action is its participle.
  const participle = tokens[index + 1]
  if (!throughBe && verb.lower === 'have' && participle !== undefined && isParticiple(participle, patterns)) {
    if (participle.lower === 'been') return null
    index += 1
    verb = participle
  }
  // "imple-\nment": a verb broken at a line end (text from a PDF) is read whole.
  const broken = brokenWordEnd(tokens, index, sentence)
  const verbText = broken === index ? verb.text : verb.text + (tokens[broken]?.text ?? '')
  index = broken
  const lemma = lemmatise(verbText, patterns.lemmas)
  // "I look forward to seeing the first projects start", "He wants to hear their views": a perception wished for is an intention.
  if (patterns.nonActionVerbs.has(lemma) && !(modal.modality === 'intention' && WISHED_PERCEPTIONS.has(lemma))) return null
  if (patterns.lastingVerbs.has(lemma) && carriesMemory(tokens, index + 1, patterns)) return null
  const rest = sentence.slice(verb.start)
  if (patterns.memoryPhrases.test(rest)) return null
  if ((patterns.outcomeVerbs.has(lemma) || patterns.outcomePhrases.test(rest)) && !skipped.negated && !NEGATED_MODAL.test(sentence.slice(0, modalEnd))) return null
  if (patterns.discourseAny.test(rest) || (subject === 'i' && patterns.discourseFirstPerson.test(rest))) return null
  const particle = tokens[index + 1]
  const hasParticle = particle !== undefined && isParticle(tokens, index + 1, patterns)
  const afterVerb = hasParticle ? index + 2 : index + 1
  return {
    action: hasParticle ? `${lemma} ${particle.lower}` : lemma,
    verbStart: verb.start,
    objectStart: coordinatedObject(tokens, afterVerb, patterns) ?? tokens[afterVerb - 1]?.end ?? verb.end,
    negated: skipped.negated,
    throughBe,
    pledged: pledged !== null
  }
}
