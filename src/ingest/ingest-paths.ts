import { basename } from 'node:path'
import type { Database } from 'better-sqlite3'
import { createStatementWriter, type StatementWriter, type WriteOutcome } from '../db/statement-writer.js'
import type { DocumentSource } from '../extract/extract-document.js'
import type { ExtractedDocument, TopicRecord } from '../extract/types.js'
import { collectFiles } from './collect-files.js'
import { describeFailure } from './describe-failure.js'
import { createExtractionPool, type ExtractionOutcome, type ExtractionPool } from './extraction-pool.js'
import { readSourceFile } from './read-source-file.js'

/**
 * What ingestion needs from the extractor (src/extract/extract-document.ts):
 * the function and the taxonomy its topic slugs come from. Narrower than
 * `Extractor` so that tests can pass a plain function.
 */
export type DocumentExtractor = ((raw: string, source?: DocumentSource) => ExtractedDocument) & {
  readonly taxonomy: TopicRecord[]
}

/** `parsed` is the dry-run outcome: extracted, nothing written. */
export type FileStatus = WriteOutcome | 'parsed' | 'failed'

export interface FileCounts {
  paragraphs: number
  sentences: number
  actors: number
  mentions: number
  topics: number
  commitments: number
}

export interface FileResult {
  file: string
  status: FileStatus
  id?: string
  counts?: FileCounts
  /** One line, without the file name (the result carries it). */
  error?: string
}

export type IngestTotals = Record<FileStatus, number> & { files: number }

export interface IngestReport {
  dryRun: boolean
  results: FileResult[]
  totals: IngestTotals
  elapsedMs: number
}

interface CommonOptions {
  extract: DocumentExtractor
  maxBytes?: number
  /** Called once the files of the batch are known, before the first is read. */
  onStart?: (fileCount: number) => void
  /** Called after each file; `document` is passed on success, for --dry-run printing. */
  onResult?: (result: FileResult, document?: ExtractedDocument) => void
  /** Batches of at least this many readable files also extract in a worker thread; WORKER_MIN_FILES by default. */
  workerMinFiles?: number
}

export type IngestOptions = CommonOptions & ({ db: Database, dryRun?: false } | { db?: Database, dryRun: true })

/**
 * Documents written per outer transaction. A commit writes every index page
 * the group touched to the WAL, and most groups touch the same hot pages
 * (actor and topic indexes), so fewer, larger groups write less: at 50
 * documents the commits took 15% of the writing thread, at 200 about 10%.
 * The time bound keeps results flowing and bounds what a kill can cost
 * (nothing reported is lost).
 */
export const GROUP_DOCUMENTS = 200
export const GROUP_MILLISECONDS = 250

/**
 * The worker's extractor takes ~2 s of CPU to load, during which the main
 * thread goes on alone (~6 ms a file); below about 300 files the worker
 * would burn the other core and deliver little.
 */
export const WORKER_MIN_FILES = 200

/** A file of the current group: extracted and waiting to be written, or already failed. */
type Pending = { file: string, doc: ExtractedDocument, result?: undefined } | { file: string, doc?: undefined, result: FileResult }

/**
 * Ingests files and folders: each file is read, validated and extracted
 * outside any transaction, then written in a group transaction
 * (GROUP_DOCUMENTS files or GROUP_MILLISECONDS of reading, whichever comes
 * first). When any write of the group fails, the group is rolled back and its
 * files are written again one transaction each, so a failing file leaves the
 * database as it was, the others are stored, and the batch goes on; failures
 * are rare, so the common group pays for no per-file savepoint. Results are
 * reported only once their group is committed, so a killed process never
 * loses a reported file. Throws only when the batch cannot start (the
 * taxonomy cannot be written).
 */
