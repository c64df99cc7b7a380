import { z } from 'zod'
import { PERSONAL_PRONOUNS } from '../types.js'

const phrase = z.string().trim().min(1)

const entry = z.strictObject({
  name: phrase,
  /** Defaults to the slug of the name; set it for short stable ids ("nato"). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug').optional(),
  /** Exact surface forms, case-sensitive ("EU", "the Union"); the name is always one. */
  aliases: z.array(phrase).default([]),
  /**
   * Bare head nouns ("Commission", "Parliament") that name this actor only when
   * no country precedes them: "the Hungarian Parliament" is not the European Parliament.
   */
  headNouns: z.array(phrase).default([]),
  role: phrase.nullable().default(null)
})

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date yyyy-mm-dd')

/** Whom a person spoke for over a period: from a date, until one (excluded), or both; null for no body. */
const period = z.strictObject({
  affiliation: z.string().nullable(),
  from: isoDate.optional(),
  until: isoDate.optional()
}).refine((p) => p.from !== undefined || p.until !== undefined, 'needs "from" or "until"')

const person = entry.extend({
  /** For "Dear Jens"; defaults to the first word of the name, null for none (Xi Jinping). */
  firstName: phrase.nullable().optional(),
  /** Actor id of the institution or country the person speaks for. */
  affiliation: z.string().optional(),
  /** Which personal pronoun stands for the person ("He will travel ..."); absent when unknown. */
  pronoun: z.enum(PERSONAL_PRONOUNS).optional(),
  /**
   * Other affiliations over periods ("until: 2014-11-01" for a Commissioner who
   * was a national minister before): a document dated in one reads the person
   * so; outside them, or without a date, `affiliation` holds.
   */
  affiliations: z.array(period).default([])
})

const metonym = z.strictObject({
  alias: phrase,
  actor: z.string(),
  /** Capitals are places after "in", "to", "from"...: only count them elsewhere. */
  notAfterPlacePreposition: z.boolean().default(false)
})

export const GazetteerFileSchema = z.strictObject({
  institutions: z.array(entry).default([]),
  organisations: z.array(entry).default([]),
  groups: z.array(entry).default([]),
  people: z.array(person).default([]),
  /** Extra aliases for countries, keyed by country id ("united-states": ["the US"]). */
  countryAliases: z.record(z.string(), z.array(phrase)).default({}),
  /** world-countries spellings that are ordinary words here ("Island" for Iceland). */
  countryAliasExclusions: z.array(phrase).default([]),
  metonyms: z.array(metonym).default([]),
  /** Titles that precede a person's name ("Prime Minister", "Secretary-General"). */
  titles: z.array(phrase).min(1),
  /** Words that turn a title or name into an address ("Madam Prime Minister", "Dear Jens"). */
  addressWords: z.array(phrase).default([]),
  /** Courtesy words before a surname that are not offices ("Mr Juncker"). */
  honorifics: z.array(phrase).default([]),
  /** Prepositions after which a capital is a place, not a government. */
  placePrepositions: z.array(phrase).default([]),
  /** Capitalised words that never start a name after a title (months, days...). */
  notNames: z.array(phrase).default([]),
  /** Phrases that look like actors but are not: they swallow the aliases inside them. */
  notActors: z.array(phrase).default([])
})

export type GazetteerFile = z.infer<typeof GazetteerFileSchema>
export type GazetteerEntry = z.infer<typeof entry>
export type PersonEntry = z.infer<typeof person>
export type AffiliationPeriod = z.infer<typeof period>

/** One line per problem, naming the entry ("people[3] (Jens Stoltenberg).affiliation: ..."). */
export function describeIssues (error: z.ZodError, input: unknown): string {
  return error.issues.map(issue => {
    const path = issue.path.map((part, index) => {
      if (typeof part !== 'number') return index === 0 ? String(part) : `.${String(part)}`
      const name = entryName(input, issue.path.slice(0, index + 1))
      return name === null ? `[${part}]` : `[${part}] (${name})`
    }).join('')
    return `${path === '' ? '(root)' : path}: ${issue.message}`
  }).join('\n')
}

function entryName (input: unknown, path: PropertyKey[]): string | null {
  let value: unknown = input
  for (const part of path) {
    if (value === null || typeof value !== 'object') return null
    value = (value as Record<PropertyKey, unknown>)[part]
  }
  if (value !== null && typeof value === 'object' && 'name' in value) {
    const name = (value as { name: unknown }).name
    if (typeof name === 'string') return name
  }
  return null
}
