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
 * measures each of ~40 Latin-script models separately through objects built
 * per call; here every trigram of the text is looked up once and yields the
 * (language, rank) pairs of the allowed languages whose model has it, which
 * gives franc's answer in a fraction of the time. test/extract/language.test.ts
 * checks the two agree.
 */
interface ScriptModel {
  /** Allowed languages in franc's order, which settles ties. */
  languages: string[]
  /** Trigram -> language index, rank, language index, rank ... */
  ranks: Map<string, number[]>
}

function compileScript (models: Record<string, string>): ScriptModel {
  const languages = Object.keys(models).filter((language) => language in ISO_639_1)
  const ranks = new Map<string, number[]>()
  languages.forEach((language, index) => {
    // A repeated trigram keeps its first rank, as in franc.
    const firstRank = new Map<string, number>()
    ;(models[language] ?? '').split('|').forEach((trigram, rank) => { if (!firstRank.has(trigram)) firstRank.set(trigram, rank) })
    for (const [trigram, rank] of firstRank) {
      const pairs = ranks.get(trigram)
      if (pairs === undefined) ranks.set(trigram, [index, rank])
      else pairs.push(index, rank)
    }
  })
  return { languages, ranks }
}

const SCRIPT_MODELS = new Map(Object.entries(data).map(([script, models]) => [script, compileScript(models)]))

/** The script most of the text is written in (franc's getTopScript: first on ties). */
function topScript (text: string): { script: string, count: number } {
  let best = { script: '', count: -1 }
  for (const [script, expression] of Object.entries(expressions)) {
    const count = text.match(expression)?.length ?? 0
    if (count > best.count) best = { script, count }
  }
  return best
}

/** trigram-utils' clean + n-gram's trigram, counted: franc's view of the text. */
function trigramCounts (text: string): Map<string, number> {
  const padded = ' ' + text.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' '
  const counts = new Map<string, number>()
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3)
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
  }
  return counts
}

/** franc(text, { only: the allowed languages, minLength: 1 }), as an ISO 639-3 code or 'und'. */
function closestLanguage (text: string): string {
  const { script, count } = topScript(text)
  const model = SCRIPT_MODELS.get(script)
  if (model === undefined) return count > 0 && script in ISO_639_1 ? script : 'und'
  const { languages, ranks } = model
  if (languages.length === 0) return 'und'
  const counts = trigramCounts(text)
  // Every trigram costs MAX_DIFFERENCE in a language that lacks it, and the
  // distance of its rank where the language has it.
  const distances = languages.map(() => counts.size * MAX_DIFFERENCE)
  for (const [trigram, occurrences] of counts) {
    const pairs = ranks.get(trigram)
    if (pairs === undefined) continue
    for (let k = 0; k < pairs.length; k += 2) {
      const language = pairs[k] ?? 0
      distances[language] = (distances[language] ?? 0) + Math.abs(occurrences - (pairs[k + 1] ?? 0) - 1) - MAX_DIFFERENCE
    }
  }
  let best = 0
  for (let i = 1; i < languages.length; i++) if ((distances[i] ?? 0) < (distances[best] ?? 0)) best = i
  return languages[best] ?? 'und'
}

/** ISO 639-1 code of the text's language, or 'und' when it cannot be told. */
export function detectLanguage (text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH)
  const letters = sample.match(/\p{L}/gu)?.length ?? 0
  if (letters < MIN_LETTERS) return 'und'
  return ISO_639_1[closestLanguage(sample)] ?? 'und'
}
