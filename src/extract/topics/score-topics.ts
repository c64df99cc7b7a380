import type { Hit } from './find-hits.js'

/** What the hits of one topic add up to. */
export interface TopicTally {
  /** Summed weight of distinct terms, complete all_of groups included. */
  core: number
  weak: number
  coreHits: Hit[]
  weakHits: Hit[]
}

export function tallyTopic (hits: Hit[], groupCount: number): TopicTally {
  const counted = new Set<number>()
  const groupsHit = new Set<number>()
  let core = 0
  let weak = 0
  let group = 0
  const coreHits: Hit[] = []
  const weakHits: Hit[] = []
  const groupHits: Hit[] = []
  for (const hit of hits) {
    const { term } = hit
    const fresh = !counted.has(term.id)
    counted.add(term.id)
    if (term.kind === 'term') {
      if (fresh) core += term.weight
      coreHits.push(hit)
    } else if (term.kind === 'weak') {
      if (fresh) weak += term.weight
      weakHits.push(hit)
    } else {
      if (fresh) group += term.weight
      groupsHit.add(term.group)
      groupHits.push(hit)
    }
  }
  // Co-occurrence counts only when every group is present.
  if (groupCount > 0 && groupsHit.size === groupCount) {
    core += group
    coreHits.push(...groupHits)
  }
  return { core, weak, coreHits, weakHits }
}

/**
 * Scores are 1 - exp(-weight / 2): one single-word term 0.39, one phrase or
 * two words 0.63, four words' weight 0.86; always in (0, 1). Summing weights
 * and combining scores as 1 - prod(1 - s) are the same rule, which is what
 * aggregateTopics does across paragraphs.
 */
export function scoreOf (weight: number): number {
  return Math.round((1 - Math.exp(-weight / 2)) * 10000) / 10000
}

/** Surface strings as written, first spelling of each, in text order. */
export function evidenceOf (text: string, hits: Hit[]): string[] {
  const sorted = hits.length > 1 ? [...hits].sort((a, b) => a.start - b.start || b.end - a.end) : hits
  const seen = new Set<string>()
  const evidence: string[] = []
  let lastStart = -1
  let lastEnd = -1
  for (const hit of sorted) {
    // The same span found by two terms is one piece of evidence.
    if (hit.start === lastStart && hit.end === lastEnd) continue
    lastStart = hit.start
    lastEnd = hit.end
    const surface = text.slice(hit.start, hit.end)
    const key = surface.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    evidence.push(surface)
  }
  return evidence
}
