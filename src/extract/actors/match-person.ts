import type { Gazetteer } from './gazetteer.js'
import { longestMatch } from './trie.js'
import type { Token } from './tokens.js'

// Lowercase particles inside names: "von der Leyen", "Van Rompuy", "da Silva", "Corrêa do Lago".
export const PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'do', 'di', 'du', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'bint', 'dos', 'das', 'del', 'ter', 'ten', 'zu'])
// Name words a name holds at most, not counting the particles between them
// (CAPITAL_PARTICLES): "Mohamed Ould Cheikh El Ghazouani" is four words.
const MAX_NAME_WORDS = 4

export type PersonMatch =
  /** A title or courtesy word with a name: "President Michel", "Minister O'Connor", "Dear Jens". */
  | { kind: 'named', name: string, title: string | null, courtesy: boolean, address: boolean, start: number, end: number }
  /** A title used instead of a name: "Madam Prime Minister", "the Prime Minister". */
  | { kind: 'title', title: string, address: boolean, start: number, end: number }

export interface Matched<T> {
  value: T
  /** Index of the first token after the match. */
  end: number
  /**
   * Index of the token the value starts at, when that is after the token the
   * match was found at: a name after its title's portfolio, whose words the
   * scan must read first for their own mentions.
   */
  from?: number
}

function adjacent (left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start
}

function isNameWord (token: Token | undefined, gazetteer: Gazetteer): boolean {
  return token !== undefined && token.capitalised && !gazetteer.notNames.has(token.key)
}

/** A capital letter, its full stop right after it, then a name word: "S. Jaishankar". */
function isInitial (tokens: Token[], k: number, gazetteer: Gazetteer): boolean {
  const token = tokens[k]
  const dot = tokens[k + 1]
  return token !== undefined && token.capitalised && token.text.length === 1 && dot?.key === '.' && adjacent(token, dot) &&
    isNameWord(tokens[k + 2], gazetteer) && adjacentWord(dot, tokens[k + 2])
}

/**
 * "He" as a Chinese name word, where a name holds it: first before another
 * name word ("Vice-Premier He Lifeng"), after one ("Liu He"), or alone right
 * after a title ("Vice-Premier He said"), where the pronoun, after no full
 * stop, would have no capital. Elsewhere it is the pronoun, which is no name.
 */
function isPronounName (tokens: Token[], k: number, from: number, end: number, titled: boolean, gazetteer: Gazetteer): boolean {
  if (tokens[k]?.text !== 'He') return false
  if (k > from) return end === k
  return (isNameWord(tokens[k + 1], gazetteer) && adjacentWord(tokens[k], tokens[k + 1])) || (titled && adjacentWord(tokens[k - 1], tokens[k]))
}

/** Whether `b` follows `a` after one space. */
function adjacentWord (a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && b.start === a.end + 1
}

// Particles written with a capital inside a name: "El Molla", "De Vries",
// "Van Rompuy", "Ould Cheikh", "Abu Zeid", "Abdel Fattah" ("servant of"),
// "bin Zayed" at a capital.
const CAPITAL_PARTICLES: ReadonlySet<string> = new Set(['El', 'Al', 'Ben', 'Bin', 'Ibn', 'Bint', 'Ould', 'Abu', 'Abd', 'Abdel', 'Abdul', 'Van', 'Von', 'De', 'Da', 'Di', 'Le', 'La', 'Du', 'Del', 'Dos'])

/**
 * A capitalised particle that leads to more of a name, directly or by a
 * hyphen ("El-Sisi"): it does not count as one of the name's words, so a long
 * Arabic name such as "Mohamed Ould Cheikh El Ghazouani" is read whole.
 */
function isCapitalParticle (tokens: Token[], k: number, gazetteer: Gazetteer): boolean {
  const token = tokens[k]
  if (token === undefined || !CAPITAL_PARTICLES.has(token.text)) return false
  const next = tokens[k + 1]
  return (adjacentWord(token, next) && isNameWord(next, gazetteer)) || (next?.key === '-' && adjacent(token, next))
}

/**
 * An apostrophe that closes a name word before a space and more of the name:
 * the transliterated ayn of "Mohammed Shia' Al Sudani". Not a plural
 * possessive ("Jonas' Office"): the word before it ends in no "s".
 */
