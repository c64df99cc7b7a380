/** A serialised response, ready to be sent again as it is. */
export interface CachedResponse {
  body: Buffer
  headers: Record<string, string>
  etag: string
}

export interface ResponseCacheOptions {
  /** At most this many responses are kept. */
  maxEntries: number
  /** At most this many bytes of bodies are kept; a larger single body is not cached. */
  maxBytes: number
}

interface Node<Entry> {
  key: string
  entry: Entry
  older: Node<Entry> | null
  newer: Node<Entry> | null
}

/**
 * A least-recently-used map of serialised responses, all valid for one data
 * version: when the version moves on, everything is dropped at once, since
 * any response may depend on any row.
 *
 * Recency is a linked list beside the Map, not the Map's insertion order: a
 * hit that re-inserted its key (delete + set) cost V8 time in proportion to
 * the Map's size, about 5 µs per hit with 2,000 entries, more than the rest
 * of a replayed answer. Moving a node is a few pointer writes.
 */
export function createResponseCache<Entry extends { body: Buffer } = CachedResponse> ({ maxEntries, maxBytes }: ResponseCacheOptions) {
  const nodes = new Map<string, Node<Entry>>()
  let oldest: Node<Entry> | null = null
  let newest: Node<Entry> | null = null
  let bytes = 0
  let hits = 0
  let version: number | null = null

  function sync (currentVersion: number): void {
    if (currentVersion !== version) {
      nodes.clear()
      oldest = newest = null
      bytes = 0
      version = currentVersion
    }
  }

  function unlink (node: Node<Entry>): void {
    if (node.older === null) oldest = node.newer
    else node.older.newer = node.newer
    if (node.newer === null) newest = node.older
    else node.newer.older = node.older
    node.older = node.newer = null
  }

  function append (node: Node<Entry>): void {
    node.older = newest
    if (newest === null) oldest = node
    else newest.newer = node
    newest = node
  }

  function remove (node: Node<Entry>): void {
    unlink(node)
    nodes.delete(node.key)
    bytes -= node.entry.body.length
  }

  return {
    get (key: string, currentVersion: number): Entry | undefined {
      sync(currentVersion)
      const node = nodes.get(key)
      if (node === undefined) return undefined
      hits++
      if (node !== newest) {
        unlink(node)
        append(node)
      }
      return node.entry
    },

    set (key: string, currentVersion: number, entry: Entry): void {
      sync(currentVersion)
      const size = entry.body.length
      if (size > maxBytes / 4) return
      const previous = nodes.get(key)
      if (previous !== undefined) remove(previous)
      const node: Node<Entry> = { key, entry, older: null, newer: null }
      nodes.set(key, node)
      append(node)
      bytes += size
      for (let victim = oldest; victim !== null && (nodes.size > maxEntries || bytes > maxBytes); victim = oldest) remove(victim)
    },

    /** Hits are counted since the cache was made, across versions. */
    stats (): { entries: number, bytes: number, hits: number } {
      return { entries: nodes.size, bytes, hits }
    }
  }
}

export type ResponseCache<Entry extends { body: Buffer } = CachedResponse> = ReturnType<typeof createResponseCache<Entry>>
