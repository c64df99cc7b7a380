import type { Gazetteer } from './gazetteer.js'
import { matchPerson, PARTICLES, type Matched, type PersonMatch } from './match-person.js'
import { longestMatch, longestMatchBy } from './trie.js'
import { tokenize, tokenKey, type Token } from './tokens.js'

/** What one stretch of text refers to, before first names and titles are resolved. */
export type Hit =
  | { kind: 'actor', actorId: string, start: number, end: number }
  | PersonMatch
  /** A capitalised word that may be the first name of someone the document names. */
  | { kind: 'first-name', key: string, address: boolean, start: number, end: number }

const VOCATIVE_END = new Set([',', '.', '!', '?', ';', ':'])
// Tokens after which a capital opens a sentence or a quote, and says nothing about a name.
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '“', '"', '‘', '(', '•', '–', '—', '-'])

function isWord (token: Token | undefined): token is Token {
  return token !== undefined && token.word
}

/**
 * The gazetteer actor at tokens[i], with the rules that keep bare head nouns
 * and capitals from matching where they name something else.
 */
function matchAlias (tokens: Token[], i: number, gazetteer: Gazetteer): Matched<string | null> | null {
  const token = tokens[i]
  const match = longestMatch(gazetteer.aliases, tokens, i)
  // "the Council of Europe": a longer alias after the article wins over "the Council".
  if (tokens[i]?.key === 'the') {
    const next = longestMatch(gazetteer.aliases, tokens, i + 1)
    if (next !== null && (match === null || next.end > match.end)) return null
  }
  if (match === null) return token?.capitalised === true ? matchCountryInCapitals(tokens, i, gazetteer) : null
  const value = match.value
  if (value.kind === 'not-actor') return { value: null, end: match.end }
  const before = tokens[i - 1]
  const after = tokens[match.end]
  // "The European Council of October 2024", "the Council of 12 December": a meeting's date names no other body.
  const ofDate = after?.key === 'of' && opensDate(tokens, match.end + 1)
  if (value.headNoun) {
    // "the Hungarian Parliament", "the Juncker Commission", "Commission of Inquiry"; not a determiner that opens the
    // sentence, capitalised only for that: "This Parliament has been a strong voice", "Our Commission will".
    if (isWord(before) && before.key !== 'the' && before.capitalised && !opensOnDeterminer(tokens, i - 1)) return null
    if (after?.key === 'of' && !ofDate && !ofAnAct(tokens, match.end + 1)) return null
  }
  // "the Union of Skills", "the Union of Equality": an institution's name that a capitalised "of" phrase carries on is another name;
  // so is a common noun standing for an actor that a capitalised "of" or "for" phrase carries on: "the Alliance of Small Island States", "the Alliance for Renewable Energy".
  if ((after?.key === 'of' || after?.key === 'for') && !ofDate && tokens[match.end + 1]?.capitalised === true &&
    ((after.key === 'of' && gazetteer.actors.get(value.actorId)?.type === 'institution') || (match.end === i + 2 && tokens[i]?.key === 'the'))) return null
  // "Michel Platini" is not Charles Michel: a surname alone does not run into another name.
  if (isPersonId(value.actorId, gazetteer) && startsName(tokens, match.end)) return null
  if (value.placeSensitive) {
    if (isWord(before) && gazetteer.placePrepositions.has(before.key.toLowerCase())) return null
    if (isWord(after) && after.capitalised) return null
  }
  return { value: value.actorId, end: match.end }
}

// Words that point to or own a noun, and so are never part of its name.
const DETERMINERS = new Set(['this', 'that', 'our', 'your', 'its', 'their', 'every', 'each'])

/** Whether tokens[k] is a determiner that opens a sentence, a paragraph or a quote: "This" in "... act. This Parliament". */
function opensOnDeterminer (tokens: Token[], k: number): boolean {
  const previous = tokens[k - 1]
  return DETERMINERS.has(tokens[k]?.text.toLowerCase() ?? '') && (previous === undefined || SENTENCE_OPENERS.has(previous.text))
}

// What may stand between "of" and the thing an act of the body is on: "the adoption by the Council of the Regulation".
const OF_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'these', 'our'])
// Acts a body adopts, which a name of a body never ends on.
const ACTS = new Set(['Regulation', 'Directive', 'Decision', 'Recommendation', 'Conclusions'])
// How many tokens an act's name may take: "the Security Action for Europe (SAFE) Regulation".
const MAX_ACT_TOKENS = 10

