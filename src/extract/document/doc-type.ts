import type { DocumentType } from '../types.js'

const BY_PREFIX: Readonly<Record<string, DocumentType>> = {
  STATEMENT: 'statement',
  SPEECH: 'speech',
  IP: 'press_release',
  MEX: 'daily_news',
  QANDA: 'qanda'
}

// MEMO was the press corner's catch-all before it had QANDA: Q&As, memos and
// factsheets alike, so under it the type line or title says which.
const GENERIC_PREFIXES = new Set(['MEMO'])

/**
 * The reference prefix is the press corner's own classification, so it wins;
 * another prefix is 'other'. Under a generic prefix (MEMO) the result is null,
 * and the type line or title decides ("Questions & Answers on ..." is a Q&A).
 */
export function typeFromReference (reference: string | null): DocumentType | null {
  if (reference === null) return null
  const prefix = reference.split('/')[0] ?? ''
  return BY_PREFIX[prefix] ?? (GENERIC_PREFIXES.has(prefix) ? null : 'other')
}

// Type words as they appear in type lines and at the head of titles, per type.
// "Remarks" count as statements: press-corner files remarks at press points and
// press conferences as STATEMENT; prepared addresses are SPEECH.
const TYPE_WORDS: Array<[DocumentType, RegExp]> = [
  ['daily_news', /\b(?:daily news|midday express)\b/i],
  ['qanda', /\b(?:questions? (?:and|&) answers|q&a|fragen und antworten|questions et réponses|domande e risposte|preguntas y respuestas)\b/i],
  ['press_release', /\b(?:press release|pressemitteilung|communiqué de presse|comunicato stampa|comunicado de prensa|comunicado de imprensa|persbericht)\b/i],
  ['speech', /\b(?:speech|keynote|address|lecture|rede|discours|discorso|discurso|toespraak|przemówienie)\b/i],
  ['statement', /\b(?:statement|remarks|message|declaration|erklärung|mitteilung|déclaration|dichiarazione|declaración|verklaring|declaração|oświadczenie|condolences?)\b/i]
]

// A title that ends on what it is: "EU-Japan Summit 2025 Joint Statement".
const STATEMENT_TAIL = /\b(?:statement|declaration|communiqu[ée])\s*$/iu

/**
 * A statement by its title's last word, for a text that nothing else types:
 * "EU-Japan Summit 2025 Joint Statement". Asked last, because "Commission
 * welcomes the Leaders' Declaration" under a press release's reference or
 * lead is a press release.
 */
export function statementByTitleTail (title: string | null): boolean {
  return title !== null && STATEMENT_TAIL.test(title)
}

/**
 * The type named in a type line ("European Commission - Statement") or at the
 * head of a title ("Keynote speech by ..."); only the first words count, so
 * "Measures to address ..." is no speech. The earliest type word wins.
 */
export function typeFromWords (line: string | null): DocumentType | null {
  if (line === null) return null
  const text = line.split(/\s+/).slice(0, 4).join(' ')
  let best: { type: DocumentType, at: number } | null = null
  for (const [type, words] of TYPE_WORDS) {
    const match = words.exec(text)
    if (match !== null && (best === null || match.index < best.at)) best = { type, at: match.index }
  }
  return best?.type ?? null
}

// Compiled once: typeOfTypeName runs on every header line.
const TYPE_NAMES: Array<[DocumentType, RegExp]> = TYPE_WORDS.map(([type, words]) => [type, new RegExp(`^${words.source}$`, 'i')])

// Type lines of the press corner that name no type of ours: the old catch-all
// MEMO, fact sheets, announcements. The title then tells ("Questions and
// answers: ..." under MEMO is a Q&A).
const UNTYPED_NAMES = /^(?:memo|fact\s*sheet|factsheet|announcement|news|read-?out)$/i

/**
 * A line that is nothing but a type name: "Statement", "Daily News",
 * "Erklärung" give their type; "MEMO" or "Fact Sheet" none (null); any
 * other line is no type line (undefined).
 */
export function typeOfTypeName (line: string): DocumentType | null | undefined {
  const text = line.trim()
  for (const [type, name] of TYPE_NAMES) if (name.test(text)) return type
  return UNTYPED_NAMES.test(text) ? null : undefined
}

// A press release reports what the Commission did, in the third person.
const PRESS_RELEASE_LEAD = /\b(?:today|this week|yesterday)\b[^.]*\bthe (?:european )?commission\b|\bthe (?:european )?commission (?:has |is )?(?:adopted|proposed|proposing|presented|announced|launched|approved|published|decided|welcomes|welcomed|registered|signed|disbursed|authorised|cleared|opened|adopts|proposes|presents|launches|approves)\b/i

export function looksLikePressRelease (firstBody: string | undefined): boolean {
  return firstBody !== undefined && PRESS_RELEASE_LEAD.test(firstBody)
}
