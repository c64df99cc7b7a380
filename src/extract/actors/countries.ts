import { createRequire } from 'node:module'
import type { Countries } from 'world-countries'
import type { ActorRecord } from '../types.js'
import { slugify } from '../ids.js'

// world-countries ships CommonJS typings whose default export NodeNext reads as a
// module namespace; require() returns the array its typings describe.
const countries = createRequire(import.meta.url)('world-countries') as Countries

export interface CountryTable {
  records: ActorRecord[]
  /** Surface form -> country id, already cleared of ambiguous forms. */
  aliases: Map<string, string>
}

// altSpellings mix English forms with native ones in other scripts, ISO codes
// and inverted forms ("Iran, Islamic Republic of"): keep the plain Latin ones.
const PLAIN = /^[A-Za-z][A-Za-z .'-]*$/

// "Ukrainian" -> "Ukrainians", "Israeli" -> "Israelis"; "British", "Chinese" and
// "Swiss" name no individual people in the plural.
function pluralDemonym (demonym: string): string | null {
  return /(?:an|er|i)$/.test(demonym) ? `${demonym}s` : null
}

/**
 * Every country and territory of world-countries as a canonical actor, with its
 * names, plain alternative spellings and English demonyms as aliases. A form shared
 * by several countries goes to the only sovereign one among them ("American" ->
 * United States, not Northern Mariana Islands) or to none ("Congolese").
 */
export function buildCountryTable (exclusions: ReadonlySet<string>): CountryTable {
  const records: ActorRecord[] = []
  const claims = new Map<string, Array<{ id: string, sovereign: boolean }>>()
  for (const country of countries) {
    const id = slugify(country.name.common)
    const demonym = country.demonyms.eng
    const forms = [
      country.name.common,
      country.name.official,
      ...country.altSpellings.filter(form => form !== country.cca2 && PLAIN.test(form)),
      ...(demonym === undefined ? [] : [demonym.m, demonym.f])
    ]
    for (const form of [...forms]) {
      const plural = pluralDemonym(form)
      if (demonym !== undefined && (form === demonym.m || form === demonym.f) && plural !== null) forms.push(plural)
    }
    const aliases = [...new Set(forms)].filter(form => !exclusions.has(form))
    records.push({
      id,
      name: country.name.common,
      type: 'country',
      aliases: aliases.filter(form => form !== country.name.common),
      role: null,
      countryCode: country.cca2
    })
    for (const form of aliases) {
      const list = claims.get(form) ?? []
      list.push({ id, sovereign: country.independent })
      claims.set(form, list)
    }
  }
  const aliases = new Map<string, string>()
  for (const [form, list] of claims) {
    const owners = list.length === 1 ? list : list.filter(claim => claim.sovereign)
    const owner = owners[0]
    if (owners.length === 1 && owner !== undefined) aliases.set(form, owner.id)
  }
  for (const record of records) record.aliases = record.aliases.filter(form => aliases.get(form) === record.id)
  return { records, aliases }
}
