import type { Database } from 'better-sqlite3'
import type { Topic, TopicNode } from '../schemas/topics.js'

type TopicRow = Omit<Topic, 'terms'> & { terms: string }

export function createTopicsRepository (db: Database) {
  // Counting through the area link makes an area's count cover its fine
  // topics, each paragraph once; a fine topic has no narrower topics.
  const all = db.prepare<[], TopicRow>(`SELECT t.slug, t.label, t.area, t.description, t.terms, t.eurovoc, t.cap_code,
    (SELECT count(DISTINCT pt.paragraph_seq) FROM paragraph_topics pt JOIN topics n ON n.slug = pt.topic_slug
      WHERE n.slug = t.slug OR n.area = t.slug) AS paragraph_count,
    (SELECT count(DISTINCT ct.commitment_id) FROM commitment_topics ct JOIN topics n ON n.slug = ct.topic_slug
      WHERE n.slug = t.slug OR n.area = t.slug) AS commitment_count
    FROM topics t ORDER BY t.position, t.slug`)

  function tree (): TopicNode[] {
    const topics = all.all().map((row): Topic => ({ ...row, terms: JSON.parse(row.terms) as string[] }))
    const nodes = topics.filter((topic) => topic.area === null).map((area): TopicNode => ({
      ...area,
      topics: topics.filter((topic) => topic.area === area.slug)
    }))
    return nodes
  }

  return {
    tree,
    findBySlug (slug: string): TopicNode | undefined {
      for (const area of tree()) {
        if (area.slug === slug) return area
        const topic = area.topics.find((candidate) => candidate.slug === slug)
        if (topic !== undefined) return { ...topic, topics: [] }
      }
      return undefined
    }
  }
}

export type TopicsRepository = ReturnType<typeof createTopicsRepository>
