import type { Mention } from '../types.js'
import type { ModalPatterns } from './modal-patterns.js'
import { firstTokenFrom, lastTokenBefore } from './tokens.js'
import type { Token } from './tokens.js'

// Words after a mention that show it is the head of its noun phrase, not a
// modifier: punctuation, function words, adverbs (-ly) and verbs (-ing).
const HEAD_FOLLOWERS = new Set([
  'and', 'or', 'but', 'nor', 'as', 'to', 'for', 'on', 'in', 'at', 'by', 'with', 'from', 'of', 'against', 'into',
  'until', 'through', 'about', 'after', 'before', 'during', 'over', 'under', 'which', 'who', 'that', 'whose',
  'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'our', 'is', 'are', 'was', 'were', 'will', 'would',
  'can', 'could', 'should', 'must', 'has', 'have', 'had', 'now', 'again', 'too', 'also', 'soon', 'today',
  'tomorrow', 'together', 'such', 'so', 'where', 'when', 'while', 'if', 'because', 'alone', 'itself',
  // A determiner opens the next noun phrase: "stand by Ukraine every step of the way".
  'every', 'each', 'all', 'any', 'no', 'his', 'her', 'your', 'my',
  // Adjectives said of the object: "hold Russia accountable", "keep Ukraine safe".
  'accountable', 'responsible', 'liable', 'safe', 'secure', 'free', 'whole',
  // When or how much: "support Ukraine next year", "more than ever", "bring Ukraine closer", "whatever it takes".
  'next', 'later', 'more', 'closer', 'further', 'whatever', 'once', 'still', 'even', 'only', 'just', 'within', 'throughout', 'across', 'beyond', 'without',
  'between',
  // Other prepositions: "support the African Union and IGAD towards peace".
  'towards', 'toward', 'upon', 'via', 'amid', 'among', 'amongst', 'alongside', 'despite', 'around', 'along', 'since', 'than', 'like'
])
const POSSESSIVE = /^['’]s?\b|^['’](?=\s)/u
// A people named in the plural is a noun of its own, never a modifier: "help Syrians rebuild", "Ukrainians".
const PEOPLE_PLURAL = /\p{Ll}ans$/u
const POSSESSIVE_END = /['’]s?$/u
// Verbs whose object is followed by its own bare verb: "help Ukraine repair
// its grid", "let Russia win", "make Russia pay".
const BARE_INFINITIVE_VERBS = new Set(['help', 'helps', 'helping', 'let', 'lets', 'letting', 'make', 'makes', 'making'])
// Verbs of a journey, after which "to" names where one goes, a place: "travel to Ireland and to Poland".
const JOURNEY_VERBS = new Set(['travel', 'travels', 'travelling', 'traveling', 'go', 'goes', 'going', 'fly', 'flies', 'flying',
  'return', 'returns', 'returning', 'head', 'heads', 'heading'])
// Verbs that join one place to another, after which "to" names the place joined, not someone acted for: "the roads
// that link Moldova to Romania and Ukraine", "connect Moldova to Romania" (Moldova, right after the verb, still is one).
const CONNECTING_VERBS = new Set(['link', 'links', 'linking', 'connect', 'connects', 'connecting', 'interconnect', 'interconnects', 'interconnecting'])
// What may stand between such a verb and the destinations it lists: "to", names, "the", "and", commas.
const DESTINATION_WORDS = new Set(['to', 'the', 'and', 'or', ','])
// Words that open a relative clause, whose verbs are not the action's.
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that'])
// Nothing, or names joined by commas and "and": what may stand between the verb and the last object of a list.
const NAMES_LIST = /^\s*(?:(?:\p{Lu}[\p{L}'’-]*|and|or|,)\s*)*$/u
// A singular lowercase word: after such a verb's object, more likely that bare verb than a noun the mention modifies ("help EU farmers").
const BARE_VERB = /^\p{Ll}+$/u
// Verbs of giving, whose first object is the one given to: "give Moldova
// financial support", "grant Ukraine candidate status", "deny Russia the means".
const DOUBLE_OBJECT_VERBS = new Set(['give', 'gives', 'giving', 'offer', 'offers', 'offering', 'grant', 'grants', 'granting',
  'send', 'sends', 'sending', 'lend', 'lends', 'lending', 'promise', 'promises', 'promising', 'award', 'awards', 'awarding',
  'guarantee', 'guarantees', 'guaranteeing', 'deny', 'denies', 'denying'])

export interface TargetInput {
  sentence: string
  sentenceStart: number
  tokens: Token[]
  mentions: Mention[]
  /** Sentence-relative start of the action verb, and span of the object. */
  verbStart: number
  objectStart: number
  objectEnd: number
  holderIds: string[]
  patterns: ModalPatterns
  /** Sentence-relative span of a time phrase in the object: "by the end of the Polish Presidency" names no target. */
  timeSpan?: [number, number]
  /** Whether the mention writes its actor's name, not an adjective of it ("Moldova", not "Moldovan"). */
  namesActor?: (mention: Mention) => boolean
}

// Nouns ending in -ing, which a mention before them modifies like any noun:
// "mobilise EU funding", "Commission financing"; another -ing word is a verb
// whose subject the mention is ("support Ukraine fighting for its freedom").
const ING_NOUNS = new Set(['funding', 'financing', 'spending', 'training', 'building', 'housing', 'planning', 'meeting',
  'manufacturing', 'processing', 'screening', 'shipping', 'banking', 'peacekeeping', 'policing', 'pricing', 'sharing',
  'lending', 'borrowing', 'mining', 'fishing', 'farming', 'trading', 'monitoring', 'reporting'])

function isHead (token: Token | undefined): boolean {
  if (token === undefined || !token.isWord) return true
  return HEAD_FOLLOWERS.has(token.lower) || token.lower.endsWith('ly') || (token.lower.endsWith('ing') && !ING_NOUNS.has(token.lower))
}

/** "Russia's war", "Russian war", "NATO members", "EU-NATO": the mention modifies a noun. */
function isModifier (input: TargetInput, mention: Mention, end: number): boolean {
  const { sentence, tokens, patterns } = input
  const start = mention.start - input.sentenceStart
  if (sentence[start - 1] === '-' || sentence[end] === '-') return true
  if (PEOPLE_PLURAL.test(mention.text)) return false
  // Adjectives joined by "and", "or" or a comma share the noun after the last:
  // "support the Polish and Danish Presidencies" reads both as "Danish" reads.
  const conjunct = nextAdjectiveConjunct(input, mention, end)
  if (conjunct !== undefined) return isModifier(input, conjunct, conjunct.end - input.sentenceStart)
  const possessive = POSSESSIVE_END.test(mention.text) || POSSESSIVE.test(sentence.slice(end))
  // The tokeniser keeps "Russia's" whole, so the next token is the modified noun.
  const nextIndex = firstTokenFrom(tokens, end)
  const next = tokens[nextIndex]
  if (next !== undefined && patterns.beneficiaryNouns.has(next.lower) && !inName(tokens, nextIndex, patterns)) return false
  // "the African Union's efforts" are acted for as "the efforts of the African Union" are; "Russia's war" is no undertaking.
  if (possessive && next !== undefined && patterns.endeavourNouns.has(next.lower)) return false
  // "invest in Kenya's digital transition": what is invested in is Kenya's, so the money goes to Kenya.
  if (possessive && investedIn(tokens, lastTokenBefore(tokens, start), patterns)) return false
  if ((possessive || isAdjective(input, mention)) && compoundEndsOnBeneficiary(tokens, nextIndex, patterns)) return false
  if (!possessive && next !== undefined && objectOfBareInfinitive(input, start, next)) return false
  if (!possessive && firstOfTwoObjects(input, mention, start)) return false
  return possessive || !isHead(next) || participleBeforeNoun(input, start, nextIndex)
}

// How many lowercase nouns may stand between a possessive or adjective and the
// beneficiary noun they all qualify: "Ukraine's power grid", "Russian pipeline gas".
const MAX_COMPOUND_MODIFIERS = 2
const LOWERCASE_WORD = /^\p{Ll}+$/u

/**
 * Whether the lowercase nouns from tokens[index] make a compound whose head,
 * within MAX_COMPOUND_MODIFIERS words, is a beneficiary noun: "support
 * Ukraine's power grid" is for Ukraine's grid, "imports of Russian pipeline
 * gas" of its gas; "Russia's war crimes" stays a modifier.
 */
function compoundEndsOnBeneficiary (tokens: Token[], index: number, patterns: TargetInput['patterns']): boolean {
  for (let i = index; i < index + MAX_COMPOUND_MODIFIERS; i++) {
    const modifier = tokens[i]
    if (modifier === undefined || !LOWERCASE_WORD.test(modifier.text) || isHead(modifier)) return false
    const noun = tokens[i + 1]
    if (noun !== undefined && LOWERCASE_WORD.test(noun.text) && patterns.beneficiaryNouns.has(noun.lower)) return true
  }
  return false
}

// Words that open a noun phrase, after which a name and an -ing word are that phrase's modifiers.
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'our', 'their'])

/**
 * Whether the -ing word at tokens[index], after a mention that an article
 * opens, qualifies the noun after it, as the mention does: "lead the EU
 * negotiating team" leads a team. Without the article the mention may be the
 * -ing verb's subject: "support Ukraine fighting for its freedom".
 */
function participleBeforeNoun (input: TargetInput, start: number, index: number): boolean {
  const { tokens } = input
  const participle = tokens[index]
  const noun = tokens[index + 1]
  if (participle === undefined || noun === undefined || !participle.lower.endsWith('ing') || !ARTICLES.has(tokens[lastTokenBefore(tokens, start)]?.lower ?? '')) return false
  return noun.isWord && /^\p{Ll}/u.test(noun.text) && !isHead(noun)
}

const CAPITALISED = /^\p{Lu}/u

// A word in a capital and then lowercase letters: the form an adjective of a country takes ("Polish", "Danish").
const ADJECTIVE_FORM = /^\p{Lu}\p{Ll}+$/u
const CONJUNCTIONS = new Set(['and', 'or', ','])

/** Whether the mention is an adjective of its actor, not its name: "Danish", not "Denmark" nor "Denmark's". */
function isAdjective (input: TargetInput, mention: Mention): boolean {
  return input.namesActor !== undefined && !input.namesActor(mention) && ADJECTIVE_FORM.test(mention.text)
}

/**
 * The adjective that the adjective ending at sentence-relative `end` is
 * joined to by "and", "or" or a comma ("Polish and Danish", "Spanish,
 * Portuguese"), which stands before the noun both qualify; or undefined.
 */
function nextAdjectiveConjunct (input: TargetInput, mention: Mention, end: number): Mention | undefined {
  if (!isAdjective(input, mention)) return undefined
  const { tokens } = input
  const index = firstTokenFrom(tokens, end)
  if (!CONJUNCTIONS.has(tokens[index]?.lower ?? '')) return undefined
  const next = tokens[index + 1]
  if (next === undefined) return undefined
  const conjunct = input.mentions.find((other) => other.start - input.sentenceStart === next.start)
  return conjunct !== undefined && isAdjective(input, conjunct) ? conjunct : undefined
}

/**
 * Whether the capitalised noun at tokens[index] goes on with another word of
 * a name that is no such noun: "attend the Ukraine Recovery Conference" names
 * an event, not Ukraine's recovery ("the Ukrainian Armed Forces" are forces).
 */
function inName (tokens: Token[], index: number, patterns: TargetInput['patterns']): boolean {
  const noun = tokens[index] as Token
  const after = tokens[index + 1]
  return CAPITALISED.test(noun.text) && after !== undefined && after.isWord && CAPITALISED.test(after.text) && !patterns.beneficiaryNouns.has(after.lower)
}

/** The mention opens the object of "help", "let" or "make", and a bare verb follows it: "help Ukraine repair its grid". */
function objectOfBareInfinitive (input: TargetInput, start: number, next: Token): boolean {
  return firstAfterVerbOf(input, start, BARE_INFINITIVE_VERBS) && BARE_VERB.test(next.text) && !next.lower.endsWith('s') && !ING_NOUNS.has(next.lower)
}

/**
 * Whether one of `verbs`, the action verb or the verb it goes on with
 * ("continue to help Moldova strengthen"), comes right before the mention at
 * sentence-relative `start`, or before the other names of a list: "help
 * Estonia, Latvia and Lithuania protect their grids".
 */
function firstAfterVerbOf (input: TargetInput, start: number, verbs: ReadonlySet<string>): boolean {
  const { tokens } = input
  const first = firstTokenFrom(tokens, input.verbStart)
  for (let i = lastTokenBefore(tokens, start); i >= first; i--) {
    const verb = tokens[i]
    if (verb === undefined || !verbs.has(verb.lower)) continue
    // A later verb carries on the action's own ("continue to help", "keep
    // helping", its purpose: "do our utmost to help"), not a relative
    // clause's ("actors that help Russia circumvent", "those who continue to help").
    const purpose = tokens[i - 1]?.lower === 'to' && !tokens.slice(first, i - 1).some((token) => RELATIVES.has(token.lower))
    const chained = i === first || purpose || (verb.lower.endsWith('ing') && i - 1 === first)
    return chained && NAMES_LIST.test(input.sentence.slice(verb.end, start))
  }
  return false
}

/**
 * The name opens the object of a verb of giving, the first of its two
 * objects: "give Moldova financial support" gives to Moldova. Only a name:
 * "give Russian assets to Ukraine" gives assets.
 */
function firstOfTwoObjects (input: TargetInput, mention: Mention, start: number): boolean {
  return firstAfterVerbOf(input, start, DOUBLE_OBJECT_VERBS) && input.namesActor?.(mention) === true
}

/**
 * Whether the mention at sentence-relative `start` is where the action's verb
 * of a journey goes: "travel to Ireland and to Poland to meet young farmers"
 * names places, as "deploy experts throughout Ukraine" does; "return the
 * children to Ukraine" returns them to someone. So is the place a verb of
 * connecting joins a name to: "link Moldova to Romania".
 */
function destinationOfJourney (input: TargetInput, start: number): boolean {
  const { tokens } = input
  let crossedTo = false
  for (let i = lastTokenBefore(tokens, start); i >= 0 && (tokens[i]?.start ?? -1) >= input.verbStart; i--) {
    const token = tokens[i] as Token
    if (token.lower === 'to') crossedTo = true
    else if (!DESTINATION_WORDS.has(token.lower) && !CAPITALISED.test(token.text)) return crossedTo && (JOURNEY_VERBS.has(token.lower) || CONNECTING_VERBS.has(token.lower))
  }
  return false
}

/** Whether the token is a word of a name the actor extraction found in the sentence. */
function insideMention (input: TargetInput, token: Token): boolean {
  const from = input.sentenceStart + token.start
  const to = input.sentenceStart + token.end
  return input.mentions.some((mention) => mention.start <= from && to <= mention.end)
}

// The words of an amount, between a verb of investing and its "in": "invest EUR 1 billion in Kenya", "€500 million".
const AMOUNT_WORDS = new Set(['eur', 'euro', 'euros', 'usd', 'dollars', 'million', 'billion', 'trillion', 'bn', 'm', '€', '$', '.', ','])
const DIGITS = /^\d+$/u
// What may stand between that "in" and the name invested in: "the", other names and their list.
const INVESTED_NAMES = /^\s*(?:(?:the|\p{Lu}[\p{L}'’-]*|and|,)\s*)*$/u

/** Whether the "in" at tokens[index] follows a word of investing, also past an amount: "invest EUR 1 billion in". */
function investedIn (tokens: Token[], index: number, patterns: TargetInput['patterns']): boolean {
  if (tokens[index]?.lower !== 'in') return false
  let k = index - 1
  while (k >= 0 && (AMOUNT_WORDS.has(tokens[k]?.lower ?? '') || DIGITS.test(tokens[k]?.text ?? ''))) k--
  return patterns.investmentWords.has(tokens[k]?.lower ?? '')
}

/**
 * Whether the nearest pointer or blocker left of the mention lets it be a
 * target. The walk may reach the verb, just before the object ("stand by").
 */
function pointedAt (input: TargetInput, start: number): boolean {
  const { tokens, patterns } = input
  for (let i = lastTokenBefore(tokens, start); i >= 0 && (tokens[i]?.start ?? -1) >= input.verbStart; i--) {
    const word = tokens[i]?.lower ?? ''
    // A word of an actor's name points at no one: "with the Africa Centres for
    // Disease Control and Prevention (Africa CDC)" is not "for Africa CDC".
    if (insideMention(input, tokens[i] as Token)) continue
    // "farmers in Spain" are Spain's, as "Spanish farmers" are: the walk goes on
    // past them to the word that decides ("support for farmers in Spain").
    if (word === 'in' && patterns.residentNouns.has(tokens[i - 1]?.lower ?? '')) {
      i--
      continue
    }
    // "invest in Kenya", "EUR 3.4 billion of investment in Mexico": where the money goes is acted for; only the
    // names right after "in", not those of a clause on what is invested in ("invest in the roads that link Moldova").
    if (word === 'in' && investedIn(tokens, i, patterns) && INVESTED_NAMES.test(input.sentence.slice(tokens[i]?.end, start))) return true
    if (patterns.targetBlockers.has(word)) return patterns.supportVerbs.has(tokens[i - 1]?.lower ?? '')
    if (patterns.targetPointers.has(word)) return true
  }
  return true
}

// Words that open a relative clause on a person.
const PERSON_RELATIVES = new Set(['who', 'whom', 'whose'])
const CLAUSE_ENDS = new Set([',', ';', ':'])

/**
 * The sentence-relative span of a relative clause on a person that follows a
 * mention ending at `end`, to its comma: "meet President João Lourenço, who
 * currently chairs the African Union" says who he is, and the African Union is
 * no one acted upon; or null.
 */
function personClauseAfter (input: TargetInput, end: number): [number, number] | null {
  const { tokens } = input
  let i = firstTokenFrom(tokens, end)
  if (tokens[i]?.text === ',') i++
  if (!PERSON_RELATIVES.has(tokens[i]?.lower ?? '')) return null
  const from = tokens[i]?.start ?? end
  for (i++; i < tokens.length; i++) if (CLAUSE_ENDS.has(tokens[i]?.text ?? '')) return [from, tokens[i]?.start ?? input.objectEnd]
  return [from, input.objectEnd]
}

/** Actor ids acted upon or for, named in the object, in order, without duplicates or holders. */
export function findTargets (input: TargetInput): string[] {
  const targets: string[] = []
  let described: [number, number] | null = null
  for (const mention of input.mentions) {
    const start = mention.start - input.sentenceStart
    const end = mention.end - input.sentenceStart
    if (start < input.objectStart || end > input.objectEnd) continue
    if (described !== null && start >= described[0] && end <= described[1]) continue
    described = personClauseAfter(input, end) ?? described
    if (targets.includes(mention.actorId) || input.holderIds.includes(mention.actorId)) continue
    if (input.timeSpan !== undefined && start >= input.timeSpan[0] && end <= input.timeSpan[1]) continue
    if (isModifier(input, mention, end) || !pointedAt(input, start) || destinationOfJourney(input, start)) continue
    targets.push(mention.actorId)
  }
  return targets
}