/**
 * Whether the "of" phrase that starts at tokens[k] names what the body acts
 * on, not the rest of another body's name ("the Council of Europe"): a
 * common noun ("the adoption by the Commission of a proposal", "by the
 * Council of its position") or an act ("by the Council of the SAFE Regulation").
 */
function ofAnAct (tokens: Token[], k: number): boolean {
  let j = k
  while (OF_DETERMINERS.has(tokens[j]?.text.toLowerCase() ?? '')) j++
  const first = tokens[j]
  if (!isWord(first)) return false
  if (!first.capitalised) return j > k
  for (let end = Math.min(tokens.length, j + MAX_ACT_TOKENS); j < end; j++) {
    const token = tokens[j]
    if (token === undefined || (!token.capitalised && token.text !== '(' && token.text !== ')' && token.key !== 'for' && token.key !== 'on' && token.key !== 'and')) return false
    if (ACTS.has(token.text)) return true
  }
  return false
}

const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'])

/** A month, or a day before one ("12 December", "19-20 October"), at tokens[k]. */
function opensDate (tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 4; j++) {
    const token = tokens[j]
    if (token === undefined) return false
    if (MONTHS.has(token.text)) return true
    if (!/^(?:\d{1,2}|-|–)$/u.test(token.text)) return false
  }
  return false
}

/** A word of two letters or more written in capitals only: "SPAIN", "TÜRKIYE". */
function isAllCaps (token: Token | undefined): boolean {
  if (token === undefined || !token.capitalised || token.text.length < 2) return false
  const text = token.text
  // Most capitalised words go on in lowercase: their second letter says so without a copy.
  const second = text.charCodeAt(1)
  if (second >= 97 && second <= 122) return false
  return text === text.toUpperCase() && !/\d/u.test(text)
}

// "BOSNIA AND HERZEGOVINA", "REPUBLIC OF MOLDOVA": the small words of a name in capitals.
const SMALL_WORDS = new Set(['AND', 'OF', 'THE'])

/** The key a word in capitals has when written as a name: "SPAIN" -> "Spain", "AND" -> "and". */
function nameCaseKey (token: Token): string | null {
  if (!isAllCaps(token)) return token.word ? null : token.key
  if (SMALL_WORDS.has(token.text)) return token.text.toLowerCase()
  return tokenKey(token.text.charAt(0) + token.text.slice(1).toLowerCase())
}

/** The nearest word before tokens[i] (step -1) or from tokens[i] on (step 1). */
function nearestWord (tokens: Token[], i: number, step: number): Token | undefined {
  for (let k = i; k >= 0 && k < tokens.length; k += step) if (tokens[k]?.word === true) return tokens[k]
  return undefined
}

/**
 * The word past the comma-separated run of words in capitals that tokens[i]
 * stands at, going before it (step -1, from i - 1) or after it (step 1):
 * "to" for CYPRUS in "to BELGIUM, CYPRUS, ESTONIA and SPAIN". Any other mark
 * (a colon, a full stop) ends the run with no word.
 */
function wordPastCapitalsList (tokens: Token[], i: number, step: number): Token | undefined {
  for (let k = i; k >= 0 && k < tokens.length; k += step) {
    const token = tokens[k]
    if (token === undefined) return undefined
    if (token.key === ',' || isAllCaps(token)) continue
    return token.word ? token : undefined
  }
  return undefined
}

/**
 * A country's name written in capitals inside running text, as infringement
 * packages name the Member States they address: "letters of formal notice to
 * SPAIN, CYPRUS and POLAND", "refer the NETHERLANDS". Only countries, of four
 * letters or more (no acronym), and only next to a lowercase word, so that a
 * heading written all in capitals names no one; in a longer list the names
 * between commas stand next to one another, and the list's own neighbours
 * count: "reasoned opinions to BELGIUM, CYPRUS, ESTONIA, IRELAND and SPAIN".
 */