function closesAyn (tokens: Token[], k: number, end: number, gazetteer: Gazetteer): boolean {
  const before = tokens[k - 1]
  const next = tokens[k + 1]
  return tokens[k]?.key === "'" && end === k && adjacent(before, tokens[k]) && adjacentWord(tokens[k], next) &&
    before !== undefined && !/[sxz]$/i.test(before.text) && isNameWord(next, gazetteer) &&
    longestMatch(gazetteer.aliases, tokens, k + 1) === null
}

/**
 * The end of the name starting at tokens[from]: capitalised words, particles, and
 * "O'Connor"/"Okonjo-Iweala" joins. The longest known name inside wins, so Title Case
 * after it stays out: "President von der Leyen Welcomes" is von der Leyen. `titled`:
 * a title stands right before the name.
 */
export function readName (tokens: Token[], from: number, gazetteer: Gazetteer, titled = false): number {
  let end = from
  let knownEnd = from
  let words = 0
  const keys: string[] = []
  for (let k = from; k < tokens.length && words < MAX_NAME_WORDS; k++) {
    const token = tokens[k]
    if (token === undefined) break
    if (isInitial(tokens, k, gazetteer)) {
      // "Minister S. Jaishankar": an initial and its full stop, before the rest of the name.
      keys.push(token.key, '.')
      end = k + 2
      k++
    } else if (isNameWord(token, gazetteer) || isPronounName(tokens, k, from, end, titled, gazetteer)) {
      // A country or institution is not part of a name: "President Obama" yes, "President EU" no.
      const alias = longestMatch(gazetteer.aliases, tokens, k)
      if (alias?.value.kind === 'actor' && !isPerson(alias.value.actorId, gazetteer) && !(k === from && alias.end === k + 1 && isSurnameAfter(tokens, k, gazetteer))) break
      if (!isCapitalParticle(tokens, k, gazetteer)) words++
      end = k + 1
      keys.push(token.key)
      if (gazetteer.people.has(keys.join(' '))) knownEnd = end
    } else if (token.capitalised && keys.length > 0 && gazetteer.people.has(`${keys.join(' ')} ${token.key}`)) {
      // A word that is no name elsewhere ends a known person's name: "Theresa May" is no month.
      words++
      end = k + 1
      knownEnd = end
      keys.push(token.key)
    } else if (PARTICLES.has(token.key) && k + 1 < tokens.length) {
      keys.push(token.key)
    } else if (closesAyn(tokens, k, end, gazetteer)) {
      keys.push(token.key)
    } else if ((token.key === "'" || token.key === '-') && adjacent(tokens[k - 1], token) && adjacent(token, tokens[k + 1]) &&
      // "O'Connor", "Okonjo-Iweala", or a particle joined to the rest: "al-Sisi", "Mohammed Shia al-Sudani".
      (end === k || PARTICLES.has(tokens[k - 1]?.key ?? ''))) {
      keys.push(token.key)
    } else if (isGivenNameSyllable(tokens, k, end)) {
      // "Han Duck-soo", "Moon Jae-in": a Korean given name's second syllable.
      end = k + 1
      keys.push(token.key)
      if (gazetteer.people.has(keys.join(' '))) knownEnd = end
    } else {
      break
    }
  }
  return knownEnd > from ? knownEnd : end
}

/**
 * Whether the one word after a country's word that opens a name is a surname,
 * making that word a first name: "the Minister of Energy of Ukraine, German
 * Halushchenko". The name is those two words, and the second is nobody's
 * alias, title or common capitalised word.
 */
function isSurnameAfter (tokens: Token[], k: number, gazetteer: Gazetteer): boolean {
  const next = tokens[k + 1]
  return isNameWord(next, gazetteer) && !isNameWord(tokens[k + 2], gazetteer) && tokens[k + 2]?.key !== '-' &&
    longestMatch(gazetteer.aliases, tokens, k + 1) === null && longestMatch(gazetteer.titles, tokens, k + 1) === null
}

