import { InvalidCursorError } from '../errors.js'

/** The sort key of the last row of a page: a tuple of strings and numbers. */
export type CursorKey = Array<string | number>

// Cursors are opaque to clients (base64url of a JSON tuple) so that the sort
// key can change without breaking the contract; decoding checks the shape so
// a forged or truncated cursor is a 400, never a SQL error.

export function encodeCursor (key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url')
}

/** Decodes a cursor whose tuple has the given element types, or throws InvalidCursorError. */
export function decodeCursor (cursor: string, shape: ReadonlyArray<'string' | 'number'>): CursorKey {
  let key: unknown
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url')
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw new InvalidCursorError()
  }
  if (!Array.isArray(key) || key.length !== shape.length) throw new InvalidCursorError()
  key.forEach((value, index) => {
    const ok = shape[index] === 'number' ? typeof value === 'number' && Number.isFinite(value) : typeof value === 'string'
    if (!ok) throw new InvalidCursorError()
  })
  return key as CursorKey
}

/**
 * Keyset pagination: the repository fetched `limit + 1` rows; the extra one
 * only says there is a next page, whose cursor is the key of the last row kept.
 */
export function toPage<Row, Item> (rows: Row[], limit: number, keyOf: (row: Row) => CursorKey, toItem: (row: Row) => Item): { items: Item[], nextCursor: string | null } {
  const hasMore = rows.length > limit
  const kept = hasMore ? rows.slice(0, limit) : rows
  const last = kept[kept.length - 1]
  return {
    items: kept.map(toItem),
    nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null
  }
}
