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

test('at most 64 tokens are kept', async (t) => {
  t.equal(escapeFtsQuery('w '.repeat(100))?.split(' ').length, 64)
})