// Words that follow a name and a hyphen without being part of it: "a Macron-led coalition".
const NOT_SYLLABLES = new Set(['led', 'run', 'era', 'like', 'wide', 'born', 'made', 'type', 'free', 'only', 'ish', 'who'])

/** A short lowercase word joined by a hyphen to the name word just read: the second syllable of a Korean given name. */
function isGivenNameSyllable (tokens: Token[], k: number, end: number): boolean {
  const token = tokens[k]
  const hyphen = tokens[k - 1]
  if (token === undefined || hyphen?.key !== '-' || end !== k - 1 || !token.word || token.capitalised) return false
  if (!adjacent(hyphen, token)) return false
  if (token.text.length >= 2 && token.text.length <= 4) return !NOT_SYLLABLES.has(token.key)
  // Longer, only a Korean syllable's spelling: "Jae-myung", "Seok-hyung", "Min-young" (not "Putin-backed").
  return token.text.length <= 6 && KOREAN_SYLLABLE.test(token.text)
}

const KOREAN_SYLLABLE = /^(?:[bcdghjkmnprstwy]|ch|kk|tt|pp|ss|jj)?(?:ya|yae|yeo|ye|yo|yu|wa|wae|wo|we|wi|ae|eo|eu|oe|ui|ou|a|e|i|o|u)(?:ng|k|n|l|m|p|t)?$/

// Punctuation that may follow a name given after its title's portfolio; so may
// the end of the text or a lowercase word, its verb (appositionName).
const APPOSITION_END = new Set([',', ':', '(', '.', ';'])
// Before words that are no name: "the Critical Raw Materials Club, the Commissioner said".
const NOT_BEFORE_NAME = new Set(['the', 'a', 'an'])
// Verbs that make the title before them a subject: "..., the President said".
const REPORTING_VERBS = new Set(['said', 'says', 'stated', 'added', 'noted', 'told', 'explained', 'announced', 'stressed', 'underlined', 'emphasised', 'emphasized', 'welcomed', 'declared', 'replied', 'insisted', 'recalled', 'remarked', 'highlighted', 'confirmed', 'underscored', 'reiterated'])
const PORTFOLIO_JOINERS = new Set(['and', 'of', 'for', 'the', '&', '-', "'", '/', 'a', 'an', 'in', 'on', 'with'])
// Words after which a portfolio goes on, so a capitalised run before them is not a name's end.
const PORTFOLIO_CONTINUES = new Set(['and', 'of', 'for', 'the', '&', '-', "'", '/', 'a', 'an'])
const MAX_PORTFOLIO_TOKENS = 24
const MAX_PORTFOLIO_COMMAS = 5

export interface Apposition { portfolioEnd: number, nameStart: number, nameEnd: number }

/**
 * The token after a courtesy word (and its full stop) that opens a name at
 * tokens[k], "Dr Hans Kluge", "Dr. Hans Kluge"; k when there is none, or when
 * a title follows it ("Madam President").
 */
function afterCourtesy (tokens: Token[], k: number, gazetteer: Gazetteer): number {
  const token = tokens[k]
  if (token === undefined || !gazetteer.honorifics.has(token.key)) return k
  const next = tokens[k + 1]?.key === '.' && adjacent(token, tokens[k + 1]) ? k + 2 : k + 1
  return isNameWord(tokens[next], gazetteer) && longestMatch(gazetteer.titles, tokens, next) === null ? next : k
}

/** A hyphen or apostrophe inside a word: "Jean-Claude", "O'Connor". */
function joinsWord (tokens: Token[], k: number): boolean {
  const token = tokens[k]
  const next = tokens[k + 1]
  return (token?.key === '-' || token?.key === "'") && adjacent(tokens[k - 1], token) && adjacent(token, next) && next?.capitalised === true
}

/** More particles, then a capitalised word: "der Leyen" after "von". */
function startsNameAfterParticles (tokens: Token[], k: number): boolean {
  let token = tokens[k]
  while (token !== undefined && PARTICLES.has(token.key)) token = tokens[++k]
  return token?.capitalised === true
}

/** An acronym such as "EU" or "SME" is not a name word. */
function isAcronym (token: Token): boolean {
  return token.text.length > 1 && token.text === token.text.toUpperCase()
}