function matchCountryInCapitals (tokens: Token[], i: number, gazetteer: Gazetteer): Matched<string> | null {
  const token = tokens[i]
  if (token === undefined || token.text.length < 4 || !isAllCaps(token)) return null
  const match = longestMatchBy(gazetteer.aliases, tokens, i, nameCaseKey)
  if (match === null || match.value.kind !== 'actor' || gazetteer.actors.get(match.value.actorId)?.type !== 'country') return null
  const lower = (word: Token | undefined): boolean => word !== undefined && !word.capitalised && word.text !== word.text.toUpperCase()
  if (!lower(nearestWord(tokens, i - 1, -1)) && !lower(nearestWord(tokens, match.end, 1)) &&
    !lower(wordPastCapitalsList(tokens, i - 1, -1)) && !lower(wordPastCapitalsList(tokens, match.end, 1))) return null
  return { value: match.value.actorId, end: match.end }
}

function isPersonId (actorId: string, gazetteer: Gazetteer): boolean {
  return gazetteer.actors.get(actorId)?.type === 'person'
}

/** A capitalised word, or a particle before one, follows: the start of (more of) a name. */
function startsName (tokens: Token[], i: number): boolean {
  const next = tokens[i]
  if (next === undefined || !next.word) return false
  if (next.capitalised) return next.text !== 'I'
  return PARTICLES.has(next.key) && tokens[i + 1]?.capitalised === true
}

/** Extends a match over a possessive: "Russia's", "Russia’s", "Belarus' role". */
function possessiveEnd (tokens: Token[], end: number): number {
  const last = tokens[end - 1]
  const mark = tokens[end]
  if (last === undefined || mark === undefined || mark.key !== "'" || mark.start !== last.end) return end
  const next = tokens[end + 1]
  if (next !== undefined && next.key === 's' && next.start === mark.end) return end + 2
  const closes = next === undefined || (next.start > mark.end && isWord(next) && !next.capitalised)
  return last.text.endsWith('s') && closes ? end + 1 : end
}

function isVocative (tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  return before?.key === ',' && (after === undefined || VOCATIVE_END.has(after.key))
}

// Capitalised heads of the names of funds and programmes: "the Ukraine
// Facility", "the Ukraine Investment Framework" name an instrument, not the
// country (as "the Union of Skills" is no Union).
const PROGRAMME_HEADS = new Set(['Facility', 'Instrument', 'Fund', 'Framework', 'Programme', 'Program', 'Initiative', 'Compact', 'Platform', 'Mechanism'])

// Heads of the names of seas and straits: "the East and South China Seas",
// "the Taiwan Strait" name a place, not the country (as "the South China Sea"
// of the gazetteer's notActors, which lists the forms it can spell out).
// So are cities named after their country: "Mexico City", "Kuwait City", "Port Sudan".
const PLACE_HEADS = new Set(['Sea', 'Seas', 'Strait', 'Straits', 'Canal', 'City'])
const PLACE_OPENERS = new Set(['Port'])
// "the Pan American Health Organization", "the Inter-American Commission": a demonym
// these open belongs to the name of something spanning a region, not to the country.
const REGION_PREFIXES = new Set(['Pan', 'pan', 'Inter', 'inter'])

/**
 * Whether a country's name at tokens[start] is part of a longer name the word
 * before it opens: a city's ("Port Sudan") or a regional body's ("Pan American",
 * "Inter-American", "pan-African").
 */
function openedByAnotherName (tokens: Token[], start: number, actorId: string, gazetteer: Gazetteer): boolean {
  const before = tokens[start - 1]
  if (before === undefined) return false
  const opens = before.key === '-' ? REGION_PREFIXES.has(tokens[start - 2]?.text ?? '') : PLACE_OPENERS.has(before.text) || REGION_PREFIXES.has(before.text)
  return opens && gazetteer.actors.get(actorId)?.type === 'country'
}

// An institution's initials, "EU", opening a capitalised run: "the EU Civil Protection Mechanism", "the EU Solidarity Fund".
const INITIALS = /^\p{Lu}{2,}$/u

/**
 * Whether a country's name, or an institution's initials, at the start of a
 * capitalised run ending on a programme head names that programme ("the
 * Ukraine Facility", "the EU Civil Protection Mechanism", no actor of the
 * Union's), or a country's right before a sea's, strait's or city's head names
 * that place.
 */
