import type { Database, Statement } from 'better-sqlite3'
import type { Paragraph, ParagraphListQuery } from '../schemas/paragraphs.js'
import { decodeCursor, toPage } from './cursor.js'
import { createDrivingFilter } from './driving-filter.js'
import { escapeFtsQuery } from './fts-query.js'
import { TOPIC_MATCH } from './topic-match.js'

type ParagraphRow = Omit<Paragraph, 'topics' | 'mentions'>
type TopicRow = Paragraph['topics'][number] & { paragraph_id: string }
type MentionRow = Paragraph['mentions'][number] & { paragraph_id: string }

// The filters a list can be driven by: the paragraphs that pass one of
// them, read from that filter's index (a paragraph can carry a topic and its
// area, and name an actor twice: each is listed once).
const DRIVERS = {
  actor: { join: 'p.id = candidates.paragraph_id', sql: 'SELECT DISTINCT paragraph_id FROM mentions WHERE actor_id = @actor' },
  topic: {
    join: 'p.seq = candidates.paragraph_seq',
    sql: `SELECT DISTINCT pt.paragraph_seq FROM topics t CROSS JOIN paragraph_topics pt ON pt.topic_slug = t.slug
      WHERE ${TOPIC_MATCH}`
  }
} as const
type Driver = keyof typeof DRIVERS

// How many rows each driving filter has in its index, counted no further than @cap.
const CANDIDATE_COUNTS: Record<Driver, string> = {
  actor: 'SELECT count(*) FROM (SELECT 1 FROM mentions WHERE actor_id = @actor LIMIT @cap)',
  topic: `SELECT count(*) FROM (SELECT 1 FROM topics t CROSS JOIN paragraph_topics pt ON pt.topic_slug = t.slug
    WHERE ${TOPIC_MATCH} LIMIT @cap)`
}

// A statement filter is bound as a range [lo, hi] on statement_id (lo = hi =
// the id, or the whole range), so the (statement_id, position) index serves
// both the filter and the keyset bound: page 200 costs what page 1 costs. A
// driven list reads its candidates first (see DRIVERS) and keeps every filter.
function listSql (withText: boolean, driver?: Driver): string {
  const from = driver === undefined
    ? 'paragraphs p'
    : `(${DRIVERS[driver].sql}) AS candidates CROSS JOIN paragraphs p ON ${DRIVERS[driver].join}`
  return `SELECT p.id, p.statement_id, p.position, p.kind, p.text, p.start, p."end" FROM ${from}
    WHERE (p.statement_id, p.position) > (@after_statement, @after_position)
      AND p.statement_id BETWEEN @statement_lo AND @statement_hi
      AND (@kind IS NULL OR p.kind = @kind)
      AND (@topic IS NULL OR EXISTS (SELECT 1 FROM paragraph_topics pt JOIN topics t ON t.slug = pt.topic_slug
        WHERE pt.paragraph_seq = p.seq AND ${TOPIC_MATCH}))
      AND (@actor IS NULL OR EXISTS (SELECT 1 FROM mentions m WHERE m.paragraph_id = p.id AND m.actor_id = @actor))
      ${withText ? 'AND p.seq IN (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH @q)' : ''}
    ORDER BY p.statement_id, p.position LIMIT @limit`
}

// Sorts after any id: ids are ASCII slugs.
const AFTER_EVERY_ID = '\u{10FFFF}'

export interface ParagraphsRepositoryOptions {
  /** DRIVE_AT_MOST (driving-filter.ts) by default; tests set it to force either plan. */
  driveAtMost?: number
}

export function createParagraphsRepository (db: Database, options: ParagraphsRepositoryOptions = {}) {
  const lists: Record<string, Statement<Record<string, unknown>, ParagraphRow>> = {}
  for (const withText of [false, true]) {
    lists[`walk-${withText}`] = db.prepare(listSql(withText))
    for (const driver of Object.keys(DRIVERS) as Driver[]) lists[`${driver}-${withText}`] = db.prepare(listSql(withText, driver))
  }
  const driverFor = createDrivingFilter(db, CANDIDATE_COUNTS, options.driveAtMost)

  const sql = {
    byId: db.prepare<[string], ParagraphRow>('SELECT id, statement_id, position, kind, text, start, "end" FROM paragraphs WHERE id = ?'),
    topics: db.prepare<[string], TopicRow>(`SELECT p.id AS paragraph_id, t.slug, t.label, pt.score
      FROM paragraphs p JOIN paragraph_topics pt ON pt.paragraph_seq = p.seq JOIN topics t ON t.slug = pt.topic_slug
      WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY pt.score DESC, t.slug`),
    mentions: db.prepare<[string], MentionRow>(`SELECT paragraph_id, actor_id, text, start, "end"
      FROM mentions WHERE paragraph_id IN (SELECT value FROM json_each(?)) ORDER BY start, id`)
  }

  /** Topics and mentions for a page of paragraphs: two queries, whatever the page size. */
  function withDetails (rows: ParagraphRow[]): Paragraph[] {
    const ids = JSON.stringify(rows.map((row) => row.id))
    const topics = new Map<string, Paragraph['topics']>()
    const mentions = new Map<string, Paragraph['mentions']>()
    for (const { paragraph_id: id, ...topic } of sql.topics.all(ids)) topics.set(id, [...(topics.get(id) ?? []), topic])
    for (const { paragraph_id: id, ...mention } of sql.mentions.all(ids)) mentions.set(id, [...(mentions.get(id) ?? []), mention])
    return rows.map((row) => ({ ...row, topics: topics.get(row.id) ?? [], mentions: mentions.get(row.id) ?? [] }))
  }

  return {
    list (query: ParagraphListQuery): { items: Paragraph[], nextCursor: string | null } {
      const [afterStatement, afterPosition] = query.cursor !== undefined
        ? decodeCursor(query.cursor, ['string', 'integer'])
        : ['', 0]
      const ftsQuery = query.q === undefined ? null : escapeFtsQuery(query.q)
      // Text with nothing searchable in it matches nothing, rather than everything.
      if (query.q !== undefined && ftsQuery === null) return { items: [], nextCursor: null }
      const list = lists[`${driverFor(query) ?? 'walk'}-${ftsQuery !== null}`]!
      const rows = list.all({
        after_statement: afterStatement,
        after_position: afterPosition,
        statement_lo: query.statement ?? '',
        statement_hi: query.statement ?? AFTER_EVERY_ID,
        kind: query.kind ?? null,
        topic: query.topic ?? null,
        actor: query.actor ?? null,
        ...(ftsQuery === null ? {} : { q: ftsQuery }),
        limit: query.limit + 1
      })
      const page = toPage(rows, query.limit, (row) => [row.statement_id, row.position], (row) => row)
      return { items: withDetails(page.items), nextCursor: page.nextCursor }
    },

    findById (id: string): Paragraph | undefined {
      const row = sql.byId.get(id)
      return row === undefined ? undefined : withDetails([row])[0]
    }
  }
}

export type ParagraphsRepository = ReturnType<typeof createParagraphsRepository>
