import type { Taxonomy } from './taxonomy.js'
import { isAcronym, stemWord, termWords } from './tokens.js'

export type TermKind = 'term' | 'weak' | 'group'

export interface CompiledTerm {
  /** Unique per written term, so a term and its compound spelling count once. */
  id: number
  topic: number
  kind: TermKind
  /** Index of the all_of group for kind 'group', else -1. */
  group: number
  weight: number
  /** Written with a capital, as a name is ("Alliance", "Union"; not "loan"). */
  name: boolean
}

/** A node of the stem trie: the terms ending here and the words that may follow. */
export interface TermNode {
  terms: CompiledTerm[]
  next: Map<string, TermNode> | null
}

export interface TermIndex {
  slugs: string[]
  /** First stem of every term -> its trie node; one lookup per word read. */
  roots: Map<string, TermNode>
  /** The terms' acronyms that the stemmer would change ("eeas"), lowercased: the text's are read whole. */
  acronyms: ReadonlySet<string>
}

// A phrase says more than a word: "military mobility" outweighs "military".
// Weak terms are half a term and never make a topic match on their own.
function weightOf (kind: TermKind, words: number): number {
  const base = words > 1 ? 2 : 1
  return kind === 'weak' ? base / 2 : base
}

function child (map: Map<string, TermNode>, stem: string): TermNode {
  let node = map.get(stem)
  if (node === undefined) {
    node = { terms: [], next: null }
    map.set(stem, node)
  }
  return node
}

export function buildTermIndex (taxonomy: Taxonomy): TermIndex {
  const roots = new Map<string, TermNode>()
  const acronyms = new Set<string>()
  const seen = new Set<string>()
  let nextId = 0

  const add = (stems: string[], term: CompiledTerm): void => {
    const unique = `${term.topic}|${term.kind}|${term.group}|${stems.join(' ')}`
    if (seen.has(unique)) return
    seen.add(unique)
    let node = child(roots, stems[0] ?? '')
    for (const stem of stems.slice(1)) {
      node.next ??= new Map()
      node = child(node.next, stem)
    }
    node.terms.push(term)
  }

  // An acronym keeps its last letter: stemmed, "EEAS" (the External Action
  // Service) would be "eea" and match the EEA, the European Economic Area.
  const stemTermWord = (word: string): string => {
    const stem = stemWord(word)
    if (!isAcronym(word) || stem === word.toLowerCase()) return stem
    acronyms.add(word.toLowerCase())
    return word.toLowerCase()
  }

  const compile = (text: string, topic: number, kind: TermKind, group: number): void => {
    const words = termWords(text)
    const term: CompiledTerm = { id: nextId++, topic, kind, group, weight: weightOf(kind, words.length), name: /^\p{Lu}/u.test(words[0] ?? '') }
    add(words.map(stemTermWord), term)
    // Compounds are written open, hyphenated or closed: "cyber attack",
    // "cyberattack". Not a term with a one-letter word: "TEN-T" closed is "tents".
    if (words.length > 1 && words.every((word) => word.length > 1)) add([stemWord(words.join(''))], term)
  }

  taxonomy.topics.forEach((topic, index) => {
    const rules = taxonomy.rules.get(topic.slug)
    if (rules === undefined) return
    for (const term of rules.terms) compile(term, index, 'term', -1)
    for (const term of rules.weakTerms) compile(term, index, 'weak', -1)
    rules.allOf.forEach((group, g) => { for (const term of group) compile(term, index, 'group', g) })
  })
  return { slugs: taxonomy.topics.map((topic) => topic.slug), roots, acronyms }
}
