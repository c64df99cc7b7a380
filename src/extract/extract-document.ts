import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATA_DIR } from '../paths.js'
import { loadGazetteer, type Gazetteer } from './actors/gazetteer.js'
import { extractActors } from './actors/extract-actors.js'
import { namesNoGuest } from './actors/resolve.js'
import { scanText } from './actors/scan.js'
import { extractCommitments } from './commitments/extract-commitments.js'
import { statementIdFor } from './ids.js'
import { parseDocument } from './parse-document.js'
import { createTopicMatcher, topicsForParagraphs, type NameSpan } from './topics/match-topics.js'
import { loadTaxonomy, type Taxonomy } from './topics/taxonomy.js'
import type { ActorExtraction, ActorRecord, Commitment, DocumentMetadata, ExtractedDocument, Extraction, ParsedDocument, TopicRecord } from './types.js'

/**
 * Bumped when the rules in code change. The data files are hashed into the
 * full version, so editing the taxonomy or the gazetteer also makes the next
 * ingestion re-extract documents whose text did not change.
 */
export const EXTRACTOR_CODE_VERSION = '190'

/** Data files whose content changes what is extracted. */
const RULE_FILES = ['actors.yaml', 'topics.yaml', 'modal-patterns.yaml']

export interface ExtractorResources {
  gazetteer?: Gazetteer
  taxonomy?: Taxonomy
  /** Overrides the computed version (tests). */
  version?: string
}

export interface DocumentSource {
  sourceFile?: string | null
  sourceUrl?: string | null
}

export type Extractor = ((raw: string, source?: DocumentSource) => ExtractedDocument) & {
  readonly taxonomy: TopicRecord[]
  readonly version: string
}

/**
 * Extraction is only defined for English; a document detected as another
 * language keeps its paragraphs and metadata and gets no made-up extraction.
 * Text too short to tell ('und') is given the benefit of the doubt.
 */
const NO_EXTRACTION: Extraction = { actors: [], mentions: [], roles: [], paragraphTopics: [], commitments: [] }

