import type { TopicMatch } from '../types.js'
import { findHits, type Hit } from './find-hits.js'
import { evidenceOf, scoreOf, tallyTopic } from './score-topics.js'
import type { Taxonomy } from './taxonomy.js'
import { buildTermIndex } from './term-index.js'
import { stemWord, tokenize } from './tokens.js'

export interface MatchContext {
  /**
   * Slugs of the topics the document is about (from its title). Their weak
   * terms ("the deal", "partnership") suffice there: the title already said
   * which deal or partnership.
   */
  themes?: ReadonlySet<string>
}

export type TopicMatcher = (text: string, context?: MatchContext) => TopicMatch[]

interface Fired {
  weight: number
  hits: Hit[]
}

const STEM_CACHE_LIMIT = 50_000

/**
 * Compiles the taxonomy once into a stem lookup; each call is then linear in
 * the text. A fine topic matches when its terms weigh at least its min_score
 * (or all its all_of groups are present, or it is a theme of the document).
 * An area matches when its own terms do or any of its fine topics does, with
 * the highest of those scores and all their evidence.
 */
export function createTopicMatcher (taxonomy: Taxonomy): TopicMatcher {
  const index = buildTermIndex(taxonomy)
  const { topics } = taxonomy
  const rules = topics.map((topic) => taxonomy.rules.get(topic.slug))
  const areaIndex = new Map(topics.map((topic, i) => [topic.slug, i]))
  const parentOf = topics.map((topic) => topic.area === null ? -1 : areaIndex.get(topic.area) ?? -1)

  // Documents repeat their vocabulary; remembering stems halves the cost.
  const stems = new Map<string, string>()
  const stem = (word: string): string => {
    let cached = stems.get(word)
    if (cached === undefined) {
      if (stems.size > STEM_CACHE_LIMIT) stems.clear()
      cached = stemWord(word)
      stems.set(word, cached)
    }
    return cached
  }

  const fireTopic = (topic: number, hits: Hit[], themes: ReadonlySet<string> | undefined): Fired | null => {
    const rule = rules[topic]
    const slug = index.slugs[topic]
    if (rule === undefined || slug === undefined) return null
    const tally = tallyTopic(hits, rule.allOf.length)
    if (tally.core >= rule.minScore) return { weight: tally.core + tally.weak, hits: [...tally.coreHits, ...tally.weakHits] }
    if (tally.core + tally.weak > 0 && themes?.has(slug) === true) {
      return { weight: tally.core + tally.weak, hits: [...tally.coreHits, ...tally.weakHits] }
    }
    return null
  }

  return (text, context) => {
    const byTopic = new Map<number, Hit[]>()
    for (const hit of findHits(tokenize(text, stem), index)) {
      const list = byTopic.get(hit.term.topic)
      if (list === undefined) byTopic.set(hit.term.topic, [hit])
      else list.push(hit)
    }
    const fired = new Map<number, Fired>()
    for (const [topic, hits] of byTopic) {
      const result = fireTopic(topic, hits, context?.themes)
      if (result !== null) fired.set(topic, result)
    }
    // Areas: their own signal, raised to the best of their fine topics.
    const areas = new Map<number, { score: number, hits: Hit[] }>()
    for (const [topic, result] of fired) {
      const area = parentOf[topic] ?? -1
      const target = area === -1 ? topic : area
      const score = scoreOf(result.weight)
      const entry = areas.get(target)
      if (entry === undefined) areas.set(target, { score, hits: [...result.hits] })
      else {
        entry.score = Math.max(entry.score, score)
        entry.hits.push(...result.hits)
      }
    }
    const matches: TopicMatch[] = []
    for (const [topic, result] of fired) {
      if (parentOf[topic] !== -1) matches.push(toMatch(index.slugs[topic], scoreOf(result.weight), text, result.hits))
    }
    for (const [area, entry] of areas) matches.push(toMatch(index.slugs[area], entry.score, text, entry.hits))
    return matches.sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  }
}

function toMatch (slug: string | undefined, score: number, text: string, hits: Hit[]): TopicMatch {
  return { slug: slug ?? '', score, evidence: evidenceOf(text, hits) }
}

export { topicsForParagraphs, aggregateTopics } from './paragraph-topics.js'
