import type { Database } from 'better-sqlite3'
import { test } from 'tap'
import { createSearchRepository } from '../../src/db/search-repository.js'
import { fixtureDocument, statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'
import { recordingPrepare } from '../helpers/recording-prepare.js'

// Paragraph 2 is the same text in every statement, so its matches tie on rank
// and the rowid must break the tie; the extra text gives paragraph 3 ranks of its own.
const documents = Array.from({ length: 24 }, (_, index) => fixtureDocument(index, ' energy'.repeat(index % 5)))

/** The search as one plain query (the definition the repository must keep): every match ranked, then paged. */
function referenceSearch (db: Database, q: string, statement: string | null): unknown[] {
  return db.prepare(`SELECT p.id AS paragraph_id, p.statement_id, p.position, p.kind,
      s.title AS statement_title, s.date AS statement_date,
      snippet(paragraphs_fts, 0, '<mark>', '</mark>', '…', 24) AS snippet, paragraphs_fts.rank AS rank
    FROM paragraphs_fts JOIN paragraphs p ON p.seq = paragraphs_fts.rowid JOIN statements s ON s.id = p.statement_id
    WHERE paragraphs_fts MATCH ? AND (? IS NULL OR p.statement_id = ?)
    ORDER BY paragraphs_fts.rank, paragraphs_fts.rowid`).all(q, statement, statement)
}

test('every page of every search holds the rows of the plain ranked query, in its order', async (t) => {
  const { app } = await buildTestApp(t, { documents })
  const repository = createSearchRepository(app.db)
  for (const q of ['sanctions', 'energy', 'energy trade', 'Ukraine', 'nothing-matches']) {
    for (const statement of [undefined, statementId(3), statementId(4)]) {
      for (const limit of [1, 5, 50]) {
        const walked: unknown[] = []
        let cursor: string | undefined
        do {
          const page = repository.search({ q, limit, cursor, statement, format: undefined })
          t.ok(page.items.length <= limit)
          walked.push(...page.items)
          cursor = page.nextCursor ?? undefined
        } while (cursor !== undefined)
        t.same(walked, referenceSearch(app.db, `"${q.split(' ').join('" "')}"`, statement ?? null), `q=${q} statement=${statement ?? '-'} limit=${limit}`)
      }
    }
  }
})

test('a search ranks its page from the full-text index alone and scans the matches once', async (t) => {
  const { app } = await buildTestApp(t, { documents })
  const recorded = recordingPrepare(app.db)
  createSearchRepository(recorded.db)
  t.equal(recorded.sql.length, 2)
  const params = { q: '"energy"', after_rank: 0, after_seq: 0, limit: 10, statement: statementId(1) }
  const plans = recorded.sql.map((sql) => app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>)
    .map((rows) => rows.map((row) => row.detail))
  for (const plan of plans) {
    t.notOk(plan.some((line) => /^SCAN (p|sp|s|paragraphs|statements)\b/.test(line)), `no table scan: ${plan.join(' | ')}`)
    // FTS5 names a rowid lookup "=M..." and a walk over every match "M...".
    t.ok(plan.filter((line) => /VIRTUAL TABLE INDEX \d+:M/.test(line)).length <= 1, `at most one walk over the matches: ${plan.join(' | ')}`)
  }
  const [all, inStatement] = plans
  t.match(all?.[0], /^(CO-ROUTINE|MATERIALIZE) hits/)
  t.notOk(inStatement?.some((line) => /VIRTUAL TABLE INDEX \d+:M/.test(line)), 'within a statement, its paragraphs are looked up by rowid')
  t.ok(inStatement?.some((line) => /SEARCH sp USING .*statement_id=\?/.test(line)))
})
