import type { Database } from 'better-sqlite3'
import { commitmentId, paragraphId, sentenceId } from '../extract/ids.js'
import type { TopicRecord } from '../extract/types.js'
import { findDanglingReference, type ActorRow, type CommitmentRow, type StatementColumns, type StatementRows } from './statement-rows.js'

export type WriteOutcome = 'inserted' | 'updated' | 'unchanged'

/** The writer refused a document before writing any of it: the open transaction is intact. */
export class DocumentRefusedError extends Error {
  override name = 'DocumentRefusedError'
}

/** The document's press reference is already stored under another statement id. Thrown before anything is written. */
export class ReferenceConflictError extends DocumentRefusedError {
  override name = 'ReferenceConflictError'
}

/**
 * A row of the document points at an actor, paragraph or topic that does not
 * exist (findDanglingReference): an extractor bug, refused before anything
 * is written rather than stored half-linked.
 */
export class DanglingReferenceError extends DocumentRefusedError {
  override name = 'DanglingReferenceError'
}

export interface StatementWriter {
  /** Writes one document (toStatementRows) in one transaction; an unchanged text writes nothing. */
  write: (rows: StatementRows) => WriteOutcome
  /**
   * The same write inside the caller's open transaction, without a savepoint
   * of its own: when it throws, part of the document may be written, and the
   * caller must roll back its whole transaction. A savepoint per document
   * copies every page the document touches into the statement journal first;
   * batches skip that cost and replay a failed group one transaction per file.
   * The document's paragraphs reach the full-text index only at
   * indexPending(), which the caller runs before it commits.
   */
  writeWithinTransaction: (rows: StatementRows) => WriteOutcome
  /**
   * Adds the paragraphs written by writeWithinTransaction since the last call
   * to the full-text index, in one statement. FTS5 writes a segment to disk
   * at every statement savepoint while it holds pending terms, so terms added
   * as each paragraph is inserted were flushed one paragraph at a time (and
   * merged again and again); added once before the commit, a group of
   * documents makes one segment.
   */
  indexPending: () => void
  /**
   * Merges the full-text index into one segment when `written` paragraphs
   * (those a batch just wrote) are at least half of all paragraphs, and says
   * whether it did. Each transaction adds a segment and FTS5 merges them only
   * in part, so after a bulk load a search probes many segments, and which
   * ones depends on where the groups happened to end: the same two-word
   * search took 3.2 to 4.3 ms after three loads of the same 10,000
   * statements, and 2.6 ms once merged. Merging rewrites the whole index
   * (about 0.6 s for 100,000 paragraphs), so it is worth it only after a
   * batch that wrote a large part of it.
   */
  compactSearchIndex: (written: number) => boolean
  /** Deletes a statement and everything derived from it; false when there was none. */
  remove: (id: string) => boolean
  /** Makes the topics table match the taxonomy file. */
  syncTopics: (topics: TopicRecord[]) => void
}

const json = (value: unknown): string => JSON.stringify(value)

interface StoredActor { name: string, type: string, role: string | null, country_code: string | null, aliases: string }
/** A stored actor's aliases, and whether their JSON is the sorted list the writer itself would store. */
interface StoredAliases { set: ReadonlySet<string>, sorted: boolean }
const MAX_STORED_ALIAS_LISTS = 10_000

/**
 * The only module that writes statements. Statements are prepared once; every
 * write is one synchronous transaction, so a failure (or a killed process)
 * leaves the previous version in place, and readers on other connections see
 * the old or the new version, never a mix (WAL).
 */
