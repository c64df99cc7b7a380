import { franc } from 'franc-min'

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

const ONLY = Object.keys(ISO_639_1)
/** Below this many letters trigram statistics are noise. */
const MIN_LETTERS = 40

/**
 * Trigram statistics settle within several hundred characters, and franc costs
 * time in proportion to what it reads (about 1.7 ms for a 5 KB statement, most
 * of the whole extraction), so it reads a sample, not the whole text.
 */
const SAMPLE_LENGTH = 800

/** ISO 639-1 code of the text's language, or 'und' when it cannot be told. */
export function detectLanguage (text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH)
  const letters = sample.match(/\p{L}/gu)?.length ?? 0
  if (letters < MIN_LETTERS) return 'und'
  const code = franc(sample, { only: ONLY, minLength: 1 })
  return ISO_639_1[code] ?? 'und'
}
