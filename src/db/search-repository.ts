import type { Database } from 'better-sqlite3'
import type { SearchHit, SearchQuery } from '../schemas/search.js'
import { decodeCursor, toPage } from './cursor.js'
import { escapeFtsQuery } from './fts-query.js'

type HitRow = SearchHit & { seq: number }

// Keyset on (rank, rowid): FTS5 ranks every match anyway; the bound only
// skips what earlier pages returned.
const AFTER_CURSOR = '(f.rank > @after_rank OR (f.rank = @after_rank AND f.rowid > @after_seq))'

// The page's rows are ranked and cut to LIMIT first, from the FTS index alone;
// only then are they joined and given a snippet. snippet() and the joins
// computed for every match before the sort were most of a search's cost
// (2,351 matches for "sanctions" at 10,000 statements). CROSS JOIN keeps
// `hits` outside, so paragraphs_fts is entered by rowid for each kept row
// rather than scanned again.
const PAGE_OF_HITS = `SELECT p.id AS paragraph_id, p.statement_id, p.position, p.kind,
    s.title AS statement_title, s.date AS statement_date,
    snippet(paragraphs_fts, 0, char(2), char(3), '…', 24) AS snippet, hits.rank AS rank, p.seq
  FROM hits CROSS JOIN paragraphs_fts ON paragraphs_fts.rowid = hits.seq
    JOIN paragraphs p ON p.seq = hits.seq JOIN statements s ON s.id = p.statement_id
  WHERE paragraphs_fts MATCH @q
  ORDER BY hits.rank, hits.seq`

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * The snippet as safe HTML: its text escaped, each match in <mark>. FTS5
 * marks the matches with two control characters no press text has (the
 * source checks refuse control characters in bulk, and these are turned into
 * marks, never passed on), so that a "<" of the text cannot pass for markup.
 */
export function snippetHtml (marked: string): string {
  return marked.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c).replaceAll('\u0002', '<mark>').replaceAll('\u0003', '</mark>')
}

export function createSearchRepository (db: Database) {
  const sql = {
    all: db.prepare<Record<string, unknown>, HitRow>(`WITH hits AS (SELECT f.rowid AS seq, f.rank FROM paragraphs_fts f
        WHERE f.paragraphs_fts MATCH @q AND ${AFTER_CURSOR}
        ORDER BY f.rank, f.rowid LIMIT @limit)
      ${PAGE_OF_HITS}`),
    // Within one statement the statement's few paragraphs are looked up in the
    // index one by one, instead of filtering every match of the words.
    inStatement: db.prepare<Record<string, unknown>, HitRow>(`WITH hits AS (SELECT f.rowid AS seq, f.rank
        FROM paragraphs sp CROSS JOIN paragraphs_fts f ON f.rowid = sp.seq
        WHERE sp.statement_id = @statement AND f.paragraphs_fts MATCH @q AND ${AFTER_CURSOR}
        ORDER BY f.rank, f.rowid LIMIT @limit)
      ${PAGE_OF_HITS}`)
  }

  return {
    search (query: SearchQuery): { items: SearchHit[], nextCursor: string | null } {
      const ftsQuery = escapeFtsQuery(query.q)
      if (ftsQuery === null) return { items: [], nextCursor: null }
      const [afterRank, afterSeq] = query.cursor !== undefined ? decodeCursor(query.cursor, ['number', 'integer']) : [-Number.MAX_VALUE, -1]
      const params = { q: ftsQuery, after_rank: afterRank, after_seq: afterSeq, limit: query.limit + 1 }
      const rows = query.statement === undefined
        ? sql.all.all(params)
        : sql.inStatement.all({ ...params, statement: query.statement })
      return toPage(rows, query.limit, (row) => [row.rank, row.seq], ({ seq: _seq, snippet, ...hit }) => ({ ...hit, snippet: snippetHtml(snippet) }))
    }
  }
}

export type SearchRepository = ReturnType<typeof createSearchRepository>
