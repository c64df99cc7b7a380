import type { ActorType, DocumentMetadata, ExtractedDocument, Modality, ParagraphKind, Polarity, StatementActorRole } from '../extract/types.js'

// A text that is the source text's slice [start, end) is carried as null and
// sliced again by the writer: ExtractedDocument promises that it always is,
// but a text that ever differs is kept as it is rather than lost.

/** The statements row, as the writer's insert names its parameters. */
export type StatementColumns = Pick<DocumentMetadata, 'reference' | 'type' | 'title' | 'subtitle' | 'place' | 'date'> & {
  id: string
  language: string
  /** JSON arrays, as stored. */
  speakers: string
  people: string
  press_contacts: string
  related_documents: string
  related_media: string
  source_file: string | null
  source_url: string | null
  source_sha256: string
  source_text: string
  extractor_version: string
}

export type ActorRow = [id: string, name: string, type: ActorType, role: string | null, countryCode: string | null, aliases: string[]]
export type RoleRow = [actorId: string, role: StatementActorRole]
/** `sentences` is the JSON array of [start, end] pairs that migration 004 stores. */
export type ParagraphRow = [position: number, kind: ParagraphKind, text: string | null, start: number, end: number, sentences: string]
export type MentionRow = [paragraph: number, sentence: number, actorId: string, start: number, end: number, text: string | null]
/** `evidence` is the JSON array of matched terms, as stored. */
export type ParagraphTopicRow = [paragraph: number, slug: string, score: number, evidence: string]
export type CommitmentRow = [
  paragraph: number, sentence: number, clause: number,
  text: string | null, start: number, end: number,
  clauseText: string | null, clauseStart: number, clauseEnd: number,
  modality: Modality, polarity: Polarity, action: string, object: string,
  timeframeText: string | null, timeframeDate: string | null, rule: string, confidence: number,
  holderIds: string[], targetIds: string[], topicSlugs: string[]
]

/**
 * A document as the writer stores it: each table's rows as tuples of column
 * values, every JSON column already serialised. Ingestion builds these in
 * its extraction worker and sends them to the writing thread. Copying an
 * ExtractedDocument between threads meant copying about 300 small objects
 * and their property names: receiving one took about 0.11 ms of the writing
 * thread, and its rows about 0.04 ms (a MessageChannel measurement over
 * 2,000 bench documents).
 */
export interface StatementRows {
  statement: StatementColumns
  actors: ActorRow[]
  roles: RoleRow[]
  paragraphs: ParagraphRow[]
  mentions: MentionRow[]
  paragraphTopics: ParagraphTopicRow[]
  commitments: CommitmentRow[]
}

