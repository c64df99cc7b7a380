import type { Database } from 'better-sqlite3'
import type { Commitment, CommitmentListQuery } from '../schemas/commitments.js'
import { decodeCursor, toPage } from './cursor.js'
import { createDrivingFilter } from './driving-filter.js'
import { escapeFtsQuery } from './fts-query.js'
import { TOPIC_MATCH } from './topic-match.js'

interface CommitmentRow {
  id: string,
  statement_id: string,
  paragraph_id: string,
  paragraph_position: number,
  sentence_id: string
  statement_date: string,
  position: number,
  text: string,
  start: number,
  end: number,
  clause_text: string
  clause_start: number,
  clause_end: number,
  modality: Commitment['modality'],
  polarity: Commitment['polarity']
  action: string,
  object: string,
  timeframe_text: string | null,
  timeframe_date: string | null,
  rule: string,
  confidence: number
}
type RefRow = { commitment_id: string, id: string, name: string }
type TopicRow = { commitment_id: string, slug: string, label: string }

const COLUMNS = `c.id, c.statement_id, c.paragraph_id, p.position AS paragraph_position, c.sentence_id, c.statement_date,
  c.position, c.text, c.start, c."end", c.clause_text, c.clause_start, c.clause_end, c.modality, c.polarity, c.action,
  c.object, c.timeframe_text, c.timeframe_date, c.rule, c.confidence`

// The filters a list can be driven by: the ids of the commitments that pass
// one of them, read from that filter's index. Duplicates are removed (a
// commitment can carry a topic and its area, or name one actor as holder and
// target).
const DRIVERS = {
  holder: 'SELECT commitment_id AS id FROM commitment_holders WHERE actor_id = @holder',
  target: 'SELECT commitment_id AS id FROM commitment_targets WHERE actor_id = @target',
  actor: `SELECT commitment_id AS id FROM commitment_holders WHERE actor_id = @actor
    UNION SELECT commitment_id FROM commitment_targets WHERE actor_id = @actor`,
  topic: `SELECT DISTINCT ct.commitment_id AS id FROM topics t CROSS JOIN commitment_topics ct ON ct.topic_slug = t.slug
    WHERE ${TOPIC_MATCH}`
} as const
type Driver = keyof typeof DRIVERS

// How many commitments pass each driving filter, counted no further than
// @cap (an actor's two roles are counted apart: an upper bound).
const CANDIDATE_COUNTS: Record<Driver, string> = {
  holder: 'SELECT count(*) FROM (SELECT 1 FROM commitment_holders WHERE actor_id = @holder LIMIT @cap)',
  target: 'SELECT count(*) FROM (SELECT 1 FROM commitment_targets WHERE actor_id = @target LIMIT @cap)',
  actor: `SELECT (SELECT count(*) FROM (SELECT 1 FROM commitment_holders WHERE actor_id = @actor LIMIT @cap))
    + (SELECT count(*) FROM (SELECT 1 FROM commitment_targets WHERE actor_id = @actor LIMIT @cap))`,
  topic: `SELECT count(*) FROM (SELECT 1 FROM topics t CROSS JOIN commitment_topics ct ON ct.topic_slug = t.slug
    WHERE ${TOPIC_MATCH} LIMIT @cap)`
}

// Keyset on (statement_date, statement_id, position), the commitments_date
// index. With a statement filter the statement index is the better seek, so
// that case has its own statement; the text filter doubles both. A driven
// list reads its candidates first (see DRIVERS) and keeps every filter.
function listSql (byStatement: boolean, withText: boolean, driver?: Driver): string {
  const from = driver === undefined
    ? 'commitments c'
    : `(${DRIVERS[driver]}) AS candidates CROSS JOIN commitments c ON c.id = candidates.id`
  return `SELECT ${COLUMNS} FROM ${from} JOIN paragraphs p ON p.id = c.paragraph_id
    WHERE (c.statement_date, c.statement_id, c.position) > (@after_date, @after_statement, @after_position)
      ${byStatement ? 'AND c.statement_id = @statement' : ''}
      AND (@holder IS NULL OR EXISTS (SELECT 1 FROM commitment_holders h WHERE h.commitment_id = c.id AND h.actor_id = @holder))
      AND (@target IS NULL OR EXISTS (SELECT 1 FROM commitment_targets g WHERE g.commitment_id = c.id AND g.actor_id = @target))
      AND (@actor IS NULL OR EXISTS (SELECT 1 FROM commitment_holders h WHERE h.commitment_id = c.id AND h.actor_id = @actor)
        OR EXISTS (SELECT 1 FROM commitment_targets g WHERE g.commitment_id = c.id AND g.actor_id = @actor))
      AND (@topic IS NULL OR EXISTS (SELECT 1 FROM commitment_topics ct JOIN topics t ON t.slug = ct.topic_slug
        WHERE ct.commitment_id = c.id AND ${TOPIC_MATCH}))
      AND (@modality IS NULL OR c.modality = @modality)
      AND (@polarity IS NULL OR c.polarity = @polarity)
      AND (@from IS NULL OR (c.statement_date <> '' AND c.statement_date >= @from))
      AND (@to IS NULL OR (c.statement_date <> '' AND c.statement_date <= @to))
      ${withText ? 'AND c.paragraph_id IN (SELECT fp.id FROM paragraphs_fts f JOIN paragraphs fp ON fp.seq = f.rowid WHERE paragraphs_fts MATCH @q)' : ''}
    ORDER BY c.statement_date, c.statement_id, c.position LIMIT @limit`
}