export function sha256 (text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

function rulesFingerprint (): string {
  const hash = createHash('sha256')
  for (const file of RULE_FILES) {
    try {
      hash.update(file).update(readFileSync(join(DATA_DIR, file)))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return hash.digest('hex').slice(0, 8)
}

/**
 * A commitment's holder can be an actor the text never names: "we" in a
 * statement by President Michel is the European Union, "I" the European
 * Council. Such actors join the document's actors (without a role, as they
 * are not mentioned), so that every id a commitment refers to is described.
 */
function withImpliedActors (actors: ActorRecord[], commitments: Commitment[], gazetteer: Gazetteer): ActorRecord[] {
  const known = new Set(actors.map((actor) => actor.id))
  const implied: ActorRecord[] = []
  for (const commitment of commitments) {
    for (const id of [...commitment.holderIds, ...commitment.targetIds]) {
      const record = known.has(id) ? undefined : gazetteer.actors.get(id)
      if (record === undefined) continue
      known.add(id)
      implied.push(record)
    }
  }
  return implied.length === 0 ? actors : [...actors, ...implied]
}

// An office and its portfolio: "Commissioner for Health and Food Safety",
// "Commissioner for Defence and Space", "Minister of Foreign Affairs"; a
// semicolon joins a Commissioner's two portfolios: "Commissioner for Economy
// and Productivity; Implementation and Simplification".
const OFFICES = ['Commissioner', 'Vice-President', 'Minister', 'Secretary']
const PORTFOLIO = new RegExp(`\\b(?:${OFFICES.join('|')})\\s+(?:for|of)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:(?:[,;]\\s*|\\s+and\\s+|\\s+(?:of|for|the|in)\\s+|\\s+)\\p{Lu}[\\p{L}-]*)*`, 'gu')

/**
 * By paragraph text, the spans (relative to it) of the bodies and countries
 * it names, and of the portfolios in its people's titles: a Commissioner's
 * "Food Safety" or "Space" tells whose office it is, not what the paragraph is about.
 */
function bodyNamesByParagraph (doc: ParsedDocument, actors: ActorExtraction): Map<string, NameSpan[]> {
  const people = new Set(actors.actors.filter((actor) => actor.type === 'person').map((actor) => actor.id))
  const names = new Map<string, NameSpan[]>()
  const add = (text: string, span: NameSpan): void => {
    const spans = names.get(text)
    if (spans === undefined) names.set(text, [span])
    else spans.push(span)
  }
  for (const mention of actors.mentions) {
    const paragraph = doc.paragraphs[mention.paragraphPosition - 1]
    if (paragraph?.position !== mention.paragraphPosition || people.has(mention.actorId)) continue
    add(paragraph.text, { start: mention.start - paragraph.start, end: mention.end - paragraph.start })
  }
  for (const paragraph of doc.paragraphs) {
    // The expression only where one of its offices is named: most paragraphs name none.
    if (!OFFICES.some((office) => paragraph.text.includes(office))) continue
    for (const portfolio of paragraph.text.matchAll(PORTFOLIO)) add(paragraph.text, { start: portfolio.index, end: portfolio.index + portfolio[0].length, portfolio: true })
  }
  return names
}

/**
 * The title's people without the bodies and companies it names after "with" ("the
 * agreement with Mercosur", "the contract with AstraZeneca"): the title parser knows no actors, the gazetteer does.
 */
function withoutBodiesAsPeople (metadata: DocumentMetadata, gazetteer: Gazetteer): DocumentMetadata {
  const people = metadata.people.filter((person) => person.role !== null || !namesNoGuest(person.name, gazetteer))
  return people.length === metadata.people.length ? metadata : { ...metadata, people }
}

/**
 * The actors for the commitments' readers: the document's, and the bodies and countries its title names that its
 * text does not ("Statement by President von der Leyen at the press conference following the EU-China Summit",
 * whose text may never name the Union or China), as the title's readers (holders.ts) find the parties there. They
 * get no mention and no role: the title is no paragraph.
 */
function withTitleBodies (actors: ActorExtraction, title: string | null, gazetteer: Gazetteer): ActorExtraction {
  if (title === null) return actors
  const known = new Set(actors.actors.map((actor) => actor.id))
  const added: ActorRecord[] = []
  for (const hit of scanText(title, 0, title, gazetteer)) {
    const record = hit.kind === 'actor' && !known.has(hit.actorId) ? gazetteer.actors.get(hit.actorId) : undefined
    if (record === undefined || record.type === 'person') continue
    known.add(record.id)
    added.push(record)
  }
  return added.length === 0 ? actors : { ...actors, actors: [...actors.actors, ...added] }
}

/**
 * Loads the gazetteer and the taxonomy once and returns the function that
 * turns a document's raw text into everything the statement writer stores.
 * The returned function is pure with respect to its input.
 */
export function createExtractor (resources: ExtractorResources = {}): Extractor {
  const gazetteer = resources.gazetteer ?? loadGazetteer()
  const taxonomy = resources.taxonomy ?? loadTaxonomy()
  const matchTopics = createTopicMatcher(taxonomy)
  const version = resources.version ?? `${EXTRACTOR_CODE_VERSION}+${rulesFingerprint()}`

  function extractEnglish (parsed: ParsedDocument): Extraction {
    const actors = extractActors(parsed, gazetteer)
    // Commitments take the topics of their sentences from the paragraphs'
    // readings. Words inside the name of a body or a country are no topic
    // terms; a person's mention keeps its title, which tells the portfolio
    // ("High Representative", "Trade Commissioner").
    const topics = matchTopics.forDocument(bodyNamesByParagraph(parsed, actors))
    const commitments = extractCommitments(parsed, withTitleBodies(actors, parsed.metadata.title, gazetteer), topics.sentence)
    return {
      ...actors,
      actors: withImpliedActors(actors.actors, commitments, gazetteer),
      paragraphTopics: topicsForParagraphs(parsed, topics.paragraph),
      commitments
    }
  }

  const extract = (raw: string, source: DocumentSource = {}): ExtractedDocument => {
    const parsed = parseDocument(raw)
    const hash = sha256(parsed.sourceText)
    const english = parsed.language === 'en' || parsed.language === 'und'
    return {
      ...parsed,
      ...(english ? { metadata: withoutBodiesAsPeople(parsed.metadata, gazetteer) } : {}),
      ...(english ? extractEnglish(parsed) : NO_EXTRACTION),
      id: statementIdFor(parsed.metadata, hash),
      sha256: hash,
      extractorVersion: version,
      sourceFile: source.sourceFile ?? null,
      sourceUrl: source.sourceUrl ?? null
    }
  }
  return Object.assign(extract, { taxonomy: taxonomy.topics, version })
}
