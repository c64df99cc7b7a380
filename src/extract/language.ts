import { data } from 'franc-min/data.js'
import { expressions } from 'franc-min/expressions.js'

// EU official languages that franc-min has trigram models for (it lacks Danish,
// Estonian, Finnish, Greek, Irish, Latvian, Lithuanian, Maltese, Slovak and
// Slovenian); restricting to them stops short EU texts being read as, say, Tagalog.
const ISO_639_1: Readonly<Record<string, string>> = {
  bul: 'bg',
  ces: 'cs',
  deu: 'de',
  eng: 'en',
  fra: 'fr',
  hrv: 'hr',
  hun: 'hu',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  por: 'pt',
  ron: 'ro',
  spa: 'es',
  swe: 'sv'
}

/** Below this many letters trigram statistics are noise. */
const MIN_LETTERS = 40

/**
 * Trigram statistics settle within several hundred characters, and detection
 * costs time in proportion to what it reads, so it reads a sample, not the
 * whole text.
 */
export const SAMPLE_LENGTH = 800

/** franc's penalty for a trigram a language's model lacks. */
const MAX_DIFFERENCE = 300

/**
 * franc-min's trigram models, kept for the allowed languages only. franc
 * counts every trigram of the text in an object and measures it against each
 * of ~40 Latin-script models in turn; here a trigram is numbered from its
 * letters and found by array lookup among the allowed models' trigrams, and
 * each one found adds its rank distance to the languages that have it, which
 * gives franc's answer in a fraction of the time.
 * test/extract/language.test.ts checks the two agree.
 */
interface ScriptModel {
  /** Allowed languages in franc's order, which settles ties. */
  languages: string[]
  /** UTF-16 code unit -> its number in the models' alphabet (from 1); 0: no model has it. */
  letters: Uint8Array
  /** Alphabet size + 1: trigram number = (first * radix + second) * radix + third. */
  radix: number
  /** Trigram number -> slot in `ranks` + 1; 0: no allowed model has it. */
  slots: Uint16Array
  /** Per slot: language, rank, language, rank ... for the models that have the trigram. */
  ranks: number[][]
}

function compileScript (models: Record<string, string>): ScriptModel {
  const languages = Object.keys(models).filter((language) => language in ISO_639_1)
  // A repeated trigram keeps its first rank, as in franc.
  const rankings = languages.map((language) => {
    const ranking = new Map<string, number>()
    ;(models[language] ?? '').split('|').forEach((trigram, rank) => { if (!ranking.has(trigram)) ranking.set(trigram, rank) })
    return ranking
  })
  const letters = new Uint8Array(0x10000)
  let radix = 1
  for (const ranking of rankings) {
    for (const trigram of ranking.keys()) {
      for (let i = 0; i < trigram.length; i++) if (letters[trigram.charCodeAt(i)] === 0) letters[trigram.charCodeAt(i)] = radix++
    }
  }
  const slots = new Uint16Array(radix ** 3)
  const ranks: number[][] = []
  rankings.forEach((ranking, language) => {
    for (const [trigram, rank] of ranking) {
      const number = trigramNumber(trigram, 0, letters, radix)
      if (number === -1) continue
      if (slots[number] === 0) slots[number] = ranks.push([])
      ranks[(slots[number] ?? 0) - 1]?.push(language, rank)
    }
  })
  return { languages, letters, radix, slots, ranks }
}

/** The number of the trigram at `at`, or -1 when a letter is outside the alphabet (or the text). */
function trigramNumber (text: string, at: number, letters: Uint8Array, radix: number): number {
  if (at + 3 > text.length) return -1
  const first = letters[text.charCodeAt(at)] ?? 0
  const second = letters[text.charCodeAt(at + 1)] ?? 0
  const third = letters[text.charCodeAt(at + 2)] ?? 0
  return first === 0 || second === 0 || third === 0 ? -1 : (first * radix + second) * radix + third
}

const SCRIPT_MODELS = new Map(Object.entries(data).map(([script, models]) => [script, compileScript(models)]))

const SCRIPTS = Object.entries(expressions)

/**
 * Per UTF-16 code unit, a bit for each script expression that matches it
 * alone (-1: not worked out yet). Outside surrogate pairs every expression
 * is a character class, so counting its matches in a text is summing these
 * bits over the text's code units: one pass instead of a regular expression
 * and a match array per script.
 */
const scriptBits = new Int32Array(0x10000).fill(-1)
const SCRIPT_PROBES = SCRIPTS.map(([, expression]) => new RegExp(expression.source, expression.flags.replace('g', '')))

function scriptBitsOf (code: number): number {
  let bits = scriptBits[code] ?? 0
  if (bits === -1) {
    bits = 0
    const character = String.fromCharCode(code)
    SCRIPT_PROBES.forEach((probe, index) => { if (probe.test(character)) bits |= 1 << index })
    scriptBits[code] = bits
  }
  return bits
}

/** Matches of each script expression in the text, in SCRIPTS order. */
function scriptCounts (text: string): number[] {
  const counts = SCRIPTS.map(() => 0)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // An astral character is a surrogate pair that some expressions match as a pair: count with the expressions themselves.
    if (code >= 0xD800 && code <= 0xDFFF) return SCRIPTS.map(([, expression]) => text.match(expression)?.length ?? 0)
    for (let bits = scriptBitsOf(code); bits !== 0; bits &= bits - 1) {
      const index = 31 - Math.clz32(bits & -bits)
      counts[index] = (counts[index] ?? 0) + 1
    }
  }
  return counts
}

/** The script most of the text is written in (franc's getTopScript: first on ties). */
function topScript (text: string): { script: string, count: number } {
  const counts = scriptCounts(text)
  let best = { script: '', count: -1 }
  SCRIPTS.forEach(([script], index) => {
    const count = counts[index] ?? 0
    if (count > best.count) best = { script, count }
  })
  return best
}