type ListStatement = ReturnType<Database['prepare']>

export interface CommitmentsRepositoryOptions {
  /** DRIVE_AT_MOST (driving-filter.ts) by default; tests set it to force either plan. */
  driveAtMost?: number
}

export function createCommitmentsRepository (db: Database, options: CommitmentsRepositoryOptions = {}) {
  const variants: Record<string, ListStatement> = {}
  for (const withText of [false, true]) {
    for (const byStatement of [false, true]) variants[`${byStatement}-${withText}`] = db.prepare(listSql(byStatement, withText))
    for (const driver of Object.keys(DRIVERS) as Driver[]) variants[`${driver}-${withText}`] = db.prepare(listSql(false, withText, driver))
  }
  const driverFor = createDrivingFilter(db, CANDIDATE_COUNTS, options.driveAtMost)
  const sql = {
    byId: db.prepare<[string], CommitmentRow>(`SELECT ${COLUMNS} FROM commitments c JOIN paragraphs p ON p.id = c.paragraph_id WHERE c.id = ?`),
    holders: db.prepare<[string], RefRow>(`SELECT h.commitment_id, a.id, a.name FROM commitment_holders h JOIN actors a ON a.id = h.actor_id
      WHERE h.commitment_id IN (SELECT value FROM json_each(?)) ORDER BY h.position`),
    targets: db.prepare<[string], RefRow>(`SELECT g.commitment_id, a.id, a.name FROM commitment_targets g JOIN actors a ON a.id = g.actor_id
      WHERE g.commitment_id IN (SELECT value FROM json_each(?)) ORDER BY g.position`),
    topics: db.prepare<[string], TopicRow>(`SELECT ct.commitment_id, t.slug, t.label FROM commitment_topics ct JOIN topics t ON t.slug = ct.topic_slug
      WHERE ct.commitment_id IN (SELECT value FROM json_each(?)) ORDER BY t.position, t.slug`)
  }

  function group<R extends { commitment_id: string }, T> (rows: R[], pick: (row: R) => T): Map<string, T[]> {
    const groups = new Map<string, T[]>()
    for (const row of rows) groups.set(row.commitment_id, [...(groups.get(row.commitment_id) ?? []), pick(row)])
    return groups
  }

  /** Holders, targets and topics for a page: three queries, whatever the page size. */
  function withDetails (rows: CommitmentRow[]): Commitment[] {
    const ids = JSON.stringify(rows.map((row) => row.id))
    const holders = group(sql.holders.all(ids), ({ id, name }) => ({ id, name }))
    const targets = group(sql.targets.all(ids), ({ id, name }) => ({ id, name }))
    const topics = group(sql.topics.all(ids), ({ slug, label }) => ({ slug, label }))
    return rows.map((row) => {
      const rowHolders = holders.get(row.id) ?? []
      return {
        id: row.id,
        statement_id: row.statement_id,
        paragraph_id: row.paragraph_id,
        paragraph_position: row.paragraph_position,
        sentence_id: row.sentence_id,
        date: row.statement_date === '' ? null : row.statement_date,
        text: row.text,
        start: row.start,
        end: row.end,
        clause: { text: row.clause_text, start: row.clause_start, end: row.clause_end },
        holder: rowHolders[0] ?? null,
        holders: rowHolders,
        modality: row.modality,
        polarity: row.polarity,
        action: row.action,
        object: row.object,
        targets: targets.get(row.id) ?? [],
        topics: topics.get(row.id) ?? [],
        timeframe: row.timeframe_text === null ? null : { text: row.timeframe_text, date: row.timeframe_date },
        rule: row.rule,
        confidence: row.confidence
      }
    })
  }

  return {
    list (query: CommitmentListQuery): { items: Commitment[], nextCursor: string | null } {
      const [afterDate, afterStatement, afterPosition] = query.cursor !== undefined
        ? decodeCursor(query.cursor, ['string', 'string', 'integer'])
        : ['', '', 0]
      const ftsQuery = query.q === undefined ? null : escapeFtsQuery(query.q)
      // Text with nothing searchable in it matches nothing, rather than everything.
      if (query.q !== undefined && ftsQuery === null) return { items: [], nextCursor: null }
      // A driven list, or the walk along commitments_date (or the statement's index).
      const plan = driverFor(query) ?? String(query.statement !== undefined)
      const statement = variants[`${plan}-${ftsQuery !== null}`]!
      const rows = statement.all({
        after_date: afterDate,
        after_statement: afterStatement,
        after_position: afterPosition,
        ...(query.statement === undefined ? {} : { statement: query.statement }),
        holder: query.holder ?? null,
        target: query.target ?? null,
        actor: query.actor ?? null,
        topic: query.topic ?? null,
        modality: query.modality ?? null,
        polarity: query.polarity ?? null,
        from: query.from ?? null,
        to: query.to ?? null,
        ...(ftsQuery === null ? {} : { q: ftsQuery }),
        limit: query.limit + 1
      }) as CommitmentRow[]
      const page = toPage(rows, query.limit, (row) => [row.statement_date, row.statement_id, row.position], (row) => row)
      return { items: withDetails(page.items), nextCursor: page.nextCursor }
    },

    findById (id: string): Commitment | undefined {
      const row = sql.byId.get(id)
      return row === undefined ? undefined : withDetails([row])[0]
    }
  }
}

export type CommitmentsRepository = ReturnType<typeof createCommitmentsRepository>
