import { getJson, sampleLatency, type LatencySample } from './sequential.js'

export interface PaginationResult {
  /** The page measured as the deep one: 200, or the last page when the list is shorter. */
  deepPage: number
  deepPath: string
  warm: { first: LatencySample, deep: LatencySample }
  /** Null when no cache-less server was available. */
  uncached: { first: LatencySample, deep: LatencySample } | null
}

interface Page { page: { next_cursor: string | null } }

/** Follows next_cursor from page 1 to page `target` (or the last page) and returns that page's path. */
export async function findDeepPage (baseUrl: string, firstPath: string, target: number): Promise<{ page: number, path: string }> {
  let path = firstPath
  let page = 1
  while (page < target) {
    const body = await getJson(`${baseUrl}${path}`) as Page
    const cursor = body.page.next_cursor
    if (cursor === null) break
    path = `${firstPath}&cursor=${encodeURIComponent(cursor)}`
    page++
  }
  return { page, path }
}

/**
 * Page 1 against page N of the same list. On the production server both URLs
 * are in the response cache after the walk, so that pair only shows the
 * cache; the cache-less server shows what keyset pagination itself costs.
 */
export async function measurePagination (apiUrl: string, uncachedUrl: string | null, firstPath: string, target: number, samples: number): Promise<PaginationResult> {
  const deep = await findDeepPage(apiUrl, firstPath, target)
  const warm = {
    first: await sampleLatency(`${apiUrl}${firstPath}`, samples),
    deep: await sampleLatency(`${apiUrl}${deep.path}`, samples)
  }
  const uncached = uncachedUrl === null
    ? null
    : {
        first: await sampleLatency(`${uncachedUrl}${firstPath}`, samples, { budgetMs: 20_000 }),
        deep: await sampleLatency(`${uncachedUrl}${deep.path}`, samples, { budgetMs: 20_000 })
      }
  return { deepPage: deep.page, deepPath: deep.path, warm, uncached }
}
