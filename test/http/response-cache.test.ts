import { test } from 'tap'
import { createResponseCache } from '../../src/http/response-cache.js'

const entry = (size: number) => ({ body: Buffer.alloc(size), headers: {}, etag: 'W/"1-json"' })

test('a new data version drops every entry', async (t) => {
  const cache = createResponseCache({ maxEntries: 10, maxBytes: 1000 })
  cache.set('a', 1, entry(10))
  t.ok(cache.get('a', 1))
  t.equal(cache.get('a', 2), undefined)
  t.same(cache.stats(), { entries: 0, bytes: 0, hits: 1 })
})

test('the least recently used entry goes first', async (t) => {
  const cache = createResponseCache({ maxEntries: 2, maxBytes: 1000 })
  cache.set('a', 1, entry(10))
  cache.set('b', 1, entry(10))
  cache.get('a', 1)
  cache.set('c', 1, entry(10))
  t.ok(cache.get('a', 1))
  t.equal(cache.get('b', 1), undefined)
})

test('every hit makes its entry the most recent one, whichever position it had', async (t) => {
  const cache = createResponseCache({ maxEntries: 4, maxBytes: 1000 })
  for (const key of ['a', 'b', 'c', 'd']) cache.set(key, 1, entry(10))
  for (const key of ['b', 'a', 'd', 'b']) cache.get(key, 1)
  // From least to most recent: c, a, d, b.
  cache.set('e', 1, entry(10))
  t.equal(cache.get('c', 1), undefined, 'the one never hit goes first')
  cache.set('f', 1, entry(10))
  t.equal(cache.get('a', 1), undefined)
  t.ok(cache.get('d', 1))
  t.ok(cache.get('b', 1))
  t.same(cache.stats(), { entries: 4, bytes: 40, hits: 6 })
})

test('storing a key again replaces its entry, counts its bytes once and makes it the most recent', async (t) => {
  const cache = createResponseCache({ maxEntries: 2, maxBytes: 1000 })
  cache.set('a', 1, entry(10))
  cache.set('b', 1, entry(10))
  const replacement = entry(30)
  cache.set('a', 1, replacement)
  t.equal(cache.stats().bytes, 40)
  cache.set('c', 1, entry(10))
  t.equal(cache.get('b', 1), undefined, 'b became the least recent when a was stored again')
  t.equal(cache.get('a', 1), replacement)
})

test('after a new version, entries are kept and evicted in order again', async (t) => {
  const cache = createResponseCache({ maxEntries: 2, maxBytes: 1000 })
  cache.set('a', 1, entry(10))
  cache.set('b', 1, entry(10))
  cache.set('c', 2, entry(10))
  cache.set('d', 2, entry(10))
  cache.get('c', 2)
  cache.set('e', 2, entry(10))
  t.same([cache.get('c', 2) !== undefined, cache.get('d', 2) !== undefined, cache.get('e', 2) !== undefined], [true, false, true])
  t.same(cache.stats(), { entries: 2, bytes: 20, hits: 3 })
})

test('bytes stay within maxBytes and a body over a quarter of it is not kept', async (t) => {
  const cache = createResponseCache({ maxEntries: 100, maxBytes: 100 })
  for (const key of ['a', 'b', 'c', 'd', 'e']) cache.set(key, 1, entry(25))
  t.equal(cache.stats().bytes, 100)
  cache.set('big', 1, entry(26))
  t.equal(cache.get('big', 1), undefined)
})

test('hits are counted, misses are not', async (t) => {
  const cache = createResponseCache({ maxEntries: 10, maxBytes: 1000 })
  cache.get('a', 1)
  cache.set('a', 1, entry(10))
  cache.get('a', 1)
  cache.get('a', 1)
  t.equal(cache.stats().hits, 2)
})
