import type { Database } from 'better-sqlite3'
import { test } from 'tap'
import { createStatsRepository } from '../../src/db/stats-repository.js'
import type { ExtractedDocument } from '../../src/extract/types.js'
import { fixtureDocument } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'

// Counts of statements and of rows must differ for the test to mean anything:
// every third statement tags its heading as sanctions too, and names Russia twice.
function document (index: number): ExtractedDocument {
  const base = fixtureDocument(index)
  if (index % 3 !== 0) return base
  return {
    ...base,
    paragraphTopics: [...base.paragraphTopics, { paragraphPosition: 1, topics: [{ slug: 'sanctions', score: 1, evidence: ['sanctions'] }] }],
    mentions: [...base.mentions, ...base.mentions.filter((mention) => mention.actorId === 'russia')]
  }
}
const documents = Array.from({ length: 14 }, (_, index) => document(index))

/** The counts as plain joins over every statement (the definition the repository must keep). */
function reference (db: Database) {
  return {
    topics: db.prepare(`SELECT t.slug, t.label, t.area, count(DISTINCT pt.statement_id) AS statements, count(*) AS paragraphs,
        (SELECT count(*) FROM commitment_topics ct JOIN commitments c ON c.id = ct.commitment_id JOIN statements cs ON cs.id = c.statement_id
          WHERE ct.topic_slug = t.slug) AS commitments
      FROM paragraph_topics pt JOIN topics t ON t.slug = pt.topic_slug JOIN statements s ON s.id = pt.statement_id
      GROUP BY t.slug ORDER BY paragraphs DESC, t.slug LIMIT ?`),
    actors: db.prepare(`SELECT a.id, a.name, a.type, count(DISTINCT m.statement_id) AS statements, count(*) AS mentions
      FROM mentions m JOIN actors a ON a.id = m.actor_id JOIN statements s ON s.id = m.statement_id
      WHERE (? IS NULL OR a.type = ?)
      GROUP BY a.id ORDER BY mentions DESC, a.id LIMIT ?`)
  }
}

test('topic stats over every statement equal the plain count, rows and order', async (t) => {
  const { app } = await buildTestApp(t, { documents })
  const stats = createStatsRepository(app.db)
  const expected = reference(app.db)
  for (const limit of [1, 2, 50]) {
    const rows = stats.topics({ limit, format: undefined })
    t.same(rows, expected.topics.all(limit), `limit ${limit}`)
  }
  t.match(stats.topics({ limit: 1, format: undefined }), [{ slug: 'sanctions', statements: 14, paragraphs: 19 }])
})

test('actor stats over every statement equal the plain count, by actor type too', async (t) => {
  const { app } = await buildTestApp(t, { documents })
  const stats = createStatsRepository(app.db)
  const expected = reference(app.db)
  for (const type of [undefined, 'country', 'person'] as const) {
    for (const limit of [1, 3, 50]) {
      t.same(stats.actors({ limit, type, format: undefined }), expected.actors.all(type ?? null, type ?? null, limit), `type ${type ?? '-'} limit ${limit}`)
    }
  }
  t.match(stats.actors({ limit: 1, format: undefined }), [{ id: 'russia', statements: 14, mentions: 19 }])
})
