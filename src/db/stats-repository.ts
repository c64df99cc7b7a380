import type { Database } from 'better-sqlite3'
import type { ActorStat, ActorStatsQuery, CommitmentStat, CommitmentStatsQuery, TopicStat, TopicStatsQuery } from '../schemas/stats.js'

const STATEMENT_FILTER = `(@from IS NULL OR (s.date IS NOT NULL AND s.date >= @from))
  AND (@to IS NULL OR (s.date IS NOT NULL AND s.date <= @to))
  AND (@statement IS NULL OR s.id = @statement)`

const TOPIC_MATCH = '(t.slug = @topic OR t.area = @topic)'

export function createStatsRepository (db: Database) {
  const sql = {
    topicParagraphs: db.prepare<Record<string, unknown>, Omit<TopicStat, 'commitments'>>(`SELECT t.slug, t.label, t.area,
      count(DISTINCT pt.statement_id) AS statements, count(*) AS paragraphs
      FROM paragraph_topics pt JOIN topics t ON t.slug = pt.topic_slug JOIN statements s ON s.id = pt.statement_id
      WHERE ${STATEMENT_FILTER} AND (@type IS NULL OR s.type = @type)
        AND (@actor IS NULL OR EXISTS (SELECT 1 FROM statement_actors sa WHERE sa.statement_id = s.id AND sa.actor_id = @actor))
      GROUP BY t.slug ORDER BY paragraphs DESC, t.slug LIMIT @limit`),
    topicCommitments: db.prepare<Record<string, unknown>, { slug: string, commitments: number }>(`SELECT ct.topic_slug AS slug, count(*) AS commitments
      FROM commitment_topics ct JOIN commitments c ON c.id = ct.commitment_id JOIN statements s ON s.id = c.statement_id
      WHERE ${STATEMENT_FILTER} AND (@type IS NULL OR s.type = @type)
        AND (@actor IS NULL OR EXISTS (SELECT 1 FROM statement_actors sa WHERE sa.statement_id = s.id AND sa.actor_id = @actor))
      GROUP BY ct.topic_slug`),
    actors: db.prepare<Record<string, unknown>, ActorStat>(`SELECT a.id, a.name, a.type,
      count(DISTINCT m.statement_id) AS statements, count(*) AS mentions
      FROM mentions m JOIN actors a ON a.id = m.actor_id JOIN statements s ON s.id = m.statement_id
      WHERE ${STATEMENT_FILTER} AND (@type IS NULL OR a.type = @type)
        AND (@topic IS NULL OR EXISTS (SELECT 1 FROM paragraph_topics pt JOIN topics t ON t.slug = pt.topic_slug
          WHERE pt.paragraph_id = m.paragraph_id AND ${TOPIC_MATCH}))
      GROUP BY a.id ORDER BY mentions DESC, a.id LIMIT @limit`),
    commitments: db.prepare<Record<string, unknown>, CommitmentStat>(`SELECT NULLIF(substr(c.statement_date, 1, 7), '') AS month,
      c.modality, c.polarity, count(*) AS commitments
      FROM commitments c JOIN statements s ON s.id = c.statement_id
      WHERE ${STATEMENT_FILTER}
        AND (@holder IS NULL OR EXISTS (SELECT 1 FROM commitment_holders h WHERE h.commitment_id = c.id AND h.actor_id = @holder))
        AND (@target IS NULL OR EXISTS (SELECT 1 FROM commitment_targets g WHERE g.commitment_id = c.id AND g.actor_id = @target))
        AND (@actor IS NULL OR EXISTS (SELECT 1 FROM commitment_holders h WHERE h.commitment_id = c.id AND h.actor_id = @actor)
          OR EXISTS (SELECT 1 FROM commitment_targets g WHERE g.commitment_id = c.id AND g.actor_id = @actor))
        AND (@topic IS NULL OR EXISTS (SELECT 1 FROM commitment_topics ct JOIN topics t ON t.slug = ct.topic_slug
          WHERE ct.commitment_id = c.id AND ${TOPIC_MATCH}))
        AND (@modality IS NULL OR c.modality = @modality)
        AND (@polarity IS NULL OR c.polarity = @polarity)
      GROUP BY month, c.modality, c.polarity ORDER BY month, c.modality, c.polarity LIMIT @limit`)
  }

  const common = (query: { from?: string | undefined, to?: string | undefined, statement?: string | undefined, limit: number }) =>
    ({ from: query.from ?? null, to: query.to ?? null, statement: query.statement ?? null, limit: query.limit })

  return {
    topics (query: TopicStatsQuery): TopicStat[] {
      const params = { ...common(query), type: query.type ?? null, actor: query.actor ?? null }
      const commitments = new Map(sql.topicCommitments.all(params).map((row) => [row.slug, row.commitments]))
      return sql.topicParagraphs.all(params).map((row) => ({ ...row, commitments: commitments.get(row.slug) ?? 0 }))
    },

    actors (query: ActorStatsQuery): ActorStat[] {
      return sql.actors.all({ ...common(query), type: query.type ?? null, topic: query.topic ?? null })
    },

    commitments (query: CommitmentStatsQuery): CommitmentStat[] {
      return sql.commitments.all({
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
