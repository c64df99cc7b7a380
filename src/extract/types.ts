// The shapes that flow through ingestion: text -> ParsedDocument (parse-document)
// -> Extraction (actors, topics, commitments) -> ExtractedDocument (written by
// the ingest repository). These are internal to the pipeline; the HTTP contract
// lives in src/schemas and is derived from the database, not from these types.
//
// Offsets: every `start`/`end` is a half-open range of JavaScript string indices
// (UTF-16 code units) into `ParsedDocument.sourceText`, the document text with a
// leading BOM removed and CRLF/CR line endings turned into LF. So
// `sourceText.slice(start, end) === text` holds for every paragraph, sentence,
// mention and commitment.

export const DOCUMENT_TYPES = ['statement', 'speech', 'press_release', 'daily_news', 'qanda', 'other'] as const
export type DocumentType = typeof DOCUMENT_TYPES[number]

export const PARAGRAPH_KINDS = ['salutation', 'heading', 'body', 'list_item', 'quote'] as const
export type ParagraphKind = typeof PARAGRAPH_KINDS[number]

export const ACTOR_TYPES = ['person', 'country', 'organisation', 'institution', 'group'] as const
export type ActorType = typeof ACTOR_TYPES[number]
/** The personal pronoun that stands for a person: "He will travel ...". */
export const PERSONAL_PRONOUNS = ['he', 'she'] as const
export type PersonalPronoun = typeof PERSONAL_PRONOUNS[number]

export const STATEMENT_ACTOR_ROLES = ['speaker', 'addressee', 'mentioned'] as const
export type StatementActorRole = typeof STATEMENT_ACTOR_ROLES[number]

export const MODALITIES = ['commitment', 'obligation', 'intention'] as const
export type Modality = typeof MODALITIES[number]

export const POLARITIES = ['positive', 'negative'] as const
export type Polarity = typeof POLARITIES[number]

/** A person named in the title or the metadata: "President von der Leyen". */
export interface NamedPerson {
  /** The name as written, without the title: "von der Leyen", "Ulf Kristersson". */
  name: string
  /** The title or role as written: "President", "NATO Secretary-General". */
  role: string | null
}

export interface PressContact {
  name: string
  phone: string | null
  email: string | null
}

export interface DocumentMetadata {
  /** Verbatim reference line: "STATEMENT/23/121", or null when the document has none. */
  reference: string | null
  type: DocumentType
  title: string | null
  /** A second title line or type line kept for display ("Daily News 08 / 07 / 2016"). */
  subtitle: string | null
  place: string | null
  /** ISO 8601 date (yyyy-mm-dd) or null. */
  date: string | null
  /** The speakers named in the title ("President von der Leyen"). */
  speakers: NamedPerson[]
  /** The other people named in the title, with their roles. */
  people: NamedPerson[]
  pressContacts: PressContact[]
  relatedDocuments: string[]
  relatedMedia: string[]
}

export interface SentenceSpan {
  /** 1-based position within its paragraph. */
  position: number
  text: string
  start: number
  end: number
}

export interface ParagraphSpan {
  /** 1-based position within the document. */
  position: number
  kind: ParagraphKind
  text: string
  start: number
  end: number
  sentences: SentenceSpan[]
}

export interface ParsedDocument {
  sourceText: string
  /** ISO 639-1 code ("en", "de"), or "und" when it cannot be told. */
  language: string
  metadata: DocumentMetadata
  paragraphs: ParagraphSpan[]
}

/** A canonical actor as the gazetteer (or the person recogniser) knows it. */
export interface ActorRecord {
  /** Stable slug: "russia", "jens-stoltenberg", "european-union". */
  id: string
  name: string
  type: ActorType
  aliases: string[]
  role: string | null
  /** ISO 3166-1 alpha-2, for countries only. */
  countryCode: string | null
  /**
   * For people: the actor id of the institution or country they speak for
   * ("european-commission" for its President). Used to resolve "we"/"I";
   * not stored.
   */
  affiliationId?: string | null
  /** For people: "he" or "she", when the gazetteer knows it; not stored. */
  pronoun?: PersonalPronoun
}

export interface Mention {
  actorId: string
  paragraphPosition: number
  sentencePosition: number
  start: number
  end: number
  /** The surface text: sourceText.slice(start, end). */
  text: string
}

export interface ActorExtraction {
  /** Every actor mentioned in the document, or speaking in it, once each. */
  actors: ActorRecord[]
  mentions: Mention[]
  /** The actor's role in this statement; an actor may hold several roles. */
  roles: Array<{ actorId: string, role: StatementActorRole }>
}

/** One entry of the topic taxonomy (data/topics.yaml). Areas have `area: null`. */
export interface TopicRecord {
  slug: string
  label: string
  /** Slug of the broader policy area, null for an area itself. */
  area: string | null
  description: string
  terms: string[]
  eurovoc: string | null
  capCode: number | null
}

export interface TopicMatch {
  slug: string
  score: number
  /** The terms that matched, as written in the text, deduplicated. */
  evidence: string[]
}

export interface ParagraphTopics {
  paragraphPosition: number
  topics: TopicMatch[]
}

export interface Timeframe {
  text: string
  /** ISO date (yyyy-mm-dd) when the phrase resolves against the document date. */
  date: string | null
}

export interface Commitment {
  paragraphPosition: number
  sentencePosition: number
  /** 1-based ordinal among the commitments of the same sentence. */
  clausePosition: number
  /** The whole sentence text and its span. */
  text: string
  start: number
  end: number
  /** The committing clause inside the sentence and its span. */
  clause: { text: string, start: number, end: number }
  /** Actor ids that hold the commitment (usually one, both for a joint EU-NATO "we"). */
  holderIds: string[]
  modality: Modality
  polarity: Polarity
  /** Lemma of the action verb: "strengthen", "keep", "discuss". */
  action: string
  object: string
  targetIds: string[]
  topicSlugs: string[]
  timeframe: Timeframe | null
  /** Name of the rule that fired, e.g. "we-will", "need-to", "look-forward-to". */
  rule: string
  confidence: number
}

export interface Extraction extends ActorExtraction {
  paragraphTopics: ParagraphTopics[]
  commitments: Commitment[]
}

/** Everything the ingest repository writes for one document. */
export interface ExtractedDocument extends ParsedDocument, Extraction {
  /** Statement id: "statement-23-121", or a slug of date + title. */
  id: string
  /** sha256 (hex) of sourceText encoded as UTF-8. */
  sha256: string
  extractorVersion: string
  sourceFile: string | null
  sourceUrl: string | null
}