/** trigram-utils' clean, padded as its trigrams() does: franc's view of the text. */
function cleaned (text: string): string {
  return ' ' + text.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' '
}

/**
 * franc's distance of a language is, over the distinct trigrams of the text,
 * |occurrences - rank - 1| where its model has the trigram and MAX_DIFFERENCE
 * where not. A trigram no allowed model has adds the same to every language,
 * so it is skipped: only the differences between languages decide.
 */
function relativeDistances (text: string, { languages, letters, radix, slots, ranks }: ScriptModel): number[] {
  const occurrences = new Uint16Array(ranks.length)
  const found: number[] = []
  for (let i = 0; i + 3 <= text.length; i++) {
    const number = trigramNumber(text, i, letters, radix)
    const slot = number === -1 ? -1 : (slots[number] ?? 0) - 1
    if (slot === -1) continue
    if (occurrences[slot] === 0) found.push(slot)
    occurrences[slot] = (occurrences[slot] ?? 0) + 1
  }
  const distances = languages.map(() => 0)
  for (const slot of found) {
    const count = occurrences[slot] ?? 0
    const pairs = ranks[slot] ?? []
    for (let k = 0; k < pairs.length; k += 2) {
      const language = pairs[k] ?? 0
      distances[language] = (distances[language] ?? 0) + Math.abs(count - (pairs[k + 1] ?? 0) - 1) - MAX_DIFFERENCE
    }
  }
  return distances
}

/** The model of the script most of the text is in, or franc's answer (ISO 639-3 or 'und') when the script alone settles it. */
function scriptModel (text: string): ScriptModel | string {
  const { script, count } = topScript(text)
  const model = SCRIPT_MODELS.get(script)
  if (model === undefined) return count > 0 && script in ISO_639_1 ? script : 'und'
  return model.languages.length === 0 ? 'und' : model
}

/** The closest of the model's languages by franc's trigram distance. */
function closestIn (text: string, model: ScriptModel): string {
  const distances = relativeDistances(cleaned(text), model)
  // The first of the closest, as franc's stable sort leaves it.
  let best = 0
  for (let i = 1; i < distances.length; i++) if ((distances[i] ?? 0) < (distances[best] ?? 0)) best = i
  return model.languages[best] ?? 'und'
}

/** franc(text, { only: the allowed languages, minLength: 1 }), as an ISO 639-3 code or 'und'. */
function closestLanguage (text: string): string {
  const model = scriptModel(text)
  return typeof model === 'string' ? model : closestIn(text, model)
}

const LETTER = /\p{L}/gu

/** Whether the text has at least `wanted` letters; reads only as far as it must. */
function hasLetters (text: string, wanted: number): boolean {
  LETTER.lastIndex = 0
  let found = 0
  while (found < wanted && LETTER.exec(text) !== null) found++
  return found >= wanted
}

/** franc-min's answer for the text's first SAMPLE_LENGTH characters, as ISO 639-1, or 'und' (test/extract/language.test.ts checks they agree). */
export function trigramLanguage (text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH)
  if (!hasLetters(sample, MIN_LETTERS)) return 'und'
  return ISO_639_1[closestLanguage(sample)] ?? 'und'
}

// English words that are no common word of the other allowed languages ("in",
// "we", "is", "die", "will", "an", "are" are: Dutch, German, Romanian; "we
// will" together is English only; "April" and "August" are German too). In
// English prose they are a fifth of the words or more; in other languages
// next to none.
export const ENGLISH_WORD_LIST = ['the', 'and', 'of', 'our', 'that', 'for', 'with', 'this', 'you', 'have', 'has', 'be', 'it', 'which',
  'would', 'been', 'their', 'they', 'from', 'by', 'were', 'can', 'must', 'very', 'thank', 'these', 'there', 'its', 'us',
  'not', 'what', 'who', 'how', 'when', 'why', 'should', 'could', 'shall', 'them', 'his', 'she', 'your', 'about', 'into', 'only',
  'other', 'because', 'between', 'through', 'against', 'where', 'while', 'today', 'tomorrow', 'together', 'welcome', 'we\\s+will',
  // Header words spelt so in English only: the type line, the dateline's place and months.
  'european', 'statement', 'brussels', 'january', 'february', 'march', 'may', 'june', 'july', 'october',
  // And in a daily news's schedule: "Commissioner Dan Jørgensen will meet ... on Thursday" read as Dutch.
  'commissioner', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const ENGLISH_WORDS = new RegExp(`\\b(?:${ENGLISH_WORD_LIST.join('|')})\\b`, 'giu')
const WORDS = /\p{L}+/gu
/** Above this share of ENGLISH_WORDS a text is English, whatever its trigrams say. */
const ENGLISH_SHARE = 0.1

/**
 * ISO 639-1 code of the text's language, or 'und' when it cannot be told.
 * Trigrams mislead on a short text full of names ("Prime Minister Kishida ...
 * dear Fumio" read as French), so plain English function words overrule them.
 */
export function detectLanguage (text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH)
  if (!hasLetters(sample, MIN_LETTERS)) return 'und'
  const model = scriptModel(sample)
  const settled = typeof model === 'string' ? ISO_639_1[model] ?? 'und' : null
  if (settled === 'en' || settled === 'und') return settled
  // Asked before the trigrams, which are most of the cost and whose answer it
  // would overrule: the same answer as asking after, for a fraction of the time.
  const words = sample.match(WORDS)?.length ?? 0
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0
  if (words > 0 && english / words >= ENGLISH_SHARE) return 'en'
  return typeof model === 'string' ? settled ?? 'und' : ISO_639_1[closestIn(sample, model)] ?? 'und'
}
