import { test } from 'tap'
import { createParagraphsRepository, type ParagraphsRepository } from '../../src/db/paragraphs-repository.js'
import type { ExtractedDocument } from '../../src/extract/types.js'
import type { ParagraphListQuery } from '../../src/schemas/paragraphs.js'
import { fixtureDocument } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'
import { walkList } from '../helpers/walk-pages.js'

// Every third statement names Russia twice in one paragraph: an actor's
// paragraphs must still be listed once each.
function document (index: number): ExtractedDocument {
  const base = fixtureDocument(index)
  if (index % 3 !== 0) return base
  return { ...base, mentions: [...base.mentions, ...base.mentions.filter((mention) => mention.actorId === 'russia')] }
}

/** Every paragraph id of a list, three to a page. */
const walk = (repository: ParagraphsRepository, query: Partial<ParagraphListQuery>): string[] =>
  walkList(repository.list, { limit: 3, ...query } as ParagraphListQuery)

test('a list started from its actor or topic filter pages exactly like the walk in statement order', async (t) => {
  const { app } = await buildTestApp(t, { documents: Array.from({ length: 23 }, (_, index) => document(index)) })
  // A limit no count can stay under, and one every count does.
  const walked = createParagraphsRepository(app.db, { driveAtMost: -1 })
  const driven = createParagraphsRepository(app.db, { driveAtMost: 1_000_000 })
  const queries: Array<Partial<ParagraphListQuery>> = [
    { actor: 'russia' },
    { actor: 'ukraine', kind: 'body' },
    // energy and trade in one paragraph: their area must list it once.
    { topic: 'economy' },
    { topic: 'sanctions' },
    { topic: 'economy', q: 'energy' },
    { actor: 'russia', topic: 'sanctions' },
    { actor: 'russia', topic: 'economy' },
    { actor: 'no-such-actor' },
    { topic: 'no-such-topic' }
  ]
  for (const query of queries) {
    const expected = walk(walked, query)
    t.same(walk(driven, query), expected, JSON.stringify(query))
  }
  t.equal(walk(walked, { actor: 'russia' }).length, 23, 'an actor named twice in a paragraph lists it once')
  t.equal(walk(walked, { topic: 'economy' }).length, 23, 'the area lists each of its paragraphs once')
  t.same(walk(walked, { actor: 'russia', topic: 'economy' }), [], 'a combination that matches nothing')
})