/**
 * The name that ends a portfolio without a comma, "Commissioner for Cohesion
 * and Reforms Elisa Ferreira said": the run of capitalised words since the
 * last joiner is portfolio then name, and the name is a known person's at its
 * end or else its last two words. The run must leave a portfolio word before
 * the name, unless an actor ends the portfolio ("President of the Republic of
 * Cyprus Nikos Christodoulides"). `stop` is the token after the run.
 */
function nameEndingRun (tokens: Token[], runStart: number, stop: number, afterActor: boolean, gazetteer: Gazetteer): Apposition | null {
  const after = tokens[stop]
  if (after !== undefined) {
    // "Trade Policy and Investment": the portfolio goes on; "Breton's": a
    // possessive ends the name. After a body ("Prime Minister of Canada Justin
    // Trudeau and ..."), the portfolio is over: only a capital goes on.
    const possessive = after.key === "'" && tokens[stop + 1]?.key === 's'
    // "Minister of Petroleum Tarek El Molla and Minister of Electricity ...": another title after "and" ends this one's name.
    const nextTitle = after.key === 'and' && endsPortfolio(tokens, stop + 1, gazetteer)
    if (after.capitalised || (PORTFOLIO_CONTINUES.has(after.key) && !possessive && !afterActor && !nextTitle)) return null
  }
  const words: number[] = []
  for (let k = runStart; k < stop; k++) {
    const token = tokens[k]
    if (token?.capitalised === true && !joinsWord(tokens, k - 1)) words.push(k)
  }
  const spare = afterActor ? 0 : 1
  if (words.length < 2 + spare) return null
  for (let n = Math.min(4, words.length - spare); n >= 2; n--) {
    const from = words[words.length - n] as number
    const key = tokens.slice(from, stop).map((token) => token.key).join(' ')
    if (gazetteer.people.has(key)) return { portfolioEnd: from, nameStart: from, nameEnd: stop }
  }
  // "Tarek El Molla", "Jan De Vries": a surname that opens on a capitalised particle takes the word before it too.
  const twoWords = words[words.length - 2] as number
  const nameStart = CAPITAL_PARTICLES.has(tokens[twoWords]?.key ?? '') && words.length >= 3 + spare ? words[words.length - 3] as number : twoWords
  if (!namesOnly(tokens, nameStart, stop, gazetteer)) return null
  // After a body the portfolio is over, so the name is every name word of
  // the run, up to four: "President of Egypt Abdel Fattah El-Sisi", "of
  // Brazil Luiz Inácio Lula da Silva" (not "Fattah El-Sisi", "Lula da Silva").
  if (afterActor) {
    const first = words.findIndex((k, i) => words.slice(i).filter((w) => !isCapitalParticle(tokens, w, gazetteer)).length <= MAX_NAME_WORDS && namesOnly(tokens, k, stop, gazetteer) && !holdsTitle(tokens, k, stop, gazetteer))
    const start = words[first]
    if (start !== undefined && start < nameStart) return { portfolioEnd: start, nameStart: start, nameEnd: stop }
  }
  return { portfolioEnd: nameStart, nameStart, nameEnd: stop }
}

/**
 * Whether the words after a portfolio's "and" at tokens[k] are no more
 * portfolio: another title, also after a body or country ("Secretary of
 * Commerce Howard Lutnick and US Trade Representative Jamieson Greer",
 * "Minister of Finance Christian Lindner and German Chancellor Olaf Scholz"),
 * or a lowercase word no portfolio goes on with, a verb or a noun ("Minister
 * of Commerce Wang Wentao and agreed", "... and Chinese officials").
 */
function endsPortfolio (tokens: Token[], k: number, gazetteer: Gazetteer): boolean {
  const alias = longestMatch(gazetteer.aliases, tokens, k)
  const at = alias?.value.kind === 'actor' && !isPerson(alias.value.actorId, gazetteer) ? alias.end : k
  const token = tokens[at]
  if (token === undefined) return false
  if (!token.capitalised) return token.word && !PORTFOLIO_JOINERS.has(token.key)
  return longestMatch(gazetteer.titles, tokens, at) !== null
}

