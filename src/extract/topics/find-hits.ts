import type { CompiledTerm, TermNode } from './term-index.js'
import { forEachWord } from './tokens.js'

/** A word's stem and, when the stem starts a term, its trie node. */
export interface WordInfo {
  stem: string
  node: TermNode | undefined
}

export interface Hit {
  term: CompiledTerm
  start: number
  end: number
  /** Word positions, inclusive. */
  first: number
  last: number
}

interface Open {
  node: TermNode
  first: number
  start: number
}

// One pass over the words, walking the stem trie: each word starts a new
// candidate at the root and extends the candidates still open, which stay open
// only while words are joined by spaces or hyphens (never across a full stop
// or comma). Linear in the text.
function allHits (text: string, analyse: (word: string) => WordInfo): Hit[] {
  const hits: Hit[] = []
  // Two buffers swapped per word, so most words allocate nothing.
  let open: Open[] = []
  let stillOpen: Open[] = []
  let position = -1
  forEachWord(text, (word, start, end, joined) => {
    position++
    const info = analyse(word)
    stillOpen.length = 0
    if (joined) {
      for (const candidate of open) {
        const node = candidate.node.next?.get(info.stem)
        if (node === undefined) continue
        for (const term of node.terms) hits.push({ term, start: candidate.start, end, first: candidate.first, last: position })
        if (node.next !== null) stillOpen.push({ node, first: candidate.first, start: candidate.start })
      }
    }
    const root = info.node
    if (root !== undefined) {
      for (const term of root.terms) hits.push({ term, start, end, first: position, last: position })
      if (root.next !== null) stillOpen.push({ node: root, first: position, start })
    }
    const previous = open
    open = stillOpen
    stillOpen = previous
  })
  return hits
}

// The longest reading wins: "security" inside "energy security", or
// "resilience" inside "Recovery and Resilience Facility", is not a signal of
// its own, nor is "security" inside "energy security" the security half of
// an all_of rule. Overlapping phrases that do not contain each other both count.
function dropContained (hits: Hit[]): Hit[] {
  const phrases = hits.filter((hit) => hit.last > hit.first)
  if (phrases.length === 0) return hits
  return hits.filter((hit) => !phrases.some((other) =>
    other.first <= hit.first && other.last >= hit.last && other.last - other.first > hit.last - hit.first))
}

/** `analyse` turns a lowercased word into its stem and root trie node (and may remember it). */
export function findHits (text: string, analyse: (word: string) => WordInfo): Hit[] {
  return dropContained(allHits(text, analyse))
}
