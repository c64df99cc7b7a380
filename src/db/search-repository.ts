import type { Database } from 'better-sqlite3'
import type { SearchHit, SearchQuery } from '../schemas/search.js'
import { decodeCursor, toPage } from './cursor.js'
import { escapeFtsQuery } from './fts-query.js'

type HitRow = SearchHit & { seq: number }

export function createSearchRepository (db: Database) {
  // Keyset on (rank, rowid): FTS5 ranks every match anyway; the bound only
  // skips what earlier pages returned.
  const search = db.prepare<Record<string, unknown>, HitRow>(`SELECT p.id AS paragraph_id, p.statement_id, p.position, p.kind,
      s.title AS statement_title, s.date AS statement_date,
      snippet(paragraphs_fts, 0, '<mark>', '</mark>', '…', 24) AS snippet, paragraphs_fts.rank AS rank, p.seq
    FROM paragraphs_fts JOIN paragraphs p ON p.seq = paragraphs_fts.rowid JOIN statements s ON s.id = p.statement_id
    WHERE paragraphs_fts MATCH @q
      AND (paragraphs_fts.rank > @after_rank OR (paragraphs_fts.rank = @after_rank AND paragraphs_fts.rowid > @after_seq))
      AND (@statement IS NULL OR p.statement_id = @statement)
    ORDER BY paragraphs_fts.rank, paragraphs_fts.rowid LIMIT @limit`)

  return {
    search (query: SearchQuery): { items: SearchHit[], nextCursor: string | null } {
      const ftsQuery = escapeFtsQuery(query.q)
      if (ftsQuery === null) return { items: [], nextCursor: null }
      const [afterRank, afterSeq] = query.cursor !== undefined ? decodeCursor(query.cursor, ['number', 'number']) : [-Number.MAX_VALUE, -1]
      const rows = search.all({ q: ftsQuery, after_rank: afterRank, after_seq: afterSeq, statement: query.statement ?? null, limit: query.limit + 1 })
      return toPage(rows, query.limit, (row) => [row.rank, row.seq], ({ seq: _seq, ...hit }) => hit)
    }
  }
}

export type SearchRepository = ReturnType<typeof createSearchRepository>
