import { test } from 'tap'
import { escapeFtsQuery } from '../../src/db/fts-query.js'

test('every token is double-quoted, so FTS5 operators become words', async (t) => {
  t.equal(escapeFtsQuery('sanctions NEAR( russia*'), '"sanctions" "NEAR(" "russia*"')
  t.equal(escapeFtsQuery('AND OR NOT'), '"AND" "OR" "NOT"')
})

test('inner double quotes are doubled', async (t) => {
  t.equal(escapeFtsQuery('say "hi"'), '"say" """hi"""')
})

test('control characters separate tokens and blank text gives null', async (t) => {
  t.equal(escapeFtsQuery('a\u0000b'), '"a" "b"')
  t.equal(escapeFtsQuery(' \t\n'), null)
})

test('each word is searched once, compared without case, and none is dropped', async (t) => {
  t.equal(escapeFtsQuery('the The THE sanctions the'), '"the" "sanctions"')
  const many = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ')
  t.equal(escapeFtsQuery(many)?.split(' ').length, 100, 'the schema, not this function, refuses a long text')
})
