import { adverbPhraseEndingAt, isAdverb } from './skip-adverbs.js'
import type { SubjectInput } from './subject.js'
import { lastTokenBefore } from './tokens.js'
import type { Token } from './tokens.js'

// How much of the words before the subject the claim's verb and its "that" may take.
const CLAIM_REACH = 120
// Words between the reporter and the claim's verb: "has said", "did not claim", "can tell".
const AUXILIARIES = new Set(['has', 'have', 'had', 'do', 'does', 'did', 'can', 'could', 'may', 'might', 'will', 'would', 'must', 'should', 'shall', 'not'])
// Reporters that are the speaker, or no reporter at all: "Let me say", "I am proud to announce".
const OWN_WORDS = new Set(['we', 'i', 'me', 'us', 'to'])
// Pronouns that may stand for anyone: the claim is left as it is. In a
// read-out "She told him that the EU would" is the President's, though the
// paragraph before named her guest first ("He" and "She" after their own
// paragraph named only others, "It" after a sentence that opens on another,
// and "They" after one that opens on a group of others: isOther).
const OPEN_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'this', 'that', 'one'])
const JOINERS = new Set(['and', 'but'])
// A plural noun written with a capital that names no actor, as the sentence
// opens: "Ministers say", "The Critics claim", an acronym's "MEPs argue" (not a place: "in Versailles").
const PLURAL = /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})s$/u
// Words that may open a sentence before such a plural: "Several MEPs argued", "Many MEPs have told me".
const PLURAL_DETERMINERS = new Set(['the', 'several', 'many', 'some', 'most', 'other', 'few', 'numerous', 'various', 'all'])

// A title alone is most often the side's own person ("The President said",
// "The Commissioner stressed"); any other capitalised word that names no actor
// names another: a company, a place, a person we do not know ("Apple argues",
// "Enrico Letta argues", "The Court said").
const SIDE_TITLES = new Set(['president', 'vice-president', 'commissioner', 'representative', 'spokesperson', 'spokesman', 'spokeswoman', 'college', 'presidency'])
// Words that may stand for the side too: "Both said that the EU will", "You said it yourself".
const OPEN_WORDS = new Set(['both', 'all', 'you', 'each'])
// "Officials in Washington argue", "Lobbyists for Big Tech claim": the reporter is the one the place qualifies.
const QUALIFIERS = new Set(['in', 'for', 'from', 'across'])

// How many tokens an apposition between the reporter and its verb may take: "Minister Katz, Israel's foreign minister, said".
const APPOSITION_REACH = 8

/** The token before an apposition that ends at the comma tokens[comma], or -1 when none does. */
function beforeApposition (tokens: Token[], comma: number): number {
  for (let k = comma - 1; k >= Math.max(0, comma - APPOSITION_REACH); k--) {
    if (tokens[k]?.text === ',') return k > 0 ? k - 1 : -1
  }
  return -1
}

/** The token that says the claim: left of the verb, past auxiliaries, adverbs and an apposition set off by commas. */
function reporterIndex (tokens: Token[], verbStart: number, input: SubjectInput): number {
  let index = lastTokenBefore(tokens, verbStart)
  let apposition = false
  while (index >= 0) {
    const token = tokens[index] as Token
    if (token.text === ',') {
      // "The rapporteur, Siegfried Mureşan, said": the one the apposition is about; one apposition only.
      if (apposition || index !== lastTokenBefore(tokens, verbStart)) return -1
      apposition = true
      index = beforeApposition(tokens, index)
      continue
    }
    const phrase = adverbPhraseEndingAt(tokens, index, input.patterns)
    if (phrase > 0) index -= phrase
    else if (AUXILIARIES.has(token.lower) || isAdverb(tokens, index, input.patterns)) index--
    else break
  }
  return index
}

/**
 * Whether the actor speaks for the side about the claim's subject (`about`, its
 * actors; none for "we" and "I"): a partner of a read-out or a joint text does
 * only about its own party's action ("President Zelenskyy said that Ukraine
 * would implement the reforms"), not the speaker's ("said that the EU should open").
 */
