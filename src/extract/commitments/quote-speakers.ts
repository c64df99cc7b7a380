import { opensOnNameAndComma } from '../signature-line.js'
import type { ActorRecord, Mention, ParagraphSpan } from '../types.js'

// Press releases and daily news speak through quotes: "Commissioner Kyriakides
// said: “We will ...”". Their "we" is the quoted person's side, not the
// document speaker's (a press release has none, so it was no one's). A quote
// is attributed by its reporting clause: the words between the start of its
// sentence and the opening quotation mark, ending in a reporting verb
// ("Vice-President Dombrovskis said:"); the person is the last one named in
// that clause or, when it says "he" or "she", the last person named before it
// in the paragraph. Without one, the words right after the closing mark may
// report it ("..., said Commissioner Breton."): the first person named there;
// "..., she added." is the person named last before the quote, or the one
// the paragraph before quoted.
// "According to Commissioner Ferreira: “...”" reports it too, as does any
// clause that hands the quote over with a colon. A quote with
// neither may be signed: press releases set the quote in a paragraph of its
// own and the person's name and title on the line after it.

const REPORTING_VERB = '(?:(?:said|says)\\s+to\\s+(?:me|us)|said|says|added|adds|stated|states|declared|declares|commented|comments|explained|explains|stressed|stresses|underlined|underlines|noted|notes|emphasi[sz]ed|emphasi[sz]es|continued|concluded|remarked|highlighted|highlights|welcomed|welcomes|announced|announces|warned|warns|recalled|recalls|reiterated|reiterates|insisted|insists|affirmed|affirms|pointed\\s+out|points\\s+out|told\\s+\\p{L}+|tells\\s+\\p{L}+|wrote\\s+to\\s+(?:me|us)|used\\s+to\\s+say|(?:put|said)\\s+it(?:\\s+(?:best|well|so\\s+well|perfectly))?)'
// The reporting clause right before an opening double quotation mark, or
// right after the closing one ("“We will ...,” said Commissioner Breton.").
const REPORTED_BEFORE = new RegExp(`(?:\\b${REPORTING_VERB}\\s*(?:that\\s*)?|\\b(?:according\\s+to|in\\s+the\\s+words\\s+of)\\s+[^“"]+?\\s*)[:,]?\\s*$`, 'iu')
// A name before the verb may hold particles and a portfolio: "President von
// der Leyen said", "von der Leyen concluded", "Commissioner for Trade Maroš
// Šefčovič said", "the President said".
const NAME_WORD = '(?:\\p{Lu}[\\p{L}\'’-]*|von|van|der|den|de|del|della|da|di|du|la|le|al|el|bin|ben|for|of|and|the)'
const REPORTED_AFTER = new RegExp(`^[\\s,]*(?:${REPORTING_VERB}|(?:\\p{Lu}[\\p{L}'’-]*|the|von|van|de|der|al|el)\\s+(?:${NAME_WORD}\\s+){0,7}${REPORTING_VERB})\\b`, 'u')
// "“...,” she added.": a pronoun after the quote.
const PRONOUN_AFTER = new RegExp(`^[\\s,]*(?:he|she)\\s+${REPORTING_VERB}\\b`, 'iu')
const PRONOUN_REPORTED = new RegExp(`\\b(?:he|she)\\s+(?:\\p{L}+\\s+)?${REPORTING_VERB}\\s*(?:that\\s*)?[:,]?\\s*$`, 'iu')
const OPENING = /[“"]/gu
// How far back from a quotation mark its reporting clause is read ("according to" and a name of a few words).
const REPORT_REACH = 120
const COLON_BEFORE = /:\s*$/u

export interface QuoteSpeaker {
  /** Paragraph-relative offset of the opening quotation mark. */
  from: number
  /** The quoted person; null when the reporting clause names no one we know. */
  personId: string | null
  /**
   * The reporting clause names someone, by a full name, who is no actor we
   * know ("Anna Lindqvist, Chief Executive Officer of Nordbatt, said:"): the
   * quote's "we" is theirs, not the document's side.
   */
  stranger?: true
  /**
   * The bodies that report the quote together when no person does, the
   * subject right before the reporting verb: "Germany, France, Japan and the
   * European Union said: “We will ...”" is theirs, "Ukraine said: “We will
   * ...”" Ukraine's, not the document's side.
   */
  bodyIds?: string[]
}

// Two capitalised words in a row that are not an article and a noun ("The
// President") nor a title and a name ("President Juncker": the gazetteer's
// titles make a titled name a person, known or not).
const FULL_NAME = /(?<![\p{L}'’])(?!(?:The|A|An|This|That|Our|Its|Their|In|At|On|For|Today|Yesterday|President|Vice-President|Commissioner|Minister|Prime|Chancellor|Secretary|Ambassador|High|Executive|King|Queen|Mr|Mrs|Ms|Dr)\b)\p{Lu}[\p{Ll}'’-]+\s+(?:(?:van|von|der|den|de|du|da|di|dos|del|le|la|ter)\s+)*\p{Lu}[\p{L}'’-]+/u

/**
 * Whether the reporting clause, text [from, to) of the paragraph, gives the
 * quote to someone we do not know: it names no actor at all, and either
 * names someone by a full name, or is all common words with no "I" or "we"
 * ("A young volunteer told me:", "Our industry tells me:"). "As I said:"
 * quotes the speaker, and a titled name ("President Juncker added that") is
 * a person the document's side may be.
 */
function namesStranger (text: string, from: number, to: number, paragraph: ParagraphSpan, mentions: readonly Mention[]): boolean {
  if (mentions.some((m) => m.start - paragraph.start < to && m.end - paragraph.start > from)) return false
  const clause = text.slice(from, to)
  return FULL_NAME.test(clause) || (!FIRST_PERSON.test(clause) && !CAPITALISED_AFTER_FIRST.test(clause.replace(PLACE, '').trim()))
}

const FIRST_PERSON = /\b(?:I|we)\b/iu
// "once" before its verb, not "once again": "As Jacques Delors once put it:".
const SAYING = /\b(?:(?:once|famously)\s+(?:said|says|put\s+it|wrote|declared|remarked)|used\s+to\s+say)\b/iu
const CAPITALISED_AFTER_FIRST = /\s\p{Lu}/u
// A place after a preposition names no one: "A farmer in Bavaria told me:", "A student from Lyon wrote to me:".
const PLACE = /\b(?:in|from|of|near|at)\s+\p{Lu}[\p{L}'’-]*/gu

// The reporting verb's own clause is the one after the last comma before it,
// when its subject stands there: "When I was Minister of Labour in
// Luxembourg, a young delivery rider told me:" is the rider's, whom the opening
// clause's "I" and names do not make the speaker; "Anna Lindqvist, Chief
// Executive Officer of Nordbatt, said:" leaves the verb alone after its comma.
function reporterStart (clause: string): number {
  const comma = clause.replace(TRAILING_MARK, '').lastIndexOf(',')
  if (comma === -1) return 0
  const rest = clause.slice(comma + 1)
  const verb = REPORTED_BEFORE.exec(rest)
  return verb === null || rest.slice(0, verb.index).trim() === '' ? 0 : comma + 1
}

const TRAILING_MARK = /[:,]?\s*$/u

const isPerson = (id: string, byId: Map<string, ActorRecord>): boolean => byId.get(id)?.type === 'person'

/**
 * The attributed quotes of one paragraph, in order. `mentions` are the
 * paragraph's, with document offsets; the paragraph starts at paragraph.start.
 */
export function quoteSpeakers (paragraph: ParagraphSpan, mentions: readonly Mention[], byId: Map<string, ActorRecord>, carried: Carried | null = null, signed: string | null = null, previous: Carried | null = null): QuoteSpeaker[] {
  const text = paragraph.text
  const speakers: QuoteSpeaker[] = []
  const people = mentions.filter((m) => isPerson(m.actorId, byId))
  let straight = 0
  for (const match of text.matchAll(OPENING)) {
    const at = match.index
    // A straight mark opens every other time; the second of a pair closes.
    if (match[0] === '"' && straight++ % 2 === 1) continue
    // A paragraph that opens on a quote continues what the one before it
    // introduced ("Vice-President Vestager said:") or left open.
    if (carried !== null && text.slice(0, at).trim() === '') {
      speakers.push({ from: at, ...carried })
      continue
    }
    const sentence = paragraph.sentences.find((s) => s.start - paragraph.start <= at && at < s.end - paragraph.start)
    const clauseStart = sentence === undefined ? 0 : sentence.start - paragraph.start
    const clause = text.slice(clauseStart, at)
    // Both patterns end at the quotation mark and reach back a few words: only the clause's end is read.
    const clauseEnd = clause.slice(-REPORT_REACH)
    if (REPORTED_BEFORE.test(clauseEnd)) {
      let person = people.filter((m) => m.start - paragraph.start >= clauseStart && m.end - paragraph.start <= at).at(-1)
      const pronoun = person === undefined && PRONOUN_REPORTED.test(clauseEnd)
      if (pronoun) person = people.filter((m) => m.end - paragraph.start <= clauseStart).at(-1)
      // "She said: “...”" naming no one before it in the paragraph: whom the paragraph before named or quoted.
      if (pronoun && person === undefined && previous !== null) {
        speakers.push({ from: at, ...previous })
        continue
      }
      const reporter = clause.slice(reporterStart(clause))
      // A saying of someone else, "As President Kennedy once said:", "Jacques Delors used to say:", is no pledge of theirs today.
      if (SAYING.test(reporter) && !FIRST_PERSON.test(reporter)) {
        speakers.push({ from: at, personId: null, stranger: true })
        continue
      }
      const bodies = person === undefined ? reportingBodies(text, clauseStart, at - clauseEnd.length + (REPORTED_BEFORE.exec(clauseEnd)?.index ?? 0), paragraph, mentions, byId) : []
      if (bodies.length > 0) {
        speakers.push({ from: at, personId: null, bodyIds: bodies })
        continue
      }
      const stranger = person === undefined && namesStranger(text, clauseStart + reporterStart(clause), at, paragraph, mentions)
      speakers.push({ from: at, personId: person?.actorId ?? null, ...(stranger ? { stranger } : {}) })
      continue
    }
    // "Valdis Dombrovskis welcomed the vote: “...”": a colon hands the quote
    // to the clause's subject, the first person it names.
    const subject = COLON_BEFORE.test(clause) ? people.find((m) => m.start - paragraph.start >= clauseStart && m.end - paragraph.start <= at) : undefined
    if (subject !== undefined) {
      speakers.push({ from: at, personId: subject.actorId })
      continue
    }
    // With no person, the bodies the clause opens on: "Germany, France and the European Union said in a joint statement: “...”".
    const openers = COLON_BEFORE.test(clause) ? openingBodies(text, clauseStart, at, paragraph, mentions, byId, ACTS_AFTER_BODIES) : []
    if (openers.length > 0) {
      speakers.push({ from: at, personId: null, bodyIds: openers })
      continue
    }
    const close = text.indexOf(match[0] === '“' ? '”' : '"', at + 1)
    const closing = close === -1 ? undefined : paragraph.sentences.find((s) => s.start - paragraph.start <= close && close < s.end - paragraph.start)
    const sentenceEnd = closing === undefined ? text.length : closing.end - paragraph.start
    const after = close === -1 ? '' : text.slice(close + 1, Math.max(close + 1, sentenceEnd))
    // "“...,” Germany, France and the European Union said.": the bodies that report it after the quote.
    const reporters = close === -1 ? [] : openingBodies(text, close + 1, close + 1 + after.length, paragraph, mentions, byId, REPORTS_AFTER_BODIES)
    if (reporters.length > 0) {
      speakers.push({ from: at, personId: null, bodyIds: reporters })
    } else if (close !== -1 && REPORTED_AFTER.test(after)) {
      const person = people.find((m) => m.start - paragraph.start > close && m.end - paragraph.start <= close + 1 + after.length)
      const stranger = person === undefined && namesStranger(text, close + 1, close + 1 + after.length, paragraph, mentions)
      speakers.push({ from: at, personId: person?.actorId ?? null, ...(stranger ? { stranger } : {}) })
    } else if (close !== -1 && PRONOUN_AFTER.test(after)) {
      // The person named last before the quote in this paragraph, else the one the paragraph before quoted.
      const named = people.filter((m) => m.end - paragraph.start <= at).at(-1)
      const before = named !== undefined ? { personId: named.actorId } : previous
      if (before !== null) speakers.push({ from: at, ...before })
    } else if (signed !== null && clause.trim() === '') {
      // A quote that opens its sentence, reported by no one in the paragraph: the signature line's.
      speakers.push({ from: at, personId: signed })
    }
  }
  return speakers
}

// What may stand between the bodies of a list that reports together: ", ", " and ", ", and ", an article.
const BODY_JOINER = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/iu
// An article before a list of bodies, and after it up to three lowercase words that say what the bodies are ("the
// co-hosts France and Germany", "the two partners"), not whose ("the partners of France", a preposition: others).
const ARTICLE_AND_NOUN = '(?:[Tt]he\\s+(?:(?!(?:of|for|with|from|in|to|by|on|at|and|or|but|between|among)\\s)[\\p{Ll}\\d][\\p{Ll}\\d-]*\\s+){0,3})?'
// What may open the list: the sentence, an opening phrase set off by a comma, an article and its noun.
const BODY_LIST_OPENER = new RegExp(`(?:^|,)\\s*${ARTICLE_AND_NOUN}$`, 'u')

/**
 * The bodies, no person among them, whose names alone make the subject of the
 * reporting verb at paragraph-relative `verb`: "Germany, France, the United
 * Kingdom, Japan and the European Union said:" and "In a joint statement,
 * Ukraine said:" (not "the ministers of the affected countries said:", nor
 * "the EU's Special Envoy said:", whose subject is no body's name). Empty
 * otherwise.
 */
function reportingBodies (text: string, from: number, verb: number, paragraph: ParagraphSpan, mentions: readonly Mention[], byId: Map<string, ActorRecord>): string[] {
  const inClause = mentions.filter((m) => m.start - paragraph.start >= from && m.end - paragraph.start <= verb)
  const bodies: string[] = []
  let end = verb
  for (const mention of [...inClause].reverse()) {
    const gap = text.slice(mention.end - paragraph.start, end)
    if (bodies.length === 0 ? gap.trim() !== '' : !BODY_JOINER.test(gap)) break
    if (isPerson(mention.actorId, byId) || byId.get(mention.actorId) === undefined) return []
    if (!bodies.includes(mention.actorId)) bodies.unshift(mention.actorId)
    end = mention.start - paragraph.start
  }
  return bodies.length > 0 && BODY_LIST_OPENER.test(text.slice(from, end)) ? bodies : []
}

// What may stand before the bodies a clause opens on: an article, after an opening phrase set off by a comma
// ("In a joint statement, the EU and the UN said in ...:") or the comma after a quote.
const BODIES_OPENING = new RegExp(`^(?:[^,“”"]*,)?\\s*${ARTICLE_AND_NOUN}$`, 'u')
// A verb in the past after the bodies, as what hands a quote over with a colon ("welcomed the agreement:", "said in a
// joint statement:"), not a noun they qualify ("EU leaders said:", whose subject is the leaders).
const ACTS_AFTER_BODIES = /^\s+(?:(?:also|jointly|today|together)\s+)?(?:\p{Ll}+ed|said|wrote|made|gave|issued|spoke)\b/u
const REPORTS_AFTER_BODIES = new RegExp(`^\\s+(?:(?:also|jointly|today|together)\\s+)?${REPORTING_VERB}\\b`, 'u')

/**
 * The bodies, no person among them, whose names alone open the text [from, to)
 * of the paragraph and are followed by `verb`: "Germany, France and the
 * European Union said in a joint statement:", after a quote ", the EU and
 * the UN said." (not "The EU's partners said", nor "EU leaders said"). Empty otherwise.
 */
function openingBodies (text: string, from: number, to: number, paragraph: ParagraphSpan, mentions: readonly Mention[], byId: Map<string, ActorRecord>, verb: RegExp): string[] {
  const inClause = mentions.filter((m) => m.start - paragraph.start >= from && m.end - paragraph.start <= to)
  const bodies: string[] = []
  let end = from
  for (const mention of inClause) {
    const gap = text.slice(end, mention.start - paragraph.start)
    if (!(bodies.length === 0 ? BODIES_OPENING : BODY_JOINER).test(gap)) break
    if (isPerson(mention.actorId, byId) || byId.get(mention.actorId) === undefined || /['’]s?$/u.test(mention.text)) return []
    if (!bodies.includes(mention.actorId)) bodies.push(mention.actorId)
    end = mention.end - paragraph.start
  }
  return bodies.length > 0 && verb.test(text.slice(end, to)) ? bodies : []
}

/**
 * The person a paragraph signs the quote before it with: a line of its own
 * that opens on a person's name and goes on with their title, "Janez
 * Lenarčič, Commissioner for Crisis Management", and holds no sentence
 * (no full stop at its end, no quotation mark). Null otherwise.
 */
export function signatureOf (paragraph: ParagraphSpan, mentions: readonly Mention[], byId: Map<string, ActorRecord>): string | null {
  const text = paragraph.text
  if (text.length > MAX_SIGNATURE_LENGTH || /[.!?]\s*$/u.test(text) || /[“”"]/u.test(text)) return null
  const first = mentions[0]
  if (first === undefined || !isPerson(first.actorId, byId)) return null
  return opensOnNameAndComma(paragraph, first.start, first.end) ? first.actorId : null
}

// A signature is one short line.
const MAX_SIGNATURE_LENGTH = 200

// "said:", "issued the following statement:" at the end of a paragraph.
const INTRODUCTION = `(?:${REPORTING_VERB}(?:\\s+the\\s+following(?:\\s+statement)?)?|(?:issued|made|released|gave)\\s+the\\s+following(?:\\s+statement)?)\\s*:\\s*$`
const INTRODUCES_QUOTE = new RegExp(`\\b${INTRODUCTION}`, 'iu')

/** Who goes on speaking in the next paragraph's opening quote: a person, or a stranger (see QuoteSpeaker). */
export type Carried = Omit<QuoteSpeaker, 'from'>

/** Who speaks in an attributed quote, to carry on; null for a quote attributed to no one. */
function carriedFrom (quote: QuoteSpeaker | null | undefined): Carried | null {
  if (quote === null || quote === undefined || (quote.personId === null && quote.stranger !== true && quote.bodyIds === undefined)) return null
  return { personId: quote.personId, ...(quote.stranger === true ? { stranger: true } : {}), ...(quote.bodyIds === undefined ? {} : { bodyIds: quote.bodyIds }) }
}

/**
 * Whom "“...,” she said." in the next paragraph means when that paragraph
 * names no one before it: the speaker of this paragraph's last attributed
 * quote, known or a stranger; else the first person this paragraph names,
 * its subject ("Executive Vice-President Ribera welcomed the agreement." then
 * "“We will ...,” she said."), not one it names later ("She will also meet
 * Minister Marina Silva.").
 */
export function lastSpeakerOrNamed (speakers: readonly QuoteSpeaker[], firstPersonId: string | null): Carried | null {
  return lastAttributed(speakers) ?? (firstPersonId === null ? null : { personId: firstPersonId })
}

/** The speaker of the last attributed quote of a paragraph, known or a stranger. */
function lastAttributed (speakers: readonly QuoteSpeaker[]): Carried | null {
  for (let i = speakers.length - 1; i >= 0; i--) {
    // Bodies that report together are no "he" or "she".
    if (speakers[i]?.bodyIds !== undefined) continue
    const carried = carriedFrom(speakers[i])
    if (carried !== null) return carried
  }
  return null
}

/**
 * Who the next paragraph quotes when it opens on a quotation mark: the person
 * this one ends by introducing ("Executive Vice-President Vestager said:"), or
 * the speaker of a quote it leaves open (a quote of several paragraphs opens
 * each one and closes only the last). Null otherwise.
 */
export function carriedQuoteSpeaker (paragraph: ParagraphSpan, mentions: readonly Mention[], byId: Map<string, ActorRecord>, speakers: readonly QuoteSpeaker[]): Carried | null {
  const text = paragraph.text
  // Most paragraphs end on a full stop: only one ending on a colon can introduce a quote.
  if (text.trimEnd().endsWith(':') && INTRODUCES_QUOTE.test(text.slice(-REPORT_REACH))) {
    const last = paragraph.sentences.at(-1)
    const from = last === undefined ? 0 : last.start - paragraph.start
    const people = mentions.filter((m) => isPerson(m.actorId, byId))
    const named = people.filter((m) => m.start - paragraph.start >= from).at(-1)
    if (named !== undefined) return { personId: named.actorId }
    const pronoun = PRONOUN_INTRODUCES.test(text.slice(-REPORT_REACH)) ? people.filter((m) => m.end - paragraph.start <= from).at(-1)?.actorId : undefined
    if (pronoun !== undefined) return { personId: pronoun }
    return namesStranger(text, from, text.length, paragraph, mentions) ? { personId: null, stranger: true } : null
  }
  return carriedFrom(quoteAt(text, speakers, text.length))
}

const PRONOUN_INTRODUCES = new RegExp(`\\b(?:he|she)\\s+(?:\\p{L}+\\s+)?${INTRODUCTION}`, 'iu')

/** Whether paragraph-relative `offset` lies inside double quotation marks (a quote may span sentences). */
export function insideQuote (text: string, offset: number): boolean {
  let curly = 0
  let straight = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    const char = text[i]
    if (char === '“') curly++
    else if (char === '”') curly = Math.max(0, curly - 1)
    else if (char === '"') straight++
  }
  return curly > 0 || straight % 2 === 1
}

/** The attributed quote around paragraph-relative `offset`: the last one opened before it, when the offset is inside a quote. */
export function quoteAt (text: string, speakers: readonly QuoteSpeaker[], offset: number): QuoteSpeaker | null {
  if (speakers.length === 0 || !insideQuote(text, offset)) return null
  let found: QuoteSpeaker | null = null
  for (const speaker of speakers) {
    if (speaker.from < offset) found = speaker
    else break
  }
  return found
}
