import type { Database } from 'better-sqlite3'
import type { Topic, TopicNode } from '../schemas/topics.js'

type TopicRow = Omit<Topic, 'terms'> & { terms: string }

export function createTopicsRepository (db: Database) {
  // Counting through the area link makes an area's count cover its fine
  // topics, each paragraph once; a fine topic has no narrower topics.
  const columns = `t.slug, t.label, t.area, t.description, t.terms, t.eurovoc, t.cap_code,
    (SELECT count(DISTINCT pt.paragraph_seq) FROM paragraph_topics pt JOIN topics n ON n.slug = pt.topic_slug
      WHERE n.slug = t.slug OR n.area = t.slug) AS paragraph_count,
    (SELECT count(DISTINCT ct.commitment_id) FROM commitment_topics ct JOIN topics n ON n.slug = ct.topic_slug
      WHERE n.slug = t.slug OR n.area = t.slug) AS commitment_count`
  const all = db.prepare<[], TopicRow>(`SELECT ${columns} FROM topics t ORDER BY t.position, t.slug`)
  // One topic and, for an area, its fine topics: counting every topic of the
  // taxonomy (about 0.15 s at 10,000 statements) to answer for one, or to
  // answer 404 for an unknown slug, which no cache keeps, was a cheap way to
  // keep the server busy.
  const withNarrower = db.prepare<{ slug: string }, TopicRow>(
    `SELECT ${columns} FROM topics t WHERE t.slug = @slug OR t.area = @slug ORDER BY t.position, t.slug`)

  const toTopic = (row: TopicRow): Topic => ({ ...row, terms: JSON.parse(row.terms) as string[] })

  function tree (): TopicNode[] {
    const topics = all.all().map(toTopic)
    const nodes = topics.filter((topic) => topic.area === null).map((area): TopicNode => ({
      ...area,
      topics: topics.filter((topic) => topic.area === area.slug)
    }))
    return nodes
  }

  return {
    tree,
    /** The topic as tree() would give it: an area with its fine topics, a fine topic with none. */
    findBySlug (slug: string): TopicNode | undefined {
      const topics = withNarrower.all({ slug }).map(toTopic)
      const topic = topics.find((candidate) => candidate.slug === slug)
      if (topic === undefined) return undefined
      return { ...topic, topics: topic.area === null ? topics.filter((narrower) => narrower.area === slug) : [] }
    }
  }
}

export type TopicsRepository = ReturnType<typeof createTopicsRepository>