function speaksForSide (input: SubjectInput, actorId: string, about: string[]): boolean {
  if (!input.speaker.sideIds.has(actorId)) return false
  const partners = input.speaker.partners
  return partners === undefined || !partners.has(actorId) || about.some((id) => partners.has(id))
}

/** Whether the actor named at sentence-relative `end` (a mention, or a phrase of ownSubjects) is the side; null when none is named there. */
function sideNamedAt (input: SubjectInput, end: number, about: string[]): boolean | null {
  const mention = input.mentions.find((m) => m.end - input.sentenceStart === end)
  if (mention !== undefined) return speaksForSide(input, mention.actorId, about)
  const before = input.sentence.slice(0, end)
  return input.patterns.ownSubjects.some((own) => own.regex.test(before)) ? true : null
}

/** Whether the sentence opens on a name outside the speaker's side. */
function opensOnOther (input: SubjectInput, about: string[]): boolean {
  const opening = input.mentions.find((m) => /^\s*(?:the\s+)?$/iu.test(input.sentence.slice(0, m.start - input.sentenceStart)))
  return opening !== undefined && !speaksForSide(input, opening.actorId, about)
}

// A participle that reports after a comma: "Ukraine welcomed the decision, saying the EU would".
const PARTICIPLE_CLAIM = /^\p{L}+ing\b/u

/** The head a phrase of capitalised words ending at tokens[index] qualifies after "in" or "for": "Some in (the) Silicon Valley"; -1 when none. */
function qualifiedHead (tokens: Token[], index: number): number {
  let k = index
  while (k >= 0 && tokens[k]?.isWord === true && tokens[k]?.text !== tokens[k]?.lower) k--
  if (tokens[k]?.lower === 'the') k--
  return k < index && QUALIFIERS.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.isWord === true ? k - 1 : -1
}

/** Whether a reporting "He" or "She" stands for another: the paragraph names people before it, none of the side ("Mario Draghi presented his report. He argues that we must"). */
function personPronounForOthers (input: SubjectInput, pronoun: string, about: string[]): boolean {
  // Not one of the other pronoun: "The President thanked President Erdoğan ... She confirmed that the EU would".
  const named = (input.people ?? []).filter((m) => m.end <= input.sentenceStart && (input.pronounOf?.(m.actorId) ?? pronoun) === pronoun)
  return named.length > 0 && named.every((m) => !speaksForSide(input, m.actorId, about))
}