/** Whether a title starts among tokens [from, stop): "Director General Josef Aschbacher" is a title and a name. */
function holdsTitle (tokens: Token[], from: number, stop: number, gazetteer: Gazetteer): boolean {
  for (let k = from; k < stop; k++) if (longestMatch(gazetteer.titles, tokens, k) !== null) return true
  return false
}

/** Whether tokens [from, stop) are all name words, particles or joins: no acronym, no common capitalised word. */
function namesOnly (tokens: Token[], from: number, stop: number, gazetteer: Gazetteer): boolean {
  for (let k = from; k < stop; k++) {
    const token = tokens[k]
    if (token === undefined || (token.word && !PARTICLES.has(token.key) && (!isNameWord(token, gazetteer) || isAcronym(token)))) return false
  }
  return true
}

/**
 * A title's portfolio, then the name of the person holding it: after a comma,
 * "Commissioner for Migration, Home Affairs and Citizenship, Dimitris
 * Avramopoulos said" (a name of two words or more that ends the phrase), or
 * right after it (nameEndingRun). The portfolio is capitalised words, joiners
 * and actors; the scan reads it for its own mentions before it takes the name
 * (Matched.from). Null when no name follows.
 */
function appositionName (tokens: Token[], titleEnd: number, gazetteer: Gazetteer): Apposition | null {
  const joiner = tokens[titleEnd]?.key
  if (joiner !== 'for' && joiner !== 'of') return null
  let commas = 0
  // The run of capitalised words since the last joiner, comma or actor.
  let runStart = titleEnd + 1
  let afterActor = false
  let k = titleEnd + 1
  while (k < tokens.length && k <= titleEnd + MAX_PORTFOLIO_TOKENS) {
    const token = tokens[k]
    if (token === undefined) return null
    if (token.key === ',') {
      if (++commas > MAX_PORTFOLIO_COMMAS || k === titleEnd + 1) return null
      // "Dr Hans Kluge" is Hans Kluge, and "Dr Tedros" a name of its own.
      const first = afterCourtesy(tokens, k + 1, gazetteer)
      const nameEnd = readName(tokens, first, gazetteer)
      const after = tokens[nameEnd]
      // "Food Safety, Dimitris ..." is more portfolio: a name's comma is followed by lowercase ("Věra Jourová, said").
      const portfolioGoesOn = after?.key === ',' && tokens[nameEnd + 1]?.capitalised === true
      // A name ends the phrase, or a verb follows it ("Michael McGrath issued"); "Food Safety and ..." goes on.
      const verbAfter = after !== undefined && after.word && !after.capitalised && !PORTFOLIO_JOINERS.has(after.key)
      if (nameEnd - first >= (first > k + 1 ? 1 : 2) && (after === undefined || APPOSITION_END.has(after.key) || verbAfter) && !portfolioGoesOn) return { portfolioEnd: k, nameStart: k + 1, nameEnd }
      // "... and Reforms Elisa Ferreira, the ...": the name before the comma.
      const named = nameEndingRun(tokens, runStart, k, afterActor, gazetteer)
      if (named !== null) return named
      k++
      runStart = k
      afterActor = false
      continue
    }
    if (token.capitalised) {
      const alias = longestMatch(gazetteer.aliases, tokens, k)
      if (alias?.value.kind === 'actor' && !isPerson(alias.value.actorId, gazetteer)) {
        k = alias.end
        runStart = k
        afterActor = true
      } else {
        k++
      }
      continue
    }
    // "Jean-Claude", "Shia' Al Sudani", or a particle inside a name: "Andris van Example".
    if (joinsWord(tokens, k) || closesAyn(tokens, k, k, gazetteer) || (PARTICLES.has(token.key) && startsNameAfterParticles(tokens, k + 1))) {
      k++
      continue
    }
    const named = nameEndingRun(tokens, runStart, k, afterActor, gazetteer)
    if (named !== null || !PORTFOLIO_JOINERS.has(token.key)) return named
    k++
    runStart = k
    afterActor = false
  }
  return k >= tokens.length ? nameEndingRun(tokens, runStart, k, afterActor, gazetteer) : null
}

// Tokens after which a capital opens a sentence or a clause.
const SENTENCE_STARTS = new Set(['.', '!', '?', ':', ';', '“', '"', '(', '•', '–', '—'])