export function ingestPaths (paths: string[], options: IngestOptions): IngestReport {
  const started = performance.now()
  const dryRun = options.dryRun === true
  let writer: StatementWriter | null = null
  if (options.dryRun !== true) {
    writer = createStatementWriter(options.db)
    // Paragraph and commitment topics reference the taxonomy; it must be in place first.
    writer.syncTopics(options.extract.taxonomy)
  }
  const db = options.db
  // A second file with the same statement id but another text would silently
  // replace the first, and which one wins would depend on file order.
  const written = new Map<string, { file: string, sha256: string }>()
  const results: FileResult[] = []
  const report = (result: FileResult, document?: ExtractedDocument): void => {
    results.push(result)
    options.onResult?.(result, document)
  }

  /**
   * Writes one document and says what happened. In a group, a failure is
   * thrown: the group's transaction is rolled back and its files are written
   * again one transaction each, so that the failure is this file's alone.
   */
  const settle = (file: string, doc: ExtractedDocument, added: Map<string, { file: string, sha256: string }>, inGroup: boolean): FileResult => {
    const first = written.get(doc.id) ?? added.get(doc.id)
    if (first !== undefined && first.sha256 !== doc.sha256) {
      return { file, status: 'failed', id: doc.id, error: `same statement id (${doc.id}) as ${first.file} earlier in this batch, with another text; not written` }
    }
    let status: FileStatus = 'parsed'
    if (writer !== null && inGroup) {
      status = writer.writeWithinTransaction(doc)
    } else {
      try {
        if (writer !== null) status = writer.write(doc)
      } catch (error) {
        return { file, status: 'failed', id: doc.id, error: describeFailure(error) }
      }
    }
    if (first === undefined) added.set(doc.id, { file, sha256: doc.sha256 })
    return { file, status, id: doc.id, counts: countsOf(doc) }
  }

  const settleAll = (group: Pending[], inGroup: boolean): { results: FileResult[], added: Map<string, { file: string, sha256: string }> } => {
    const added = new Map<string, { file: string, sha256: string }>()
    const settled = group.map((item) => item.result ?? settle(item.file, item.doc, added, inGroup))
    return { results: settled, added }
  }

  const flush = (group: Pending[]): void => {
    if (group.length === 0) return
    let outcome: ReturnType<typeof settleAll>
    if (db === undefined || writer === null) {
      outcome = settleAll(group, false)
    } else {
      try {
        outcome = db.transaction(() => settleAll(group, true))()
      } catch {
        // Nothing of the group was committed: one transaction per file, so
        // that each file's result is its own.
        outcome = settleAll(group, false)
      }
    }
    for (const [id, first] of outcome.added) written.set(id, first)
    outcome.results.forEach((result, index) => report(result, result.status === 'failed' ? undefined : group[index]?.doc))
  }

  const entries = collectFiles(paths)
  options.onStart?.(entries.length)
  const extractHere = (file: string): ExtractionOutcome => {
    try {
      const source = readSourceFile(file, { maxBytes: options.maxBytes })
      return { doc: options.extract(source.text, { sourceFile: basename(file) }) }
    } catch (error) {
      return { error: describeFailure(error) }
    }
  }
  const readable = entries.flatMap((entry) => entry.error === undefined ? [entry.file] : [])
  // Only an extractor from createExtractor() has a version, and only that one can be rebuilt in the worker.
  const version = (options.extract as { version?: unknown }).version
  let pool: ExtractionPool | null = null
  if (typeof version === 'string' && readable.length >= (options.workerMinFiles ?? WORKER_MIN_FILES)) {
    pool = createExtractionPool(readable, { extractHere, maxBytes: options.maxBytes, version })
  }
  let taken = 0
  let group: Pending[] = []
  let documents = 0
  let groupStarted = performance.now()
  try {
    for (const entry of entries) {
      const { file } = entry
      if (group.length === 0) groupStarted = performance.now()
      if (entry.error !== undefined) {
        group.push({ file, result: { file, status: 'failed', error: entry.error } })
      } else {
        const outcome = pool === null ? extractHere(file) : pool.take(taken++)
        if (outcome.doc !== undefined) {
          group.push({ file, doc: outcome.doc })
          documents += 1
        } else {
          group.push({ file, result: { file, status: 'failed', error: outcome.error } })
        }
      }
      // A dry run writes nothing: its results need not wait.
      if (dryRun || documents >= GROUP_DOCUMENTS || performance.now() - groupStarted >= GROUP_MILLISECONDS) {
        flush(group)
        group = []
        documents = 0
      }
    }
    flush(group)
  } finally {
    pool?.close()
  }

  return { dryRun, results, totals: totalsOf(results), elapsedMs: performance.now() - started }
}

export function countsOf (doc: ExtractedDocument): FileCounts {
  const topics = new Set<string>()
  for (const { topics: matches } of doc.paragraphTopics) for (const { slug } of matches) topics.add(slug)
  for (const commitment of doc.commitments) for (const slug of commitment.topicSlugs) topics.add(slug)
  return {
    paragraphs: doc.paragraphs.length,
    sentences: doc.paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0),
    actors: doc.actors.length,
    mentions: doc.mentions.length,
    topics: topics.size,
    commitments: doc.commitments.length
  }
}

function totalsOf (results: FileResult[]): IngestTotals {
  const totals: IngestTotals = { files: results.length, inserted: 0, updated: 0, unchanged: 0, parsed: 0, failed: 0 }
  for (const { status } of results) totals[status] += 1
  return totals
}
