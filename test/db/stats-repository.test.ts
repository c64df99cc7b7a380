import type { Database } from 'better-sqlite3'
import { test } from 'tap'
import { createStatsRepository } from '../../src/db/stats-repository.js'
import type { ExtractedDocument } from '../../src/extract/types.js'
import { fixtureDocument, statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'

// Counts of statements and of rows must differ for the test to mean anything:
// every third statement tags its heading as sanctions too, and names Russia
// twice. Every fourth tags its sanctions paragraph with the area as well, as
// the extractor does: a paragraph with mentions under a topic and its area.
function document (index: number): ExtractedDocument {
  const base = fixtureDocument(index)
  const paragraphTopics = index % 4 !== 0
    ? base.paragraphTopics
    : base.paragraphTopics.map((entry) => entry.topics.some((topic) => topic.slug === 'sanctions')
      ? { ...entry, topics: [...entry.topics, { slug: 'security', score: 1.5, evidence: ['sanctions'] }] }
      : entry)
  if (index % 3 !== 0) return { ...base, paragraphTopics }
  return {
    ...base,
    paragraphTopics: [...paragraphTopics, { paragraphPosition: 1, topics: [{ slug: 'sanctions', score: 1, evidence: ['sanctions'] }] }],
    mentions: [...base.mentions, ...base.mentions.filter((mention) => mention.actorId === 'russia')]
  }
}
const documents = Array.from({ length: 14 }, (_, index) => document(index))

const FILTER = '(@from IS NULL OR s.date >= @from) AND (@to IS NULL OR s.date <= @to) AND (@statement IS NULL OR s.id = @statement)'

/** The counts as plain joins (the definition the repository must keep). */
function reference (db: Database) {
  return {
    topics: db.prepare(`SELECT t.slug, t.label, t.area, count(DISTINCT p.statement_id) AS statements, count(*) AS paragraphs,
        (SELECT count(*) FROM commitment_topics ct JOIN commitments c ON c.id = ct.commitment_id JOIN statements s ON s.id = c.statement_id
          WHERE ct.topic_slug = t.slug AND ${FILTER} AND (@type IS NULL OR s.type = @type)
            AND (@actor IS NULL OR s.id IN (SELECT statement_id FROM statement_actors WHERE actor_id = @actor))) AS commitments
      FROM paragraph_topics pt JOIN topics t ON t.slug = pt.topic_slug JOIN paragraphs p ON p.seq = pt.paragraph_seq
        JOIN statements s ON s.id = p.statement_id
      WHERE ${FILTER} AND (@type IS NULL OR s.type = @type)
        AND (@actor IS NULL OR s.id IN (SELECT statement_id FROM statement_actors WHERE actor_id = @actor))
      GROUP BY t.slug ORDER BY paragraphs DESC, t.slug LIMIT @limit`),
    actors: db.prepare(`SELECT a.id, a.name, a.type, count(DISTINCT m.statement_id) AS statements, count(*) AS mentions
      FROM mentions m JOIN actors a ON a.id = m.actor_id JOIN statements s ON s.id = m.statement_id
      WHERE ${FILTER} AND (@type IS NULL OR a.type = @type)
        AND (@topic IS NULL OR m.paragraph_id IN (SELECT p.id FROM paragraph_topics pt JOIN paragraphs p ON p.seq = pt.paragraph_seq
          JOIN topics t ON t.slug = pt.topic_slug WHERE t.slug = @topic OR t.area = @topic))
      GROUP BY a.id ORDER BY mentions DESC, a.id LIMIT @limit`)
  }
}

const noFilter = { from: null, to: null, statement: null, type: null, actor: null, topic: null }

test('topic stats over every statement equal the plain count, rows and order', async (t) => {
  const { app } = await buildTestApp(t, { documents })
  const stats = createStatsRepository(app.db)
  const expected = reference(app.db)
  for (const limit of [1, 2, 50]) {
    const rows = stats.topics({ limit, format: undefined })
    t.same(rows, expected.topics.all({ ...noFilter, limit }), `limit ${limit}`)
  }
  t.match(stats.topics({ limit: 1, format: undefined }), [{ slug: 'sanctions', statements: 14, paragraphs: 19 }])
})

test('actor stats over every statement equal the plain count, by actor type too', async (t) => {
  const { app } = await buildTestApp(t, { documents })
  const stats = createStatsRepository(app.db)
  const expected = reference(app.db)
  for (const type of [undefined, 'country', 'person'] as const) {
    for (const limit of [1, 3, 50]) {
      t.same(stats.actors({ limit, type, format: undefined }), expected.actors.all({ ...noFilter, type: type ?? null, limit }), `type ${type ?? '-'} limit ${limit}`)
    }
  }
  t.match(stats.actors({ limit: 1, format: undefined }), [{ id: 'russia', statements: 14, mentions: 19 }])
})

test('filtered topic and actor stats equal the plain count with the same filters', async (t) => {
  const { app } = await buildTestApp(t, { documents })
  const stats = createStatsRepository(app.db)
  const expected = reference(app.db)
  const topicFilters = [{ statement: statementId(3) }, { statement: statementId(3), type: 'statement' as const }, { type: 'speech' as const },
    { actor: 'jens-stoltenberg' }, { from: '2023-01-03', to: '2023-01-09' }, { from: '2023-01-05', statement: statementId(6) }]
  for (const filter of topicFilters) {
    t.same(stats.topics({ limit: 50, format: undefined, ...filter }), expected.topics.all({ ...noFilter, limit: 50, ...filter }), JSON.stringify(filter))
  }
  const actorFilters = [{ statement: statementId(3) }, { statement: statementId(3), topic: 'energy' }, { topic: 'security' },
    { topic: 'sanctions', type: 'country' as const }, { topic: 'security', from: '2023-01-03', to: '2023-01-09' },
    { topic: 'economy' }, { topic: 'no-such-topic' }, { from: '2023-01-03', to: '2023-01-09' }, { to: '2023-01-05', type: 'person' as const }]
  for (const filter of actorFilters) {
    t.same(stats.actors({ limit: 50, format: undefined, ...filter }), expected.actors.all({ ...noFilter, limit: 50, ...filter }), JSON.stringify(filter))
  }
})

test('commitment stats within one statement equal the plain count with the same filters', async (t) => {
  const { app } = await buildTestApp(t, { documents })
  const stats = createStatsRepository(app.db)
  const expected = app.db.prepare(`SELECT NULLIF(substr(c.statement_date, 1, 7), '') AS month, c.modality, c.polarity, count(*) AS commitments
    FROM commitments c JOIN statements s ON s.id = c.statement_id
    WHERE ${FILTER} AND (@polarity IS NULL OR c.polarity = @polarity)
    GROUP BY month, c.modality, c.polarity ORDER BY month, c.modality, c.polarity`)
  const filters = [{ statement: statementId(4) }, { statement: statementId(9) }, { statement: statementId(4), polarity: 'negative' as const },
    { statement: statementId(5), from: '2023-01-06' }, { statement: statementId(5), to: '2023-01-05' }]
  for (const filter of filters) {
    const rows = stats.commitments({ limit: 200, format: undefined, ...filter })
    t.ok(rows.length > 0 || filter.to !== undefined, 'the filter keeps something unless it excludes the statement')
    t.same(rows, expected.all({ ...noFilter, polarity: null, ...filter }), JSON.stringify(filter))
  }
})
