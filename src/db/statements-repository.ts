import type { Database } from 'better-sqlite3'
import type { Statement, StatementListQuery, StatementSummary } from '../schemas/statements.js'
import { decodeCursor, toPage } from './cursor.js'
import { escapeFtsQuery } from './fts-query.js'
import { TOPIC_MATCH } from './topic-match.js'

interface SummaryRow {
  id: string,
  reference: string | null,
  type: StatementSummary['type'],
  title: string | null,
  subtitle: string | null
  place: string | null,
  date: string | null,
  language: string,
  speakers: string,
  sort_date: string
}
type DetailRow = SummaryRow & {
  people: string,
  press_contacts: string,
  related_documents: string,
  related_media: string,
  source_file: string | null
  source_url: string | null,
  source_sha256: string,
  extractor_version: string,
  ingested_at: string
}

const SUMMARY_COLUMNS = 's.id, s.reference, s.type, s.title, s.subtitle, s.place, s.date, s.language, s.speakers, s.sort_date'

// The filters are bound as NULL when absent. The keyset bound always applies:
// the first page starts from a sentinel before (or after) every row, so each
// query can seek the (sort_date, id) index whatever the page number.
function listSql (direction: 'asc' | 'desc', withText: boolean): string {
  const after = direction === 'asc' ? '>' : '<'
  const order = direction === 'asc' ? 'ASC' : 'DESC'
  return `SELECT ${SUMMARY_COLUMNS} FROM statements s
    WHERE (s.sort_date, s.id) ${after} (@after_date, @after_id)
      AND (@type IS NULL OR s.type = @type)
      AND (@from IS NULL OR (s.date IS NOT NULL AND s.date >= @from))
      AND (@to IS NULL OR (s.date IS NOT NULL AND s.date <= @to))
      AND (@topic IS NULL OR EXISTS (SELECT 1 FROM paragraph_topics pt JOIN topics t ON t.slug = pt.topic_slug
        WHERE pt.statement_id = s.id AND ${TOPIC_MATCH}))
      AND (@actor IS NULL OR EXISTS (SELECT 1 FROM statement_actors sa WHERE sa.statement_id = s.id AND sa.actor_id = @actor))
      AND (@speaker IS NULL OR EXISTS (SELECT 1 FROM statement_actors sa
        WHERE sa.statement_id = s.id AND sa.actor_id = @speaker AND sa.role = 'speaker'))
      ${withText ? 'AND s.id IN (SELECT p.statement_id FROM paragraphs_fts f JOIN paragraphs p ON p.seq = f.rowid WHERE paragraphs_fts MATCH @q)' : ''}
    ORDER BY s.sort_date ${order}, s.id ${order} LIMIT @limit`
}

const parse = <T>(value: string): T => JSON.parse(value) as T

function toSummary (row: SummaryRow): StatementSummary {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    title: row.title,
    subtitle: row.subtitle,
    place: row.place,
    date: row.date,
    language: row.language,
    speakers: parse(row.speakers)
  }
}

export function createStatementsRepository (db: Database) {
  const sql = {
    list: {
      asc: db.prepare<Record<string, unknown>, SummaryRow>(listSql('asc', false)),
      desc: db.prepare<Record<string, unknown>, SummaryRow>(listSql('desc', false)),
      ascText: db.prepare<Record<string, unknown>, SummaryRow>(listSql('asc', true)),
      descText: db.prepare<Record<string, unknown>, SummaryRow>(listSql('desc', true))
    },
    byId: db.prepare<[string], DetailRow>(`SELECT ${SUMMARY_COLUMNS}, s.people, s.press_contacts, s.related_documents,
      s.related_media, s.source_file, s.source_url, s.source_sha256, s.extractor_version, s.ingested_at
      FROM statements s WHERE s.id = ?`),
    exists: db.prepare<[string], number>('SELECT 1 FROM statements WHERE id = ?').pluck(),
    source: db.prepare<[string], string>('SELECT source_text FROM statements WHERE id = ?').pluck(),
    counts: db.prepare<{ id: string }, Statement['counts']>(`SELECT
      (SELECT count(*) FROM paragraphs WHERE statement_id = @id) AS paragraphs,
      (SELECT coalesce(sum(json_array_length(sentences)), 0) FROM paragraphs WHERE statement_id = @id) AS sentences,
      (SELECT count(*) FROM mentions WHERE statement_id = @id) AS mentions,
      (SELECT count(DISTINCT actor_id) FROM statement_actors WHERE statement_id = @id) AS actors,
      (SELECT count(*) FROM commitments WHERE statement_id = @id) AS commitments`),
    topTopics: db.prepare<[string], Statement['top_topics'][number]>(`SELECT t.slug, t.label,
      count(*) AS paragraphs, round(sum(pt.score), 4) AS score
      FROM paragraphs p JOIN paragraph_topics pt ON pt.paragraph_seq = p.seq JOIN topics t ON t.slug = pt.topic_slug
      WHERE p.statement_id = ? GROUP BY t.slug ORDER BY score DESC, t.slug LIMIT 5`),
    topActors: db.prepare<[string], Statement['top_actors'][number]>(`SELECT a.id, a.name, a.type, count(*) AS mentions
      FROM mentions m JOIN actors a ON a.id = m.actor_id
      WHERE m.statement_id = ? GROUP BY a.id ORDER BY mentions DESC, a.id LIMIT 5`)
  }

  return {
    list (query: StatementListQuery): { items: StatementSummary[], nextCursor: string | null } {
      const direction = query.sort === 'date' ? 'asc' : 'desc'
      const [afterDate, afterId] = query.cursor !== undefined
        ? decodeCursor(query.cursor, ['string', 'string'])
        // '~' sorts after every digit, so it is past the newest date.
        : direction === 'asc' ? ['', ''] : ['~', '']
      const ftsQuery = query.q === undefined ? null : escapeFtsQuery(query.q)
      // Text with nothing searchable in it matches nothing, rather than everything.
      if (query.q !== undefined && ftsQuery === null) return { items: [], nextCursor: null }
      const statement = ftsQuery === null
        ? (direction === 'asc' ? sql.list.asc : sql.list.desc)
        : (direction === 'asc' ? sql.list.ascText : sql.list.descText)
      const rows = statement.all({
        after_date: afterDate,
        after_id: afterId,
        type: query.type ?? null,
        from: query.from ?? null,
        to: query.to ?? null,
        topic: query.topic ?? null,
        actor: query.actor ?? null,
        speaker: query.speaker ?? null,
        ...(ftsQuery === null ? {} : { q: ftsQuery }),
        limit: query.limit + 1
      })
      return toPage(rows, query.limit, (row) => [row.sort_date, row.id], toSummary)
    },

    findById (id: string): Statement | undefined {
      const row = sql.byId.get(id)
      if (row === undefined) return undefined
      return {
        ...toSummary(row),
        people: parse(row.people),
        press_contacts: parse(row.press_contacts),
        related_documents: parse(row.related_documents),
        related_media: parse(row.related_media),
        source_file: row.source_file,
        source_url: row.source_url,
        source_sha256: row.source_sha256,
        extractor_version: row.extractor_version,
        ingested_at: row.ingested_at,
        counts: sql.counts.get({ id }) as Statement['counts'],
        top_topics: sql.topTopics.all(id),
        top_actors: sql.topActors.all(id)
      }
    },

    exists (id: string): boolean {
      return sql.exists.get(id) !== undefined
    },

    findSource (id: string): string | undefined {
      return sql.source.get(id)
    }
  }
}

export type StatementsRepository = ReturnType<typeof createStatementsRepository>