export function createStatementWriter (db: Database): StatementWriter {
  // Paragraphs written but not yet in the full-text index. A temporary table
  // is this connection's own and is rolled back with the transaction, so a
  // rolled-back group leaves nothing to index.
  db.exec('CREATE TEMP TABLE IF NOT EXISTS unindexed_paragraphs (seq INTEGER PRIMARY KEY)')
  const sql = {
    existing: db.prepare<[string], { source_sha256: string, extractor_version: string }>(
      'SELECT source_sha256, extractor_version FROM statements WHERE id = ?'),
    referenceOwner: db.prepare<[string], { id: string }>('SELECT id FROM statements WHERE reference = ?'),
    // A statement's rows, children first, so that a delete needs no cascade:
    // batch ingestion runs with foreign-key enforcement off. The paragraphs'
    // delete trigger takes them out of the full-text index.
    deleteStatementRows: [
      'DELETE FROM commitment_holders WHERE commitment_id IN (SELECT id FROM commitments WHERE statement_id = ?)',
      'DELETE FROM commitment_targets WHERE commitment_id IN (SELECT id FROM commitments WHERE statement_id = ?)',
      'DELETE FROM commitment_topics WHERE commitment_id IN (SELECT id FROM commitments WHERE statement_id = ?)',
      'DELETE FROM commitments WHERE statement_id = ?',
      'DELETE FROM mentions WHERE statement_id = ?',
      'DELETE FROM paragraph_topics WHERE paragraph_seq IN (SELECT seq FROM paragraphs WHERE statement_id = ?)',
      'DELETE FROM paragraphs WHERE statement_id = ?',
      'DELETE FROM statement_actors WHERE statement_id = ?'
    ].map((text) => db.prepare<[string]>(text)),
    deleteStatement: db.prepare('DELETE FROM statements WHERE id = ?'),
    deleteOrphanActors: db.prepare(`DELETE FROM actors WHERE id NOT IN (SELECT actor_id FROM statement_actors)
      AND id NOT IN (SELECT actor_id FROM mentions)
      AND id NOT IN (SELECT actor_id FROM commitment_holders)
      AND id NOT IN (SELECT actor_id FROM commitment_targets)`),
    insertStatement: db.prepare<StatementColumns>(`INSERT INTO statements (id, reference, type, title, subtitle, place, date, language,
      speakers, people, press_contacts, related_documents, related_media, source_file, source_url, source_sha256,
      source_text, extractor_version, ingested_at)
      VALUES (@id, @reference, @type, @title, @subtitle, @place, @date, @language, @speakers, @people, @press_contacts,
      @related_documents, @related_media, @source_file, @source_url, @source_sha256, @source_text, @extractor_version,
      strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
    storedActor: db.prepare<[string], StoredActor>('SELECT name, type, role, country_code, aliases FROM actors WHERE id = ?'),
    upsertActor: db.prepare(`INSERT INTO actors (id, name, type, role, country_code, aliases)
      VALUES (@id, @name, @type, @role, @country_code, @aliases)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type,
        role = COALESCE(excluded.role, actors.role), country_code = COALESCE(excluded.country_code, actors.country_code),
        aliases = excluded.aliases`),
    insertStatementActor: db.prepare(
      'INSERT OR IGNORE INTO statement_actors (statement_id, actor_id, role) VALUES (?, ?, ?)'),
    // The per-row inserts below run a few hundred times per document: positional
    // parameters bind measurably faster than an object per row.
    insertParagraph: db.prepare(`INSERT INTO paragraphs (id, statement_id, position, kind, text, start, "end", sentences)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    insertMention: db.prepare(`INSERT INTO mentions (statement_id, paragraph_id, sentence_id, actor_id, start, "end", text)
      VALUES (?, ?, ?, ?, ?, ?, ?)`),
    insertParagraphTopic: db.prepare(`INSERT INTO paragraph_topics (paragraph_seq, statement_id, topic_slug, score, evidence)
      VALUES (?, ?, ?, ?, ?)`),
    insertCommitment: db.prepare(`INSERT INTO commitments (id, statement_id, paragraph_id, sentence_id, statement_date,
      position, text, start, "end", clause_text, clause_start, clause_end, modality, polarity, action, object,
      timeframe_text, timeframe_date, rule, confidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertHolder: db.prepare('INSERT OR IGNORE INTO commitment_holders (commitment_id, actor_id, position) VALUES (?, ?, ?)'),
    insertTarget: db.prepare('INSERT OR IGNORE INTO commitment_targets (commitment_id, actor_id, position) VALUES (?, ?, ?)'),
    insertCommitmentTopic: db.prepare('INSERT OR IGNORE INTO commitment_topics (commitment_id, topic_slug) VALUES (?, ?)'),
    markUnindexed: db.prepare('INSERT INTO temp.unindexed_paragraphs (seq) SELECT seq FROM paragraphs WHERE statement_id = ?'),
    indexUnindexed: db.prepare(`INSERT INTO paragraphs_fts (rowid, text)
      SELECT p.seq, p.text FROM temp.unindexed_paragraphs u JOIN paragraphs p ON p.seq = u.seq ORDER BY u.seq`),
    clearUnindexed: db.prepare('DELETE FROM temp.unindexed_paragraphs'),
    paragraphCount: db.prepare<[], number>('SELECT count(*) FROM paragraphs').pluck(),
    optimizeIndex: db.prepare("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('optimize')"),
    bumpVersion: db.prepare(`UPDATE data_version SET version = version + 1,
      changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1`),
    upsertTopic: db.prepare(`INSERT INTO topics (slug, label, area, description, terms, eurovoc, cap_code, position)
      VALUES (@slug, @label, @area, @description, @terms, @eurovoc, @cap_code, @position)
      ON CONFLICT (slug) DO UPDATE SET label = excluded.label, area = excluded.area, description = excluded.description,
        terms = excluded.terms, eurovoc = excluded.eurovoc, cap_code = excluded.cap_code, position = excluded.position
      WHERE (topics.label, topics.area, topics.description, topics.terms, topics.eurovoc, topics.cap_code, topics.position)
        IS NOT (excluded.label, excluded.area, excluded.description, excluded.terms, excluded.eurovoc, excluded.cap_code, excluded.position)`),
    topicSlugs: db.prepare<[], string>('SELECT slug FROM topics').pluck(),
    deleteUnusedTopic: db.prepare(`DELETE FROM topics WHERE slug = ?
      AND NOT EXISTS (SELECT 1 FROM paragraph_topics WHERE topic_slug = ?)
      AND NOT EXISTS (SELECT 1 FROM commitment_topics WHERE topic_slug = ?)
      AND NOT EXISTS (SELECT 1 FROM topics AS narrower WHERE narrower.area = ?)`)
  }

  // A stored alias list, parsed, by its JSON. Most actors recur in document
  // after document with the same list, which was parsed, merged, sorted and
  // serialised again for each: 6% of the writer's time in a CPU profile of
  // 10,000 bench statements. Bounded, for a long-running server.
  const storedAliasLists = new Map<string, StoredAliases>()
  function storedAliases (text: string): StoredAliases {
    let known = storedAliasLists.get(text)
    if (known === undefined) {
      const set = new Set(JSON.parse(text) as string[])
      known = { set, sorted: json([...set].sort()) === text }
      if (storedAliasLists.size >= MAX_STORED_ALIAS_LISTS) storedAliasLists.clear()
      storedAliasLists.set(text, known)
    }
    return known
  }

  function upsertActor ([id, name, type, role, countryCode, actorAliases]: ActorRow): void {
    const stored = sql.storedActor.get(id)
    const known = stored === undefined ? undefined : storedAliases(stored.aliases)
    // Most actors recur in every document unchanged; rewriting their row would
    // cost a page write each time for nothing. This is the row the merge below
    // would build, found without building it.
    if (stored !== undefined && known !== undefined && known.sorted && !known.set.has(name) &&
      stored.name === name && stored.type === type && (role === null || role === stored.role) &&
      (countryCode === null || countryCode === stored.country_code) &&
      actorAliases.every((alias) => alias === name || known.set.has(alias))) return
    // Aliases accumulate across documents: a person first seen as "President
    // Michel" and later as "Charles Michel" keeps both.
    const aliases = new Set<string>(known?.set)
    for (const alias of actorAliases) aliases.add(alias)
    aliases.delete(name)
    const row = {
      id,
      name,
      type,
      role: role ?? stored?.role ?? null,
      country_code: countryCode ?? stored?.country_code ?? null,
      aliases: json([...aliases].sort())
    }
    if (stored !== undefined && stored.name === row.name && stored.type === row.type && stored.role === row.role &&
      stored.country_code === row.country_code && stored.aliases === row.aliases) return
    sql.upsertActor.run(row)
  }

  function insertDocument ({ statement, actors, roles, paragraphs, mentions, paragraphTopics, commitments }: StatementRows): void {
    const sid = statement.id
    const source = statement.source_text
    sql.insertStatement.run(statement)
    for (const actor of actors) upsertActor(actor)
    for (const [actorId, role] of roles) sql.insertStatementActor.run(sid, actorId, role)

    // Paragraph topics point at the paragraph's seq (migration 006).
    const seqs = new Map<number, number | bigint>()
    for (const [position, kind, text, start, end, sentences] of paragraphs) {
      seqs.set(position, sql.insertParagraph.run(paragraphId(sid, position), sid, position, kind, text ?? source.slice(start, end),
        start, end, sentences).lastInsertRowid)
    }
    sql.markUnindexed.run(sid)
    for (const [paragraph, sentence, actorId, start, end, text] of mentions) {
      sql.insertMention.run(sid, paragraphId(sid, paragraph), sentenceId(sid, paragraph, sentence), actorId, start, end,
        text ?? source.slice(start, end))
    }
    for (const [paragraph, slug, score, evidence] of paragraphTopics) {
      sql.insertParagraphTopic.run(seqs.get(paragraph) ?? null, sid, slug, score, evidence)
    }
    const statementDate = statement.date ?? ''
    // Indexed loops, not forEach: an inlined forEach checks the array's
    // elements kind, and JSON.parse gives an empty array another kind than a
    // full one, so a document with no commitments (or a commitment with no
    // targets) deoptimised the writer's compiled code again and again (122
    // times in a 10,000-statement batch, each re-entering the interpreter).
    for (let index = 0; index < commitments.length; index++) {
      const [paragraph, sentence, clause, text, start, end, clauseText, clauseStart, clauseEnd, modality, polarity, action,
        object, timeframeText, timeframeDate, rule, confidence, holderIds, targetIds, topicSlugs] = commitments[index] as CommitmentRow
      const cid = commitmentId(sid, paragraph, sentence, clause)
      sql.insertCommitment.run(cid, sid, paragraphId(sid, paragraph), sentenceId(sid, paragraph, sentence),
        statementDate, index + 1, text ?? source.slice(start, end), start, end,
        clauseText ?? source.slice(clauseStart, clauseEnd), clauseStart, clauseEnd,
        modality, polarity, action, object, timeframeText, timeframeDate, rule, confidence)
      for (let position = 0; position < holderIds.length; position++) sql.insertHolder.run(cid, holderIds[position], position + 1)
      for (let position = 0; position < targetIds.length; position++) sql.insertTarget.run(cid, targetIds[position], position + 1)
      for (const slug of topicSlugs) sql.insertCommitmentTopic.run(cid, slug)
    }
  }

  const writeWithinTransaction = (rows: StatementRows): WriteOutcome => {
    if (!db.inTransaction) throw new Error('writeWithinTransaction needs an open transaction')
    const { id, reference, source_sha256: sha256, extractor_version: extractorVersion } = rows.statement
    const existing = sql.existing.get(id)
    if (existing?.source_sha256 === sha256 && existing.extractor_version === extractorVersion) return 'unchanged'
    if (referenceTaken(id, reference)) {
      throw new ReferenceConflictError(`reference ${reference ?? ''} already belongs to another statement`)
    }
    const dangling = findDanglingReference(rows, storedTopicSlugs())
    if (dangling !== null) throw new DanglingReferenceError(`not written: ${dangling}`)
    if (existing !== undefined) {
      // The delete trigger takes the old paragraphs out of the index: they must be in it.
      indexPending()
      deleteStatement(id)
      sql.deleteOrphanActors.run()
    }
    insertDocument(rows)
    sql.bumpVersion.run()
    return existing === undefined ? 'inserted' : 'updated'
  }
  /** Deletes the statement and every row derived from it; false when there was none. */
  function deleteStatement (id: string): boolean {
    for (const statement of sql.deleteStatementRows) statement.run(id)
    return sql.deleteStatement.run(id).changes > 0
  }

  // The taxonomy's slugs as stored, read once and again after each syncTopics.
  let topicSlugs: ReadonlySet<string> | null = null
  const storedTopicSlugs = (): ReadonlySet<string> => (topicSlugs ??= new Set(sql.topicSlugs.all()))

  function indexPending (): void {
    sql.indexUnindexed.run()
    sql.clearUnindexed.run()
  }

  function compactSearchIndex (written: number): boolean {
    if (written === 0 || written * 2 < (sql.paragraphCount.get() ?? 0)) return false
    indexPending()
    sql.optimizeIndex.run()
    return true
  }

  const write = db.transaction((rows: StatementRows): WriteOutcome => {
    const outcome = writeWithinTransaction(rows)
    indexPending()
    return outcome
  })

  function referenceTaken (id: string, reference: string | null): boolean {
    if (reference === null) return false
    const owner = sql.referenceOwner.get(reference)
    return owner !== undefined && owner.id !== id
  }

  const remove = db.transaction((id: string): boolean => {
    indexPending()
    const deleted = deleteStatement(id)
    if (deleted) {
      sql.deleteOrphanActors.run()
      sql.bumpVersion.run()
    }
    return deleted
  })

  const syncTopics = db.transaction((topics: TopicRecord[]): void => {
    topicSlugs = null
    // Areas first, so that a fine topic's area reference exists when it is written.
    const ordered = [...topics.filter((topic) => topic.area === null), ...topics.filter((topic) => topic.area !== null)]
    let changed = false
    for (const topic of ordered) {
      const result = sql.upsertTopic.run({
        slug: topic.slug,
        label: topic.label,
        area: topic.area,
        description: topic.description,
        terms: json(topic.terms),
        eurovoc: topic.eurovoc,
        cap_code: topic.capCode,
        position: topics.indexOf(topic) + 1
      })
      changed ||= result.changes > 0
    }
    const wanted = new Set(topics.map((topic) => topic.slug))
    for (const slug of sql.topicSlugs.all()) {
      // A topic dropped from the file stays while stored statements still use it.
      if (!wanted.has(slug)) changed ||= sql.deleteUnusedTopic.run(slug, slug, slug, slug).changes > 0
    }
    if (changed) sql.bumpVersion.run()
  })

  return { write, writeWithinTransaction, indexPending, compactSearchIndex, remove, syncTopics }
}
