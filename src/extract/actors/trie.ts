import { tokenize, type Token } from './tokens.js'

/** A token trie: phrases are looked up token by token, so a scan is linear in the text. */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>
  value?: T
}

export function createTrie<T> (): TrieNode<T> {
  return { next: new Map() }
}

/**
 * Adds `phrase` (tokenised like the text it will be matched against) and returns
 * the value already stored for it, if any, so callers can report clashes.
 */
export function insertPhrase<T> (root: TrieNode<T>, phrase: string, value: T): T | undefined {
  let node = root
  for (const token of tokenize(phrase)) {
    let child = node.next.get(token.key)
    if (child === undefined) {
      child = { next: new Map() }
      node.next.set(token.key, child)
    }
    node = child
  }
  if (node === root) return undefined
  const previous = node.value
  if (previous === undefined) node.value = value
  return previous
}

export interface TrieMatch<T> {
  value: T
  /** Index of the first token after the match. */
  end: number
}

/** The longest phrase starting at tokens[from], or null. */
export function longestMatch<T> (root: TrieNode<T>, tokens: Token[], from: number): TrieMatch<T> | null {
  let node: TrieNode<T> | undefined = root
  let best: TrieMatch<T> | null = null
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]
    if (token === undefined) break
    node = node.next.get(token.key)
    if (node === undefined) break
    if (node.value !== undefined) best = { value: node.value, end: i + 1 }
  }
  return best
}

/** The longest phrase starting at tokens[from], each token looked up under keyOf(token) (null ends the walk). */
export function longestMatchBy<T> (root: TrieNode<T>, tokens: Token[], from: number, keyOf: (token: Token) => string | null): TrieMatch<T> | null {
  let node: TrieNode<T> | undefined = root
  let best: TrieMatch<T> | null = null
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]
    const key = token === undefined ? null : keyOf(token)
    if (key === null) break
    node = node.next.get(key)
    if (node === undefined) break
    if (node.value !== undefined) best = { value: node.value, end: i + 1 }
  }
  return best
}
