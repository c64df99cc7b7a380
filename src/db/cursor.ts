import { InvalidCursorError } from '../errors.js'

/** The sort key of the last row of a page: a tuple of strings and numbers. */
export type CursorKey = Array<string | number>

// Cursors are opaque to clients (base64url of a JSON tuple) so that the sort
// key can change without breaking the contract; decoding checks the shape so
// a forged or truncated cursor is a 400, never a SQL error.

export function encodeCursor (key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url')
}

/**
 * The type of a cursor tuple's element: a string, a finite number (a rank),
 * or a whole number of zero or more (a position, a row id), which is what
 * every integer key this API writes is; a forged -1 or 1.5 is refused, not
 * read as a place in the list.
 */
export type CursorElement = 'string' | 'number' | 'integer'

const fits = (value: unknown, type: CursorElement): boolean =>
  type === 'string' ? typeof value === 'string' : type === 'number' ? typeof value === 'number' && Number.isFinite(value) : Number.isSafeInteger(value) && (value as number) >= 0

/** Decodes a cursor whose tuple has the given element types, or throws InvalidCursorError. */
export function decodeCursor (cursor: string, shape: readonly CursorElement[]): CursorKey {
  let key: unknown
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url')
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw new InvalidCursorError()
  }
  if (!Array.isArray(key) || key.length !== shape.length) throw new InvalidCursorError()
  key.forEach((value, index) => {
    if (!fits(value, shape[index] ?? 'string')) throw new InvalidCursorError()
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