export function toStatementRows (doc: ExtractedDocument): StatementRows {
  const source = doc.sourceText
  const unlessSlice = (text: string, start: number, end: number): string | null => source.slice(start, end) === text ? null : text
  const { metadata } = doc
  return {
    statement: {
      id: doc.id,
      reference: metadata.reference,
      type: metadata.type,
      title: metadata.title,
      subtitle: metadata.subtitle,
      place: metadata.place,
      date: metadata.date,
      language: doc.language,
      speakers: JSON.stringify(metadata.speakers),
      people: JSON.stringify(metadata.people),
      press_contacts: JSON.stringify(metadata.pressContacts),
      related_documents: JSON.stringify(metadata.relatedDocuments),
      related_media: JSON.stringify(metadata.relatedMedia),
      source_file: doc.sourceFile,
      source_url: doc.sourceUrl,
      source_sha256: doc.sha256,
      source_text: source,
      extractor_version: doc.extractorVersion
    },
    actors: doc.actors.map((actor) => [actor.id, actor.name, actor.type, actor.role, actor.countryCode, actor.aliases]),
    roles: doc.roles.map(({ actorId, role }) => [actorId, role]),
    paragraphs: doc.paragraphs.map((paragraph) => [paragraph.position, paragraph.kind,
      unlessSlice(paragraph.text, paragraph.start, paragraph.end), paragraph.start, paragraph.end,
      JSON.stringify(paragraph.sentences.map((sentence) => [sentence.start, sentence.end]))]),
    mentions: doc.mentions.map((mention) => [mention.paragraphPosition, mention.sentencePosition, mention.actorId,
      mention.start, mention.end, unlessSlice(mention.text, mention.start, mention.end)]),
    paragraphTopics: doc.paragraphTopics.flatMap(({ paragraphPosition, topics }) =>
      topics.map((topic): ParagraphTopicRow => [paragraphPosition, topic.slug, topic.score, JSON.stringify(topic.evidence)])),
    commitments: doc.commitments.map((commitment) => [
      commitment.paragraphPosition, commitment.sentencePosition, commitment.clausePosition,
      unlessSlice(commitment.text, commitment.start, commitment.end), commitment.start, commitment.end,
      unlessSlice(commitment.clause.text, commitment.clause.start, commitment.clause.end), commitment.clause.start, commitment.clause.end,
      commitment.modality, commitment.polarity, commitment.action, commitment.object,
      commitment.timeframe?.text ?? null, commitment.timeframe?.date ?? null, commitment.rule, commitment.confidence,
      commitment.holderIds, commitment.targetIds, commitment.topicSlugs
    ])
  }
}

/**
 * The first reference of a document's rows that points at nothing, described
 * for the report, or null when every one resolves: each mention, role, holder
 * and target names an actor of the document's own list, each mention,
 * commitment and paragraph topic sits in one of its paragraphs, and each
 * topic slug is one of `topicSlugs` (the stored taxonomy). The writer checks
 * this before it writes anything, so that batch ingestion can run with
 * SQLite's foreign-key enforcement off (src/ingest/ingest-paths.ts): the
 * rows are in one place and the check costs a few set lookups, where the
 * database looked up each child row's parents in their indexes.
 */
export function findDanglingReference (rows: StatementRows, topicSlugs: ReadonlySet<string>): string | null {
  const actors = new Set<string>()
  for (const [id] of rows.actors) actors.add(id)
  const paragraphs = new Set<number>()
  for (const [position] of rows.paragraphs) paragraphs.add(position)
  const actor = (id: string, where: string): string | null => actors.has(id) ? null : `${where} names actor ${id}, which is not among the document's actors`
  const paragraph = (position: number, where: string): string | null => paragraphs.has(position) ? null : `${where} is in paragraph ${position}, which the document does not have`
  const topic = (slug: string, where: string): string | null => topicSlugs.has(slug) ? null : `${where} has topic ${slug}, which is not in the taxonomy`

  for (const [actorId] of rows.roles) {
    const dangling = actor(actorId, 'a role')
    if (dangling !== null) return dangling
  }
  for (const [position, , actorId] of rows.mentions) {
    const dangling = paragraph(position, 'a mention') ?? actor(actorId, 'a mention')
    if (dangling !== null) return dangling
  }
  for (const [position, slug] of rows.paragraphTopics) {
    const dangling = paragraph(position, 'a paragraph topic') ?? topic(slug, `paragraph ${position}`)
    if (dangling !== null) return dangling
  }
  for (let index = 0; index < rows.commitments.length; index++) {
    const [position, , , , , , , , , , , , , , , , , holderIds, targetIds, slugs] = rows.commitments[index] as CommitmentRow
    const where = `commitment ${index + 1}`
    let dangling = paragraph(position, where)
    for (let k = 0; dangling === null && k < holderIds.length; k++) dangling = actor(holderIds[k] as string, `${where}'s holder`)
    for (let k = 0; dangling === null && k < targetIds.length; k++) dangling = actor(targetIds[k] as string, `${where}'s target`)
    for (let k = 0; dangling === null && k < slugs.length; k++) dangling = topic(slugs[k] as string, where)
    if (dangling !== null) return dangling
  }
  return null
}
