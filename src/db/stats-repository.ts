import type { Database } from 'better-sqlite3'
import type { ActorStat, ActorStatsQuery, CommitmentStat, CommitmentStatsQuery, TopicStat, TopicStatsQuery } from '../schemas/stats.js'
import { TOPIC_MATCH } from './topic-match.js'

const DATE_RANGE = `(@from IS NULL OR (s.date IS NOT NULL AND s.date >= @from))
  AND (@to IS NULL OR (s.date IS NOT NULL AND s.date <= @to))`
const STATEMENT_FILTER = `${DATE_RANGE} AND (@statement IS NULL OR s.id = @statement)`
const TYPE_AND_ACTOR = `(@type IS NULL OR s.type = @type)
  AND (@actor IS NULL OR EXISTS (SELECT 1 FROM statement_actors sa WHERE sa.statement_id = s.id AND sa.actor_id = @actor))`

// Filtered counts start from the statements that pass the filters and reach
// their rows through the statement_id indexes (paragraph topics through their
// paragraphs, since migration 006); one statement is found by its
// key, so it has its own prepared statement. Joining every topic link or
// mention to its statement instead cost 0.1-1 s at 10,000 statements, even
// for the counts of a single statement.
const chosen = (oneStatement: boolean, filter: string) => `chosen AS (SELECT s.id FROM statements s
  WHERE ${oneStatement ? 's.id = @statement AND ' : ''}${DATE_RANGE} AND ${filter})`

// A distinct count by grouping twice: per (statement, x) pair, then per x. With
// no filter the statements are not read at all: every row has its statement,
// and the pairs come in the order of an index on (statement, x) or (x, statement).
const perPair = (rows: string, statement: string, key: string) => `per_pair AS (SELECT ${key} AS key, count(*) AS n FROM ${rows} GROUP BY ${statement}, ${key}),
  counts AS (SELECT key, count(*) AS statements, sum(n) AS total FROM per_pair GROUP BY key)`

const topicParagraphs = (counts: string) => `WITH ${counts}
  SELECT t.slug, t.label, t.area, counts.statements, counts.total AS paragraphs
  FROM counts JOIN topics t ON t.slug = counts.key ORDER BY paragraphs DESC, t.slug LIMIT @limit`
const filteredTopicParagraphs = (oneStatement: boolean) => topicParagraphs(`${chosen(oneStatement, TYPE_AND_ACTOR)},
  ${perPair('chosen CROSS JOIN paragraphs p ON p.statement_id = chosen.id JOIN paragraph_topics pt ON pt.paragraph_seq = p.seq',
    'p.statement_id', 'pt.topic_slug')}`)
const filteredTopicCommitments = (oneStatement: boolean) => `WITH ${chosen(oneStatement, TYPE_AND_ACTOR)}
  SELECT ct.topic_slug AS slug, count(*) AS commitments
  FROM chosen CROSS JOIN commitments c ON c.statement_id = chosen.id JOIN commitment_topics ct ON ct.commitment_id = c.id
  GROUP BY ct.topic_slug`

const actorCounts = (counts: string) => `WITH ${counts}
  SELECT a.id, a.name, a.type, counts.statements, counts.total AS mentions
  FROM counts JOIN actors a ON a.id = counts.key WHERE (@type IS NULL OR a.type = @type)
  ORDER BY mentions DESC, a.id LIMIT @limit`

// Within one statement, each of its mentions is tested for the topic; over
// many statements, a topic goes to topicActorCounts below.
const MENTION_IN_TOPIC = `EXISTS (SELECT 1 FROM paragraphs p JOIN paragraph_topics pt ON pt.paragraph_seq = p.seq
  JOIN topics t ON t.slug = pt.topic_slug WHERE p.id = m.paragraph_id AND ${TOPIC_MATCH})`
const filteredActorCounts = (oneStatement: boolean) => actorCounts(`${chosen(oneStatement, 'true')},
  ${perPair(`chosen CROSS JOIN mentions m ON m.statement_id = chosen.id
    ${oneStatement ? `WHERE (@topic IS NULL OR ${MENTION_IN_TOPIC})` : ''}`, 'm.statement_id', 'm.actor_id')}`)

// With a topic, over many statements, the count starts from the topic's
// paragraphs (paragraph_topics_topic covers their seq; DISTINCT, since a
// paragraph can carry the area and one of its topics) and reaches their
// mentions through mentions_paragraph. Testing every mention of the chosen
// statements for the topic instead took 0.4-0.8 s at 10,000 statements.
const topicActorCounts = actorCounts(`chosen AS (SELECT s.id FROM statements s WHERE ${DATE_RANGE}),
  topic_paragraphs AS (SELECT DISTINCT pt.paragraph_seq AS seq FROM topics t CROSS JOIN paragraph_topics pt ON pt.topic_slug = t.slug
    WHERE ${TOPIC_MATCH}),
  ${perPair(`topic_paragraphs tp CROSS JOIN paragraphs p ON p.seq = tp.seq CROSS JOIN mentions m ON m.paragraph_id = p.id
    WHERE p.statement_id IN chosen`, 'm.statement_id', 'm.actor_id')}`)

