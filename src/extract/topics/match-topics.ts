import type { ParagraphSpan, SentenceSpan, TopicMatch } from '../types.js'
import { dropContained, hitsWithin, readText, type Hit, type Reading, type WordInfo } from './find-hits.js'
import { evidenceOf, scoreOf, tallyTopic } from './score-topics.js'
import type { Taxonomy } from './taxonomy.js'
import { buildTermIndex } from './term-index.js'
import { stemTextWord } from './tokens.js'

export interface MatchContext {
  /**
   * Slugs of the topics the document is about (from its title). Their weak
   * terms ("the deal", "partnership") suffice there: the title already said
   * which deal or partnership.
   */
  themes?: ReadonlySet<string>
}

/** A span of a text, relative to it; `portfolio` for an office's ("Commissioner for Defence and Space"). */
export interface NameSpan { start: number, end: number, portfolio?: true }

/**
 * The hits that are not strictly inside one of the names. A term inside a
 * name is no evidence: the "Bank" of "World Bank", the "Africa" of "South
 * Africa", the "Democratic" of "Democratic Republic of the Congo". A term
 * that is the whole name ("NATO", "China") still counts, and so do the
 * all_of groups, which name actors on purpose: the "Commission" of "the
 * European Commission" is the EU side of EU-NATO cooperation; but not in a
 * portfolio, which names no actor.
 */
function outsideNames (hits: Hit[], names: readonly NameSpan[]): Hit[] {
  return hits.filter((hit) => !names.some((name) => (hit.term.group === -1 || name.portfolio === true) &&
    hit.start >= name.start && hit.end <= name.end && hit.end - hit.start < name.end - name.start))
}

// After an all_of group's word: a capitalised "of" or "for" phrase that carries it on.
const CARRIED_ON = /\s+(?:of|for)\s+\p{Lu}/uy
const ARTICLE_BEFORE = /(?:^|\s)the\s$/iu
// Before it: "the" and up to four capitalised words, which it ends.
const NAME_BEFORE = /(?:^|\s)[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}$/u

/**
 * The hits but an all_of group's capitalised word that heads another name
 * after "the", as the actor scan reads it: "the Alliance of Small Island
 * States" and "the Alliance for Renewable Energy" are no NATO, "the Union of
 * Skills" no Union; nor one that ends another name: "the Critical Medicines
 * Alliance" or "the European Clean Hydrogen Alliance" is no NATO either, when
 * the group writes the word as a name ("Alliance", not "loan": "the
 * Reparations Loan" is a loan); a group lists the names its word does end,
 * "Atlantic Alliance", "European Commission", as phrases. An acronym is a
 * name of its own ("the EU for Ukraine").
 */
function withoutNameHeads (text: string, hits: Hit[]): Hit[] {
  return hits.filter((hit) => {
    if (hit.term.group === -1 || hit.first !== hit.last) return true
    const word = text.slice(hit.start, hit.end)
    if (!/^\p{Lu}\p{Ll}/u.test(word)) return true
    const before = text.slice(Math.max(0, hit.start - 80), hit.start)
    if (ARTICLE_BEFORE.test(before.slice(-4))) {
      CARRIED_ON.lastIndex = hit.end
      return !CARRIED_ON.test(text)
    }
    return !hit.term.name || !NAME_BEFORE.test(before)
  })
}

/**
 * The topics of one document's paragraphs and of sentences in them, each
 * paragraph read once: a sentence's topics come from its paragraph's reading
 * (see hitsWithin), the same as reading the sentence on its own.
 */
export interface DocumentTopics {
  paragraph: (text: string, context?: MatchContext) => TopicMatch[]
  sentence: (sentence: SentenceSpan, paragraph: ParagraphSpan) => TopicMatch[]
}

export type TopicMatcher = ((text: string, context?: MatchContext) => TopicMatch[]) & {
  /**
   * A fresh per-document reader; it keeps each paragraph's reading until
   * dropped. `names` gives, by paragraph text, the spans of the bodies and
   * countries it names, whose inner words are no evidence (outsideNames).
   */
  forDocument: (names?: ReadonlyMap<string, readonly NameSpan[]>) => DocumentTopics
}

interface Fired {
  weight: number
  hits: Hit[]
  evidence?: string[]
}

const WORD_CACHE_LIMIT = 50_000

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

  // Documents repeat their vocabulary: each distinct word is stemmed and looked
  // up once, then remembered (bounded, so a long ingestion cannot grow it forever).
  const words = new Map<string, WordInfo>()
  function analyse (word: string): WordInfo {
    let info = words.get(word)
    if (info === undefined) {
      if (words.size > WORD_CACHE_LIMIT) words.clear()
      const stem = stemTextWord(word, index.acronyms)
      info = { stem, node: index.roots.get(stem) }
      words.set(word, info)
    }
    return info
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

  /** `hits` lie in `text` (its offsets), already without contained ones. */
  function topicsOf (text: string, hits: Hit[], context: MatchContext | undefined): TopicMatch[] {
    const byTopic = new Map<number, Hit[]>()
    for (const hit of hits) {
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
    const matches: TopicMatch[] = []
    const areas = new Map<number, { score: number, sources: Fired[] }>()
    for (const [topic, result] of fired) {
      const score = scoreOf(result.weight)
      const area = parentOf[topic] ?? -1
      if (area !== -1) {
        result.evidence = evidenceOf(text, result.hits)
        matches.push({ slug: index.slugs[topic] ?? '', score, evidence: result.evidence })
      }
      const target = area === -1 ? topic : area
      const entry = areas.get(target)
      if (entry === undefined) areas.set(target, { score, sources: [result] })
      else {
        entry.score = Math.max(entry.score, score)
        entry.sources.push(result)
      }
    }
    for (const [area, { score, sources }] of areas) {
      const single = sources.length === 1 ? sources[0]?.evidence : undefined
      const evidence = single !== undefined ? [...single] : evidenceOf(text, sources.flatMap((source) => source.hits))
      matches.push({ slug: index.slugs[area] ?? '', score, evidence })
    }
    return matches.sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  }

  const matchTopics = (text: string, context?: MatchContext): TopicMatch[] =>
    topicsOf(text, dropContained(withoutNameHeads(text, readText(text, analyse).hits)), context)

  function forDocument (names: ReadonlyMap<string, readonly NameSpan[]> = new Map()): DocumentTopics {
    const readings = new Map<string, Reading>()
    const read = (text: string): Reading => {
      let reading = readings.get(text)
      if (reading === undefined) {
        reading = readText(text, analyse)
        reading.hits = withoutNameHeads(text, reading.hits)
        // Masked once here, the paragraph and each of its sentences read the same hits.
        const spans = names.get(text)
        if (spans !== undefined && spans.length > 0) reading.hits = outsideNames(reading.hits, spans)
        readings.set(text, reading)
      }
      return reading
    }
    return {
      paragraph: (text, context) => topicsOf(text, dropContained(read(text).hits), context),
      sentence: (sentence, paragraph) => {
        const from = sentence.start - paragraph.start
        const hits = from >= 0 && paragraph.text.startsWith(sentence.text, from)
          ? hitsWithin(read(paragraph.text), from, from + sentence.text.length)
          : null
        return hits === null ? matchTopics(sentence.text) : topicsOf(paragraph.text, hits, undefined)
      }
    }
  }

  return Object.assign(matchTopics, { forDocument })
}

export { topicsForParagraphs, aggregateTopics } from './paragraph-topics.js'
