import type { ParagraphTopics, ParsedDocument, TopicMatch } from '../types.js'
import type { MatchContext } from './match-topics.js'

type MatchText = (text: string, context?: MatchContext) => TopicMatch[]

// The taxonomy is English; other languages get paragraphs without topics rather
// than matches on the odd shared word ("NATO", "Ukraine").
const MATCHED_LANGUAGES = new Set(['en', 'und'])

function documentThemes (doc: ParsedDocument, matchTopics: MatchText): Set<string> {
  const heading = [doc.metadata.title, doc.metadata.subtitle].filter((line) => line !== null).join('\n')
  return new Set(heading === '' ? [] : matchTopics(heading).map((match) => match.slug))
}

/** Topics of every paragraph, in order; salutations ("Dear Jens,") get none. */
export function topicsForParagraphs (doc: ParsedDocument, matchTopics: MatchText): ParagraphTopics[] {
  const english = MATCHED_LANGUAGES.has(doc.language)
  const themes = english ? documentThemes(doc, matchTopics) : new Set<string>()
  return doc.paragraphs.map((paragraph) => ({
    paragraphPosition: paragraph.position,
    topics: english && paragraph.kind !== 'salutation' ? matchTopics(paragraph.text, { themes }) : []
  }))
}

/**
 * Statement-level topics: scores combine as 1 - prod(1 - s) over paragraphs,
 * the same as summing the paragraphs' term weights (see scoreOf), so a topic
 * found in many paragraphs outranks one found once. Evidence is merged in
 * paragraph order without repeats.
 */
export function aggregateTopics (paragraphTopics: ParagraphTopics[]): TopicMatch[] {
  const merged = new Map<string, { miss: number, evidence: string[], seen: Set<string> }>()
  for (const paragraph of paragraphTopics) {
    for (const topic of paragraph.topics) {
      let entry = merged.get(topic.slug)
      if (entry === undefined) {
        entry = { miss: 1, evidence: [], seen: new Set() }
        merged.set(topic.slug, entry)
      }
      entry.miss *= 1 - topic.score
      for (const surface of topic.evidence) {
        const key = surface.toLowerCase()
        if (!entry.seen.has(key)) {
          entry.seen.add(key)
          entry.evidence.push(surface)
        }
      }
    }
  }
  return Array.from(merged, ([slug, entry]) => ({
    slug,
    score: Math.round((1 - entry.miss) * 10000) / 10000,
    evidence: entry.evidence
  })).sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
}
