import type { CompiledTerm, TermIndex } from './term-index.js'
import type { Token } from './tokens.js'

export interface Hit {
  term: CompiledTerm
  start: number
  end: number
  /** Token positions, inclusive. */
  first: number
  last: number
}

// Every term occurrence, phrase by phrase from each token: hash lookups only,
// extended while the stems so far are the beginning of some multiword term.
function allHits (tokens: Token[], index: TermIndex): Hit[] {
  const hits: Hit[] = []
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]
    if (head === undefined) continue
    let key = head.stem
    for (let j = i; ; j++) {
      const terms = index.byKey.get(key)
      const tail = tokens[j]
      if (terms !== undefined && tail !== undefined) {
        for (const term of terms) hits.push({ term, start: head.start, end: tail.end, first: i, last: j })
      }
      const next = tokens[j + 1]
      if (next === undefined || !next.joined || j - i + 1 >= index.maxWords || !index.prefixes.has(key)) break
      key += ' ' + next.stem
    }
  }
  return hits
}

// The longest reading wins: "security" inside "energy security", or
// "resilience" inside "Recovery and Resilience Facility", is not a signal of
// its own. Overlapping phrases that do not contain each other both count.
// all_of words are context for their own topic, so only a longer phrase of
// the same topic swallows them ("NATO" inside "EU-NATO").
function dropContained (hits: Hit[]): Hit[] {
  return hits.filter((hit) => !hits.some((other) =>
    other.first <= hit.first && other.last >= hit.last && other.last - other.first > hit.last - hit.first &&
    (hit.term.kind !== 'group' || other.term.topic === hit.term.topic)))
}

export function findHits (tokens: Token[], index: TermIndex): Hit[] {
  const hits = allHits(tokens, index)
  return hits.length > 1 ? dropContained(hits) : hits
}
