import { test } from 'tap'
import { createCommitmentsRepository, type CommitmentsRepository } from '../../src/db/commitments-repository.js'
import type { CommitmentListQuery } from '../../src/schemas/commitments.js'
import { buildTestApp } from '../helpers/build-test-app.js'
import { walkList } from '../helpers/walk-pages.js'

/** Every commitment id of a list, three to a page. */
const walk = (repository: CommitmentsRepository, query: Partial<CommitmentListQuery>): string[] =>
  walkList(repository.list, { limit: 3, ...query } as CommitmentListQuery)

test('a list started from its actor or topic filter pages exactly like the walk along the date index', async (t) => {
  const { app } = await buildTestApp(t, { statements: 23 })
  // A limit no count can stay under, and one every count does.
  const walked = createCommitmentsRepository(app.db, { driveAtMost: -1 })
  const driven = createCommitmentsRepository(app.db, { driveAtMost: 1_000_000 })
  const queries: Array<Partial<CommitmentListQuery>> = [
    { holder: 'european-union' },
    { target: 'russia' },
    { actor: 'russia' },
    { actor: 'european-union', modality: 'commitment' },
    // energy and trade on one commitment: their area must list it once.
    { topic: 'economy' },
    { topic: 'sanctions', from: '2023-01-05', to: '2023-01-20' },
    { topic: 'economy', q: 'energy' },
    { holder: 'european-union', topic: 'economy' },
    { actor: 'no-such-actor' },
    { topic: 'no-such-topic' }
  ]
  for (const query of queries) {
    const expected = walk(walked, query)
    t.same(walk(driven, query), expected, JSON.stringify(query))
  }
  t.equal(walk(walked, { topic: 'economy' }).length, 23, 'the area lists each of its commitments once')
  t.equal(walk(walked, { holder: 'european-union' }).length, 23)
  t.same(walk(walked, { holder: 'european-union', topic: 'economy' }), [], 'a combination that matches nothing')
})
