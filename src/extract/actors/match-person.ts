import type { Gazetteer } from './gazetteer.js'
import { longestMatch } from './trie.js'
import type { Token } from './tokens.js'

// Lowercase particles inside names: "von der Leyen", "Van Rompuy", "da Silva".
export const PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'le', 'la', 'al', 'bin', 'dos', 'das', 'del', 'ter', 'ten', 'zu'])
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
}

function adjacent (left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start
}

function isNameWord (token: Token | undefined, gazetteer: Gazetteer): boolean {
  return token !== undefined && token.capitalised && !gazetteer.notNames.has(token.key)
}

/**
 * The end of the name starting at tokens[from]: capitalised words, particles, and
 * "O'Connor"/"Okonjo-Iweala" joins. The longest known name inside wins, so Title Case
 * after it stays out: "President von der Leyen Welcomes" is von der Leyen.
 */
export function readName (tokens: Token[], from: number, gazetteer: Gazetteer): number {
  let end = from
  let knownEnd = from
  let words = 0
  const keys: string[] = []
  for (let k = from; k < tokens.length && words < MAX_NAME_WORDS; k++) {
    const token = tokens[k]
    if (token === undefined) break
    if (isNameWord(token, gazetteer)) {
      // A country or institution is not part of a name: "President Obama" yes, "President EU" no.
      const alias = longestMatch(gazetteer.aliases, tokens, k)
      if (alias?.value.kind === 'actor' && !isPerson(alias.value.actorId, gazetteer)) break
      words++
      end = k + 1
      keys.push(token.key)
      if (gazetteer.people.has(keys.join(' '))) knownEnd = end
    } else if (PARTICLES.has(token.key) && k + 1 < tokens.length) {
      keys.push(token.key)
    } else if ((token.key === "'" || token.key === '-') && adjacent(tokens[k - 1], token) && adjacent(token, tokens[k + 1]) && end === k) {
      keys.push(token.key)
    } else {
      break
    }
  }
  return knownEnd > from ? knownEnd : end
}

// Punctuation that may follow a name given after its title's portfolio; so may
// the end of the text or a lowercase word, its verb (appositionName).
const APPOSITION_END = new Set([',', ':', '(', '.', ';'])
const PORTFOLIO_JOINERS = new Set(['and', 'of', 'for', 'the', '&', '-', "'", '/', 'a', 'an', 'in', 'on', 'with'])
const MAX_PORTFOLIO_TOKENS = 24
const MAX_PORTFOLIO_COMMAS = 5

/**
 * "Commissioner for Migration, Home Affairs and Citizenship, Dimitris
 * Avramopoulos said": a title, its portfolio (capitalised words and joiners),
 * then after a comma a name of two words or more that ends the phrase. The
 * span of the name and the end of the portfolio, or null. A portfolio that
 * names an actor ("President of the European Council, ...") is left to the
 * scan, which would otherwise lose that mention.
 */
function appositionName (tokens: Token[], titleEnd: number, gazetteer: Gazetteer): { portfolioEnd: number, nameStart: number, nameEnd: number } | null {
  const joiner = tokens[titleEnd]?.key
  if (joiner !== 'for' && joiner !== 'of') return null
  let commas = 0
  for (let k = titleEnd + 1; k < tokens.length && k <= titleEnd + MAX_PORTFOLIO_TOKENS; k++) {
    const token = tokens[k]
    if (token === undefined) return null
    if (token.key === ',') {
      if (++commas > MAX_PORTFOLIO_COMMAS || k === titleEnd + 1) return null
      const nameEnd = readName(tokens, k + 1, gazetteer)
      const after = tokens[nameEnd]
      // "Food Safety, Dimitris ..." is more portfolio: a name's comma is followed by lowercase ("Věra Jourová, said").
      const portfolioGoesOn = after?.key === ',' && tokens[nameEnd + 1]?.capitalised === true
      // A name ends the phrase, or a verb follows it ("Michael McGrath issued"); "Food Safety and ..." goes on.
      const verbAfter = after !== undefined && after.word && !after.capitalised && !PORTFOLIO_JOINERS.has(after.key)
      if (nameEnd - (k + 1) >= 2 && (after === undefined || APPOSITION_END.has(after.key) || verbAfter) && !portfolioGoesOn) return { portfolioEnd: k, nameStart: k + 1, nameEnd }
      continue
    }
    if (!(token.capitalised || PORTFOLIO_JOINERS.has(token.key))) return null
    const alias = longestMatch(gazetteer.aliases, tokens, k)
    if (alias?.value.kind === 'actor') return null
  }
  return null
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
  // Most tokens start nothing: reject them before any other work.
  if (first === undefined || !gazetteer.personStarts.has(first.key)) return null
  const address = gazetteer.addressWords.has(first.key)
  const courtesy = gazetteer.honorifics.has(first.key)
  const definite = first.key === 'the'
  const j = address || courtesy || definite ? from + 1 : from
  const title = longestMatch(gazetteer.titles, tokens, j)
  if (title === null && !address && !courtesy) return null
  const titleFirst = tokens[j]
  const titleLast = title === null ? undefined : tokens[title.end - 1]
  const nameStart = title === null ? j : title.end
  const nameEnd = readName(tokens, nameStart, gazetteer)
  const nameFirst = tokens[nameStart]
  const nameLast = tokens[nameEnd - 1]
  if (nameEnd > nameStart && nameFirst !== undefined && nameLast !== undefined) {
    if (definite && title === null) return null
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
  const appositionLast = apposition === null ? undefined : tokens[apposition.nameEnd - 1]
  if (apposition !== null && portfolioLast !== undefined && appositionFirst !== undefined && appositionLast !== undefined) {
    return {
      value: {
        kind: 'named',
        name: source.slice(appositionFirst.start, appositionLast.end),
        title: source.slice(titleFirst.start, portfolioLast.end),
        courtesy: false,
        address: false,
        start: appositionFirst.start,
        end: appositionLast.end
      },
      end: apposition.nameEnd
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
