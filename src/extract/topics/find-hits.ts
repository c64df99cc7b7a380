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

/** What one pass over a text found: its hits, and its words with which the hits are numbered. */
export interface Reading {
  /** Every hit, in the order found, before contained ones are dropped. */
  hits: Hit[]
  /** Per word: its span and whether only spaces or hyphens separate it from the previous word. */
  starts: number[]
  ends: number[]
  joined: boolean[]
  /** Lowercasing a capital sigma depends on the letters around it (final sigma), so a part of the text may not read as the whole does. */
  contextualCase: boolean
}

interface Open {
  node: TermNode
  first: number
  start: number
}

// One pass over the words, walking the stem trie: each word starts a new
// candidate at the root and extends the candidates still open, which stay open
// only while words are joined by spaces or hyphens (never across a full stop
// or comma). Linear in the text. `analyse` turns a lowercased word into its
// stem and root trie node (and may remember it).
export function readText (text: string, analyse: (word: string) => WordInfo): Reading {
  const reading: Reading = { hits: [], starts: [], ends: [], joined: [], contextualCase: text.includes('\u03a3') }
  const { hits } = reading
  // Two buffers swapped per word, each with its own count: emptying an array
  // by setting its length to 0 frees its storage in V8, so every word
  // allocated again (that line was the hottest of the per-word callback in a
  // CPU profile).
  let open: Open[] = []
  let openCount = 0
  let stillOpen: Open[] = []
  let position = -1
  forEachWord(text, (word, start, end, joined) => {
    position++
    reading.starts.push(start)
    reading.ends.push(end)
    reading.joined.push(joined)
    const info = analyse(word)
    let stillOpenCount = 0
    if (joined) {
      for (let i = 0; i < openCount; i++) {
        const candidate = open[i] as Open
        const node = candidate.node.next?.get(info.stem)
        if (node === undefined) continue
        for (const term of node.terms) hits.push({ term, start: candidate.start, end, first: candidate.first, last: position })
        if (node.next !== null) stillOpen[stillOpenCount++] = { node, first: candidate.first, start: candidate.start }
      }
    }
    const root = info.node
    if (root !== undefined) {
      for (const term of root.terms) hits.push({ term, start, end, first: position, last: position })
      if (root.next !== null) stillOpen[stillOpenCount++] = { node: root, first: position, start }
    }
    const previous = open
    open = stillOpen
    openCount = stillOpenCount
    stillOpen = previous
  })
  return reading
}

// The longest reading wins: "security" inside "energy security", or
// "resilience" inside "Recovery and Resilience Facility", is not a signal of
// its own, nor is "security" inside "energy security" the security half of
// an all_of rule. Overlapping phrases that do not contain each other both count.
export function dropContained (hits: Hit[]): Hit[] {
  const phrases = hits.filter((hit) => hit.last > hit.first)
  if (phrases.length === 0) return hits
  return hits.filter((hit) => !phrases.some((other) =>
    other.first <= hit.first && other.last >= hit.last && other.last - other.first > hit.last - hit.first))
}

/**
 * The hits that reading text.slice(from, to) on its own would give (offsets
 * and word numbers still those of the whole text), or null when that part
 * might not read as its words in the whole do: a word crosses its edges, its
 * first word is joined to the one before, or the case of a sigma depends on
 * context. Otherwise its words, their spans and the joins between them are
 * the same, and a phrase is only ever extended across a join, so its hits are
 * exactly the hits of the whole that lie between its first and last word.
 */
export function hitsWithin ({ hits, starts, ends, joined, contextualCase }: Reading, from: number, to: number): Hit[] | null {
  if (contextualCase) return null
  let first = 0
  while (first < ends.length && (ends[first] ?? 0) <= from) first++
  if ((starts[first] ?? to) < from || joined[first] === true) return null
  let after = first
  while (after < ends.length && (ends[after] ?? 0) <= to) after++
  if ((starts[after] ?? to) < to) return null
  return dropContained(hits.filter((hit) => hit.first >= first && hit.last < after))
}