/**
 * A participle opening a sentence, "Answering MEPs, President von der Leyen
 * said", "Quoting Jacques Delors, ...": a verb, no name word, though "Ding"
 * or a first name the gazetteer knows is.
 */
function opensOnParticiple (tokens: Token[], from: number, gazetteer: Gazetteer): boolean {
  const token = tokens[from] as Token
  const before = tokens[from - 1]
  return token.text.length >= 6 && token.key.endsWith('ing') && (before === undefined || SENTENCE_STARTS.has(before.key)) &&
    !gazetteer.firstNameKeys.has(token.key)
}

/**
 * "Paolo Gentiloni, Commissioner for Economy, said": a name of two words or
 * more, a comma, then a title (with its portfolio), as press releases
 * introduce the people they quote. Not when the title names someone else
 * ("..., President Macron" or "..., Commissioner for Innovation Mariya
 * Gabriel announced"). The match is the name; the role is the title and its
 * portfolio up to the next comma.
 */
function nameBeforeTitle (tokens: Token[], from: number, source: string, gazetteer: Gazetteer): Matched<PersonMatch> | null {
  // "On the India-Middle East-Europe Economic Corridor, the President said":
  // the tail of a compound, or words after an article, are no name.
  const before = tokens[from - 1]
  if (before !== undefined && (before.key === '-' || NOT_BEFORE_NAME.has(before.key.toLowerCase()))) return null
  const second = tokens[from + 1]
  if (second === undefined || !(second.capitalised || PARTICLES.has(second.key) || second.key === '-' || second.key === "'")) return null
  const first = tokens[from]
  if (first === undefined || !isNameWord(first, gazetteer) || isAcronym(first) || opensOnParticiple(tokens, from, gazetteer)) return null
  const nameEnd = readName(tokens, from, gazetteer)
  if (nameEnd - from < 2 || tokens[nameEnd]?.key !== ',') return null
  const roleAt = tokens[nameEnd + 1]?.key === 'the' ? nameEnd + 2 : nameEnd + 1
  // "Nicole de Moor, Belgian Secretary of State", "Annalena Baerbock, German Foreign Minister": a country or body before the title is in the role.
  const body = longestMatch(gazetteer.aliases, tokens, roleAt)
  const titleAt = body?.value.kind === 'actor' && !isPerson(body.value.actorId, gazetteer) ? body.end : roleAt
  const title = longestMatch(gazetteer.titles, tokens, titleAt)
  if (title === null || tokens[titleAt - 1]?.key === 'High') return null
  const afterTitle = tokens[title.end]
  // "..., President von der Leyen said": the title names someone else, also after a particle.
  if (afterTitle?.capitalised === true || startsNameAfterParticles(tokens, title.end) || appositionName(tokens, title.end, gazetteer) !== null) return null
  // "Regarding the Club, the Commissioner said": the title is the subject of its own verb, no apposition.
  if (afterTitle !== undefined && REPORTING_VERBS.has(afterTitle.key)) return null
  let roleEnd = title.end
  if (afterTitle?.key === 'for' || afterTitle?.key === 'of') {
    for (let k = title.end + 1; k < tokens.length; k++) {
      const token = tokens[k] as Token
      if (!(token.capitalised || PORTFOLIO_JOINERS.has(token.key))) break
      if (token.capitalised) roleEnd = k + 1
    }
  }
  const nameFirst = tokens[from] as Token
  const nameLast = tokens[nameEnd - 1] as Token
  const titleFirst = tokens[roleAt] as Token
  const roleLast = tokens[roleEnd - 1] as Token
  return {
    value: {
      kind: 'named',
      name: source.slice(nameFirst.start, nameLast.end),
      title: source.slice(titleFirst.start, roleLast.end),
      courtesy: false,
      address: false,
      start: nameFirst.start,
      end: nameLast.end
    },
    end: nameEnd
  }
}

function isPerson (actorId: string, gazetteer: Gazetteer): boolean {
  return gazetteer.actors.get(actorId)?.type === 'person'
}

