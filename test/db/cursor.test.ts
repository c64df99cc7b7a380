import { test } from 'tap'
import { decodeCursor, encodeCursor, toPage } from '../../src/db/cursor.js'

test('a cursor round-trips its key', async (t) => {
  t.same(decodeCursor(encodeCursor(['2023-01-01', 'statement-23-1', 4]), ['string', 'string', 'number']), ['2023-01-01', 'statement-23-1', 4])
})

test('a cursor of the wrong shape is rejected with a coded 400', async (t) => {
  for (const cursor of [encodeCursor(['a']), encodeCursor([1, 'a']), 'a+b/', Buffer.from('{').toString('base64url')]) {
    t.throws(() => decodeCursor(cursor, ['string', 'number']), { code: 'API_INVALID_CURSOR', statusCode: 400 })
  }
})

test('an integer element must be a whole number of zero or more: a forged -1, 1.5 or "NaN" is refused', async (t) => {
  t.same(decodeCursor(encodeCursor(['statement-1', 0]), ['string', 'integer']), ['statement-1', 0])
  for (const key of [['statement-1', -1], ['statement-1', 1.5], ['NaN', 'x'], ['statement-1', 2 ** 60]]) {
    t.throws(() => decodeCursor(encodeCursor(key), ['string', 'integer']), { code: 'API_INVALID_CURSOR' }, JSON.stringify(key))
  }
  t.same(decodeCursor(encodeCursor([-3.25, 7]), ['number', 'integer']), [-3.25, 7], 'a rank may be any finite number')
})

test('a page of limit + 1 rows keeps limit rows and points after the last kept', async (t) => {
  const page = toPage([1, 2, 3], 2, (row) => [row], (row) => row * 10)
  t.same(page.items, [10, 20])
  t.same(decodeCursor(page.nextCursor ?? '', ['number']), [2])
  t.equal(toPage([1, 2], 2, (row) => [row], (row) => row).nextCursor, null)
})