function namesProgrammeOrPlace (tokens: Token[], start: number, end: number, actorId: string, gazetteer: Gazetteer): boolean {
  const type = gazetteer.actors.get(actorId)?.type
  const initials = type === 'institution' && end === start + 1 && INITIALS.test(tokens[start]?.text ?? '')
  if (type !== 'country' && !initials) return false
  if (type === 'country' && PLACE_HEADS.has(tokens[end]?.text ?? '')) return true
  for (let k = end; k < end + 3; k++) {
    const token = tokens[k]
    if (token === undefined || !token.capitalised) return false
    if (PROGRAMME_HEADS.has(token.text)) return true
  }
  return false
}

/**
 * The name after a body's alias that ends on a title, the title inside it:
 * "United Nations High Commissioner for Refugees, Filippo Grandi," and "UN High
 * Commissioner for Refugees Barham Salih" name UNHCR and the person who heads it.
 */
function titledNameAfter (tokens: Token[], start: number, end: number, source: string, gazetteer: Gazetteer): Matched<PersonMatch> & { from: number } | null {
  for (let k = start + 1; k < end; k++) {
    if (!gazetteer.personStarts.has(tokens[k]?.key ?? '')) continue
    const person = matchPerson(tokens, k, source, gazetteer)
    if (person?.from !== undefined && person.from >= end) return { ...person, from: person.from }
  }
  return null
}

/** One left-to-right pass: at each token the longest of a titled person or an alias wins. */
export function scanText (text: string, offset: number, source: string, gazetteer: Gazetteer): Hit[] {
  const tokens = tokenize(text, offset)
  const hits: Hit[] = []
  // A name after its title's portfolio, taken once the scan has read the portfolio.
  let deferred: Matched<PersonMatch> & { from: number } | null = null
  let i = 0
  while (i < tokens.length) {
    const token = tokens[i]
    if (token === undefined) break
    if (deferred !== null && i >= deferred.from) {
      // Another match may have run over the name's start: then the name is not taken.
      const ready: Matched<PersonMatch> | null = i === deferred.from ? deferred : null
      deferred = null
      if (ready !== null) {
        const end = possessiveEnd(tokens, ready.end)
        hits.push({ ...ready.value, end: tokens[end - 1]?.end ?? ready.value.end })
        i = end
        continue
      }
    }
    // Punctuation starts no name: most of the skipping happens here.
    if (!token.word) {
      i++
      continue
    }
    let person = matchPerson(tokens, i, source, gazetteer)
    if (person?.from !== undefined && person.from > i) {
      deferred ??= { ...person, from: person.from }
      person = null
    }
    const alias = matchAlias(tokens, i, gazetteer)
    // On a tie the alias wins: "Pope Francis" is a known name before it is a title and a name.
    if (person !== null && (alias === null || person.end > alias.end)) {
      const end = possessiveEnd(tokens, person.end)
      hits.push({ ...person.value, end: tokens[end - 1]?.end ?? person.value.end })
      i = end
    } else if (alias !== null) {
      const end = possessiveEnd(tokens, alias.end)
      const last = tokens[end - 1]
      // "Ukraine's Recovery Fund" is Ukraine's: only the bare name opens a programme's.
      if (alias.value !== null && last !== undefined && !openedByAnotherName(tokens, i, alias.value, gazetteer) &&
        (end > alias.end || !namesProgrammeOrPlace(tokens, i, end, alias.value, gazetteer))) {
        hits.push({ kind: 'actor', actorId: alias.value, start: token.start, end: last.end })
        if (end === alias.end && startsName(tokens, tokens[end]?.key === ',' ? end + 1 : end)) deferred ??= titledNameAfter(tokens, i, end, source, gazetteer)
      }
      i = end
    } else {
      if (token.capitalised && !gazetteer.notNames.has(token.key)) {
        const vocative = isVocative(tokens, i)
        // A known person's first name anywhere; any other capitalised word inside
        // a sentence may be the first name of someone the document names in full
        // ("Prime Minister Justin Trudeau ... welcoming Justin in Brussels").
        const candidate = vocative || (!startsName(tokens, i + 1) && (gazetteer.firstNameKeys.has(token.key) || !SENTENCE_OPENERS.has(tokens[i - 1]?.key ?? '.')))
        if (candidate) hits.push({ kind: 'first-name', key: token.key, address: vocative, start: token.start, end: token.end })
      }
      i++
    }
  }
  return hits
}