/**
 * A person introduced by a title, a courtesy word or an address word at tokens[from].
 * Without a title or a courtesy word a name must be addressed ("Dear Jens"), so
 * capitalised words after "Dear" are the only untitled names taken on trust.
 * Offsets are those of the tokens: into the source text.
 */
export function matchPerson (tokens: Token[], from: number, source: string, gazetteer: Gazetteer): Matched<PersonMatch> | null {
  const first = tokens[from]
  if (first === undefined) return null
  // Most tokens start nothing: reject them before any other work.
  if (!gazetteer.personStarts.has(first.key)) return first.capitalised ? nameBeforeTitle(tokens, from, source, gazetteer) : null
  const address = gazetteer.addressWords.has(first.key)
  const courtesy = gazetteer.honorifics.has(first.key)
  const definite = first.key === 'the'
  // "Mr. Al Jaber", "Dr. Hans Kluge": the courtesy word's full stop.
  const dotted = courtesy && tokens[from + 1]?.key === '.' && adjacent(first, tokens[from + 1])
  const j = dotted ? from + 2 : address || courtesy || definite ? from + 1 : from
  const title = longestMatch(gazetteer.titles, tokens, j)
  if (title === null && !address && !courtesy) return null
  const titleFirst = tokens[j]
  const titleLast = title === null ? undefined : tokens[title.end - 1]
  const nameStart = title === null ? j : title.end
  const nameEnd = readName(tokens, nameStart, gazetteer, title !== null)
  const nameFirst = tokens[nameStart]
  const nameLast = tokens[nameEnd - 1]
  if (nameEnd > nameStart && nameFirst !== undefined && nameLast !== undefined) {
    if (definite && title === null) return null
    // "Dr. Anna Schmidt, Director of the Joint Research Centre, said": the title after the name is the role.
    const titledAfter = courtesy && title === null ? nameBeforeTitle(tokens, nameStart, source, gazetteer) : null
    if (titledAfter?.value.kind === 'named') return { value: { ...titledAfter.value, courtesy, start: first.start }, end: titledAfter.end }
    const spanFirst = courtesy ? first : titleLast === undefined ? nameFirst : titleFirst
    return {
      value: {
        kind: 'named',
        name: source.slice(nameFirst.start, nameLast.end),
        title: titleFirst === undefined || titleLast === undefined ? null : source.slice(titleFirst.start, titleLast.end),
        courtesy,
        address,
        start: (spanFirst ?? nameFirst).start,
        end: nameLast.end
      },
      end: nameEnd
    }
  }
  if (title === null || titleFirst === undefined || titleLast === undefined) return null
  // "UN High Commissioner for Refugees" is not a Commissioner's portfolio.
  const apposition = tokens[j - 1]?.key === 'High' ? null : appositionName(tokens, title.end, gazetteer)
  const portfolioLast = apposition === null ? undefined : tokens[apposition.portfolioEnd - 1]
  const appositionFirst = apposition === null ? undefined : tokens[apposition.nameStart]
  // A courtesy word before the name is in the mention, not in the name.
  const nameFrom = apposition === null ? -1 : afterCourtesy(tokens, apposition.nameStart, gazetteer)
  const appositionNameFirst = tokens[nameFrom]
  const appositionLast = apposition === null ? undefined : tokens[apposition.nameEnd - 1]
  if (apposition !== null && portfolioLast !== undefined && appositionFirst !== undefined && appositionNameFirst !== undefined && appositionLast !== undefined) {
    return {
      value: {
        kind: 'named',
        name: source.slice(appositionNameFirst.start, appositionLast.end),
        title: source.slice(titleFirst.start, portfolioLast.end),
        courtesy: nameFrom > apposition.nameStart,
        address: false,
        start: appositionFirst.start,
        end: appositionLast.end
      },
      end: apposition.nameEnd,
      from: apposition.nameStart
    }
  }
  // A bare title is a reference only when it is addressed or definite and not
  // qualified: "the President of the European Council" names an office, not a person.
  if (!(address || courtesy || definite) || tokens[title.end]?.key === 'of') return null
  return {
    value: { kind: 'title', title: title.value, address: address || courtesy, start: (definite ? titleFirst : first).start, end: titleLast.end },
    end: title.end
  }
}