// The words a sentence opens on up to its verb, a past form or a common
// present one: "The farmers' organisations called", "Ministers from France,
// Poland and Austria opposed", "Young farmers told".
const OPENING_SUBJECT = /^\s*(\p{Lu}[^.;:!?"“”]{0,100}?)\s+(?:\p{Ll}+ed|told|met|said|took|made|spoke|sent|gave|held|led|saw|say|says|call|calls|ask|asks|urge|urges|want|wants|are|were|have|has|had|is|was)\b/u
// A plural head that names others: "The farmers' organisations", "Environmental NGOs" (not "sales" or "the EU's").
const PLURAL_HEAD = /\p{L}{2,}(?<![sui])s['’]?$/u
// Words that open on no one's group ("In 2024, ...", "Today, ...") or on the side's own ("The two leaders", "Both sides").
const NO_GROUP = /^(?:in|on|at|during|after|before|following|with|for|from|since|today|yesterday|however|also|then|as|while|when|this|it|we|they|he|she|i|both|our|my)\b|\b(?:leaders|sides|parties|participants|commissioners)$/iu

/**
 * Whether a reporting "They" stands for others: the sentence before opens on
 * a group that names none of the side, an actor outside it ("Several Member
 * States called for more flexibility. They said that the Commission should
 * ...") or a plural that names no actor ("The farmers' organisations called
 * on the Commission ... They said that the Commission should not ...").
 */
function groupForOthers (input: SubjectInput): boolean {
  const previous = input.previous
  if (previous == null) return false
  const opening = OPENING_SUBJECT.exec(previous.text)
  const subject = opening?.[1]?.replace(/,$/u, '')
  if (opening === null || subject === undefined || NO_GROUP.test(subject)) return false
  const end = opening[0].indexOf(subject) + subject.length
  const named = previous.mentions.filter((m) => m.end - previous.start <= end)
  if (named.some((m) => input.speaker.sideIds.has(m.actorId))) return false
  return named.length > 0 || PLURAL_HEAD.test(subject)
}

/** Whether the reporter at tokens[index] is someone other than the speaker's side. */
function isOther (input: SubjectInput, index: number, about: string[]): boolean {
  const { tokens } = input
  const token = tokens[index]
  if (token?.lower === 'he' || token?.lower === 'she') return personPronounForOthers(input, token.lower, about)
  // "The IMF published its report. It says that Europe must": the actor the sentence before opens on.
  if (token?.lower === 'it' && input.opener != null) return !speaksForSide(input, input.opener, about)
  if (token?.lower === 'they') return groupForOthers(input)
  if (token === undefined || !token.isWord || OWN_WORDS.has(token.lower) || OPEN_PRONOUNS.has(token.lower) || OPEN_WORDS.has(token.lower)) return false
  // "Some in Europe say", "Officials in Washington argue": the ones the place qualifies.
  const head = token.text === token.lower ? -1 : qualifiedHead(tokens, index)
  if (head >= 0) return isOther(input, head, about)
  // "President Zelenskyy thanked the EU and said ...": the sentence's subject, when a name opens it.
  if (JOINERS.has(token.lower)) return opensOnOther(input, about)
  // "those who say", "Israel, which claims": the one the relative stands for.
  if (token.lower === 'who' || token.lower === 'which') {
    const before = tokens[index - 1]?.text === ',' ? index - 2 : index - 1
    const named = sideNamedAt(input, tokens[before]?.end ?? -1, about)
    return named === null || !named
  }
  const named = sideNamedAt(input, token.end, about)
  if (named !== null) return !named
  // "Our negotiators said": the side's people.
  if (input.patterns.ourPeople.has(token.lower) && /^(?:our|my)$/u.test(tokens[index - 1]?.lower ?? '')) return false
  // A common noun ("the minister said", "people say") or a plural ("Ministers say") names others,
  // as does a capitalised word that is no title of the side's people.
  const before = tokens[index - 1]
  return token.text === token.lower || (PLURAL.test(token.text) && (before === undefined || !before.isWord || PLURAL_DETERMINERS.has(before.lower))) ||
    !SIDE_TITLES.has(token.lower)
}

/**
 * Whether the words before a modal's subject report another's claim about
 * it: "The Houthis say the EU will attack Yemen", "Minister Katz says that the
 * EU will recognise Palestine", "Ministers say the EU will impose sanctions".
 * Only the speaker's side commits, so a reporter of that side keeps the
 * pledge: "President von der Leyen said the EU will", "I can tell you that we will".
 * A partner's person reports only their own party's pledges: in a read-out of
 * a call with President Zelenskyy, "President Zelenskyy said that the EU should
 * open all clusters" is his request. `about` is the subject's actors (none for "we").
 */
export function reportedByOthers (input: SubjectInput, subjectStart: number, about: string[]): boolean {
  const from = Math.max(0, subjectStart - CLAIM_REACH)
  const claim = input.patterns.claimBefore.exec(input.sentence.slice(from, subjectStart))
  if (claim === null) return false
  const index = reporterIndex(input.tokens, from + claim.index, input)
  // "..., saying that": the reporter is the one the sentence opens on.
  if (index < 0 && PARTICIPLE_CLAIM.test(claim[0])) return opensOnOther(input, about)
  return index >= 0 && (isAudience(input.tokens, index, claim[0]) || isOther(input, index, about))
}

// A claim told to the speaker: "You have told me that", "you told us".
const TOLD_SPEAKER = /^\p{L}+\s+(?:me|us)\b/u

/**
 * Whether a reporting "you" is the audience, whose views are others': "Many
 * of you have said that the Commission should", "You have told me that we
 * must". A bare "you" may be the side: "You said it yourself".
 */
function isAudience (tokens: Token[], index: number, claim: string): boolean {
  if (tokens[index]?.lower !== 'you') return false
  return tokens[index - 1]?.lower === 'of' || TOLD_SPEAKER.test(claim)
}
