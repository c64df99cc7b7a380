import type { FastifyInstance } from 'fastify'

/** Follows next_cursor from the first page to the last; returns every item id and the page count. */
export async function walkPages (app: FastifyInstance, url: string, idOf: (item: Record<string, unknown>) => string = (item) => String(item.id)): Promise<{ ids: string[], pages: number }> {
  const ids: string[] = []
  let pages = 0
  let next: string | null = url
  while (next !== null) {
    const response = await app.inject(next)
    if (response.statusCode !== 200) throw new Error(`${next} answered ${response.statusCode}: ${response.body}`)
    const body = response.json() as { data: Array<Record<string, unknown>>, page: { next_cursor: string | null } }
    ids.push(...body.data.map(idOf))
    pages += 1
    next = body.page.next_cursor === null ? null : `${url}${url.includes('?') ? '&' : '?'}cursor=${body.page.next_cursor}`
    if (pages > 1000) throw new Error('pagination does not end')
  }
  return { ids, pages }
}

/** The same walk over a repository's list method: every item id, page after page. */
export function walkList<Q> (list: (query: Q) => { items: Array<{ id: string }>, nextCursor: string | null }, query: Q): string[] {
  const ids: string[] = []
  let cursor: string | undefined
  for (let pages = 0; pages === 0 || cursor !== undefined; pages++) {
    if (pages > 1000) throw new Error('pagination does not end')
    const page = list({ ...query, cursor })
    ids.push(...page.items.map((item) => item.id))
    cursor = page.nextCursor ?? undefined
  }
  return ids
}