// One statement's commitments are found through commitments_statement.
const commitmentCounts = (oneStatement: boolean) => `SELECT NULLIF(substr(c.statement_date, 1, 7), '') AS month,
  c.modality, c.polarity, count(*) AS commitments
  FROM commitments c JOIN statements s ON s.id = c.statement_id
  WHERE ${oneStatement ? `c.statement_id = @statement AND ${DATE_RANGE}` : STATEMENT_FILTER}
    AND (@holder IS NULL OR EXISTS (SELECT 1 FROM commitment_holders h WHERE h.commitment_id = c.id AND h.actor_id = @holder))
    AND (@target IS NULL OR EXISTS (SELECT 1 FROM commitment_targets g WHERE g.commitment_id = c.id AND g.actor_id = @target))
    AND (@actor IS NULL OR EXISTS (SELECT 1 FROM commitment_holders h WHERE h.commitment_id = c.id AND h.actor_id = @actor)
      OR EXISTS (SELECT 1 FROM commitment_targets g WHERE g.commitment_id = c.id AND g.actor_id = @actor))
    AND (@topic IS NULL OR EXISTS (SELECT 1 FROM commitment_topics ct JOIN topics t ON t.slug = ct.topic_slug
      WHERE ct.commitment_id = c.id AND ${TOPIC_MATCH}))
    AND (@modality IS NULL OR c.modality = @modality)
    AND (@polarity IS NULL OR c.polarity = @polarity)
  GROUP BY month, c.modality, c.polarity ORDER BY month, c.modality, c.polarity LIMIT @limit`

type TopicRow = Omit<TopicStat, 'commitments'>
interface TopicCommitments { slug: string, commitments: number }

export function createStatsRepository (db: Database) {
  const sql = {
    allTopicParagraphs: db.prepare<Record<string, unknown>, TopicRow>(topicParagraphs(perPair('paragraph_topics', 'statement_id', 'topic_slug'))),
    topicParagraphs: db.prepare<Record<string, unknown>, TopicRow>(filteredTopicParagraphs(false)),
    statementTopicParagraphs: db.prepare<Record<string, unknown>, TopicRow>(filteredTopicParagraphs(true)),
    allTopicCommitments: db.prepare<Record<string, unknown>, TopicCommitments>(`SELECT topic_slug AS slug, count(*) AS commitments
      FROM commitment_topics GROUP BY topic_slug`),
    topicCommitments: db.prepare<Record<string, unknown>, TopicCommitments>(filteredTopicCommitments(false)),
    statementTopicCommitments: db.prepare<Record<string, unknown>, TopicCommitments>(filteredTopicCommitments(true)),
    allActors: db.prepare<Record<string, unknown>, ActorStat>(actorCounts(perPair('mentions', 'statement_id', 'actor_id'))),
    actors: db.prepare<Record<string, unknown>, ActorStat>(filteredActorCounts(false)),
    topicActors: db.prepare<Record<string, unknown>, ActorStat>(topicActorCounts),
    statementActors: db.prepare<Record<string, unknown>, ActorStat>(filteredActorCounts(true)),
    commitments: db.prepare<Record<string, unknown>, CommitmentStat>(commitmentCounts(false)),
    statementCommitments: db.prepare<Record<string, unknown>, CommitmentStat>(commitmentCounts(true))
  }

  const common = (query: { from?: string | undefined, to?: string | undefined, statement?: string | undefined, limit: number }) =>
    ({ from: query.from ?? null, to: query.to ?? null, statement: query.statement ?? null, limit: query.limit })
  const unfiltered = (query: { from?: string | undefined, to?: string | undefined, statement?: string | undefined }) =>
    query.from === undefined && query.to === undefined && query.statement === undefined

  return {
    topics (query: TopicStatsQuery): TopicStat[] {
      const params = { ...common(query), type: query.type ?? null, actor: query.actor ?? null }
      const [paragraphs, commitments] = unfiltered(query) && query.type === undefined && query.actor === undefined
        ? [sql.allTopicParagraphs, sql.allTopicCommitments]
        : query.statement === undefined ? [sql.topicParagraphs, sql.topicCommitments] : [sql.statementTopicParagraphs, sql.statementTopicCommitments]
      const commitmentsBySlug = new Map(commitments.all(params).map((row) => [row.slug, row.commitments]))
      return paragraphs.all(params).map((row) => ({ ...row, commitments: commitmentsBySlug.get(row.slug) ?? 0 }))
    },

    actors (query: ActorStatsQuery): ActorStat[] {
      const params = { ...common(query), type: query.type ?? null, topic: query.topic ?? null }
      const counts = unfiltered(query) && query.topic === undefined
        ? sql.allActors
        : query.statement !== undefined ? sql.statementActors : query.topic !== undefined ? sql.topicActors : sql.actors
      return counts.all(params)
    },

    commitments (query: CommitmentStatsQuery): CommitmentStat[] {
      const counts = query.statement === undefined ? sql.commitments : sql.statementCommitments
      return counts.all({
        ...common(query),
        holder: query.holder ?? null,
        target: query.target ?? null,
        actor: query.actor ?? null,
        topic: query.topic ?? null,
        modality: query.modality ?? null,
        polarity: query.polarity ?? null
      })
    }
  }
}

export type StatsRepository = ReturnType<typeof createStatsRepository>
