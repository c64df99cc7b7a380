import type { Taxonomy } from './taxonomy.js'
import { stemWord, termWords } from './tokens.js'

export type TermKind = 'term' | 'weak' | 'group'

export interface CompiledTerm {
  /** Unique per written term, so a term and its compound spelling count once. */
  id: number
  topic: number
  kind: TermKind
  /** Index of the all_of group for kind 'group', else -1. */
  group: number
  weight: number
  words: number
}

export interface TermIndex {
  slugs: string[]
  /** Stem sequences joined by one space -> the terms they signal. */
  byKey: Map<string, CompiledTerm[]>
  /** Every proper prefix of a multiword key, to stop extending a phrase early. */
  prefixes: Set<string>
  maxWords: number
}

// A phrase says more than a word: "military mobility" outweighs "military".
// Weak terms are half a term and never make a topic match on their own.
function weightOf (kind: TermKind, words: number): number {
  const base = words > 1 ? 2 : 1
  return kind === 'weak' ? base / 2 : base
}

export function buildTermIndex (taxonomy: Taxonomy): TermIndex {
  const byKey = new Map<string, CompiledTerm[]>()
  const prefixes = new Set<string>()
  const seen = new Set<string>()
  let maxWords = 1
  let nextId = 0

  const add = (key: string, term: CompiledTerm): void => {
    const unique = `${term.topic}|${term.kind}|${term.group}|${key}`
    if (seen.has(unique)) return
    seen.add(unique)
    const list = byKey.get(key)
    if (list === undefined) byKey.set(key, [term])
    else list.push(term)
  }

  const compile = (text: string, topic: number, kind: TermKind, group: number): void => {
    const words = termWords(text)
    const stems = words.map(stemWord)
    const term: CompiledTerm = { id: nextId++, topic, kind, group, weight: weightOf(kind, words.length), words: words.length }
    add(stems.join(' '), term)
    if (words.length > 1) {
      // Compounds are written open, hyphenated or closed: "cyber attack", "cyberattack".
      add(stemWord(words.join('')), term)
      for (let n = 1; n < stems.length; n++) prefixes.add(stems.slice(0, n).join(' '))
      maxWords = Math.max(maxWords, words.length)
    }
  }

  taxonomy.topics.forEach((topic, index) => {
    const rules = taxonomy.rules.get(topic.slug)
    if (rules === undefined) return
    for (const term of rules.terms) compile(term, index, 'term', -1)
    for (const term of rules.weakTerms) compile(term, index, 'weak', -1)
    rules.allOf.forEach((group, g) => { for (const term of group) compile(term, index, 'group', g) })
  })
  return { slugs: taxonomy.topics.map((topic) => topic.slug), byKey, prefixes, maxWords }
}
