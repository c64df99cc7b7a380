import { test } from 'tap'
import { negotiate } from '../../src/http/negotiate.js'

const OFFERED = ['application/json', 'text/csv', 'application/x-ndjson']

test('no Accept header takes the first offered type', async (t) => {
  t.equal(negotiate(undefined, OFFERED), 'application/json')
})

test('the highest q wins, then the most specific range', async (t) => {
  t.equal(negotiate('text/*;q=0.9, application/json;q=0.5', OFFERED), 'text/csv')
  t.equal(negotiate('*/*;q=0.1, application/x-ndjson', OFFERED), 'application/x-ndjson')
})

test('q=0 refuses a type and nothing acceptable gives null', async (t) => {
  t.equal(negotiate('application/json;q=0, */*', OFFERED), 'text/csv')
  t.equal(negotiate('image/png', OFFERED), null)
  t.equal(negotiate('garbage', OFFERED), null)
})
