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

/**
 * A least-recently-used map of serialised responses, all valid for one data
 * version: when the version moves on, everything is dropped at once, since
 * any response may depend on any row.
 */
export function createResponseCache ({ maxEntries, maxBytes }: ResponseCacheOptions) {
  const entries = new Map<string, CachedResponse>()
  let bytes = 0
  let hits = 0
  let version: number | null = null

  function sync (currentVersion: number): void {
    if (currentVersion !== version) {
      entries.clear()
      bytes = 0
      version = currentVersion
    }
  }

  return {
    get (key: string, currentVersion: number): CachedResponse | undefined {
      sync(currentVersion)
      const entry = entries.get(key)
      if (entry !== undefined) {
        hits++
        // Re-insert so that Map order stays least recently used first.
        entries.delete(key)
        entries.set(key, entry)
      }
      return entry
    },

    set (key: string, currentVersion: number, entry: CachedResponse): void {
      sync(currentVersion)
      const size = entry.body.length
      if (size > maxBytes / 4) return
      const previous = entries.get(key)
      if (previous !== undefined) {
        bytes -= previous.body.length
        entries.delete(key)
      }
      entries.set(key, entry)
      bytes += size
      for (const [oldest, old] of entries) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break
        entries.delete(oldest)
        bytes -= old.body.length
      }
    },

    /** Hits are counted since the cache was made, across versions. */
    stats (): { entries: number, bytes: number, hits: number } {
      return { entries: entries.size, bytes, hits }
    }
  }
}

export type ResponseCache = ReturnType<typeof createResponseCache>
