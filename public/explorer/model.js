// Pure functions shared by the explorer and the embeds: no DOM, no fetch, so
// Node tests can import them directly and the browser needs no build step.

export const MODALITIES = ['commitment', 'obligation', 'intention']

const FILTER_KEYS = ['statement', 'q', 'topic', 'modality', 'actor']

/** Reads the view state from a location hash such as `#statement=x&topic=y`. */
export function parseHash (hash) {
  const params = new URLSearchParams(String(hash ?? '').replace(/^#/, ''))
  const state = {}
  for (const key of FILTER_KEYS) {
    const value = params.get(key)
    if (value !== null && value !== '') state[key] = value
  }
  return state
}

/** Writes the view state as a hash; empty values are left out so links stay short. */
export function formatHash (state) {
  const params = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const value = state[key]
    if (typeof value === 'string' && value !== '') params.set(key, value)
  }
  const text = params.toString()
  return text === '' ? '' : `#${text}`
}

/** Keeps the commitments that match every filter set in `filters`. */
export function filterCommitments (commitments, filters) {
  return commitments.filter((item) => {
    if (filters.modality && item.modality !== filters.modality) return false
    if (filters.topic && !item.topics.some((topic) => topic.slug === filters.topic)) return false
    if (filters.actor && item.holder?.id !== filters.actor && !item.targets.some((target) => target.id === filters.actor)) return false
    return true
  })
}

/** The distinct topics and actors found in commitments, for the filter menus. */
export function commitmentFacets (commitments) {
  const topics = new Map()
  const actors = new Map()
  for (const item of commitments) {
    for (const topic of item.topics) topics.set(topic.slug, topic.label)
    if (item.holder) actors.set(item.holder.id, item.holder.name)
    for (const target of item.targets) actors.set(target.id, target.name)
  }
  const sorted = (map) => [...map].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label))
  return { topics: sorted(topics), actors: sorted(actors) }
}

/** Counts the paragraphs tagged with each topic, most frequent first. */
export function topicCounts (paragraphs) {
  const counts = new Map()
  for (const paragraph of paragraphs) {
    for (const topic of paragraph.topics) {
      const entry = counts.get(topic.slug) ?? { slug: topic.slug, label: topic.label, paragraphs: 0 }
      entry.paragraphs += 1
      counts.set(topic.slug, entry)
    }
  }
  return [...counts.values()].sort((a, b) => b.paragraphs - a.paragraphs || a.label.localeCompare(b.label))
}

// Cuts [from, to) of `text` (paragraph-relative offsets) into plain text and
// actor mentions. A mention that crosses the range edge is clipped, so the
// pieces always add up to the original text.
function mentionPieces (text, from, to, mentions) {
  const pieces = []
  let cursor = from
  for (const mention of mentions) {
    const start = Math.max(mention.start, cursor)
    const end = Math.min(mention.end, to)
    if (end <= start) continue
    if (start > cursor) pieces.push({ type: 'text', text: text.slice(cursor, start) })
    pieces.push({ type: 'mention', actorId: mention.actor_id, text: text.slice(start, end) })
    cursor = end
  }
  if (cursor < to) pieces.push({ type: 'text', text: text.slice(cursor, to) })
  return pieces
}

/**
 * Splits a paragraph into nodes to highlight: commitment clauses containing
 * actor mentions, and plain text. A commitment's `clause` (the committing
 * part of its sentence) is highlighted, or the whole sentence when there is
 * no clause. The API's offsets point into the whole document, so the
 * paragraph's own `start` is subtracted; spans outside the paragraph are ignored.
 */
export function segmentParagraph (paragraph, commitments = []) {
  const { text } = paragraph
  const local = (span) => ({ start: Math.max(0, span.start - paragraph.start), end: Math.min(text.length, span.end - paragraph.start) })
  const mentions = paragraph.mentions
    .map((mention) => ({ ...mention, ...local(mention) }))
    .filter((mention) => mention.end > mention.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)

  // Commitments whose clauses overlap (several in one sentence) share one
  // highlight that lists them all, so no clause is lost or drawn twice.
  const spans = commitments
    .map((item) => ({ ...local(item.clause ?? item), item }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const clauses = []
  for (const span of spans) {
    const last = clauses.at(-1)
    if (last !== undefined && span.start < last.end) {
      last.end = Math.max(last.end, span.end)
      last.commitments.push(span.item)
    } else {
      clauses.push({ start: span.start, end: span.end, commitments: [span.item] })
    }
  }

  const nodes = []
  let cursor = 0
  for (const clause of clauses) {
    nodes.push(...mentionPieces(text, cursor, clause.start, mentions))
    nodes.push({ type: 'commitment', commitments: clause.commitments, children: mentionPieces(text, clause.start, clause.end, mentions) })
    cursor = clause.end
  }
  nodes.push(...mentionPieces(text, cursor, text.length, mentions))
  return nodes
}
