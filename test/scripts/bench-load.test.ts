import { test } from 'tap'
import { combineRounds, type LoadResult } from '../../scripts/bench/load.js'

const round = (requestsPerSecond: number, p50: number, p99: number, bad = 0): LoadResult =>
  ({ requestsPerSecond, p50, p99, requests: requestsPerSecond * 5, bad })

test('rounds combine into the mean rate, the median p50 and the worst p99', async (t) => {
  t.same(combineRounds([round(30_000, 0, 1), round(18_000, 2, 9), round(27_000, 1, 2, 3)]), {
    requestsPerSecond: 25_000,
    p50: 1,
    p99: 9,
    requests: 375_000,
    bad: 3
  })
})
