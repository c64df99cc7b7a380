import type { Database, Statement } from 'better-sqlite3'

/**
 * Below this many candidates, a list filtered by an actor or a topic starts
 * from the rows that pass the filter and sorts them, instead of walking its
 * keyset index until a page of them turns up. For a filter that matches few
 * rows or none, the walk reads most of the table or all of it: 29-173 ms
 * for the paragraph and commitment lists at 10,000 statements, against
 * 0.2-2.9 ms from the candidates. Counting up to 2,001 candidates costs
 * about 0.07 ms, and the walk stays the faster way for a filter that
 * matches many.
 */
export const DRIVE_AT_MOST = 2000

/**
 * Picks the filter a list should start from: of the filters set in a query,
 * the one with the fewest candidates, when they are at most `driveAtMost`.
 * A query for one statement is never driven: that statement's own index is
 * the better start.
 * `counts` holds, per filter (named as the query's field), a statement that
 * counts its candidates with the filter bound under its own name and no
 * further than @cap, so that a filter matching many costs little to rule out.
 */
export function createDrivingFilter<F extends string> (db: Database, counts: Record<F, string>, driveAtMost = DRIVE_AT_MOST) {
  const filters = Object.keys(counts) as F[]
  const statements = Object.fromEntries(filters.map((filter) =>
    [filter, db.prepare<Record<string, unknown>, number>(counts[filter]).pluck()])) as Record<F, Statement<Record<string, unknown>, number>>
  return (query: Partial<Record<F, string>> & { statement?: string }): F | undefined => {
    if (query.statement !== undefined) return undefined
    let best: { filter: F, count: number } | undefined
    for (const filter of filters) {
      const value = query[filter]
      if (value === undefined) continue
      const count = statements[filter].get({ [filter]: value, cap: driveAtMost + 1 }) ?? 0
      if (count <= driveAtMost && (best === undefined || count < best.count)) best = { filter, count }
    }
    return best?.filter
  }
}
