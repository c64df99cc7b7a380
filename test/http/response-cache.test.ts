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
