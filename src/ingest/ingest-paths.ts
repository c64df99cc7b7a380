import { basename } from 'node:path'
import type { Database } from 'better-sqlite3'
import { createStatementWriter, type StatementWriter } from '../db/statement-writer.js'
import type { DocumentSource } from '../extract/extract-document.js'
import type { ExtractedDocument, TopicRecord } from '../extract/types.js'
import { collectFiles, type CollectedPath } from './collect-files.js'
import { describeFailure } from './describe-failure.js'
import { createExtractionPool, type ExtractionOutcome, type ExtractionPool, type Payload, type Payloads } from './extraction-pool.js'
import { countsOf, type FileResult, type FileStatus } from './file-result.js'
import { createGroupWriter } from './group-writer.js'
import { prepareOutcome, type PreparedDocument } from './prepared-document.js'
import { readSourceFile } from './read-source-file.js'

/**
 * What ingestion needs from the extractor (src/extract/extract-document.ts):
 * the function and the taxonomy its topic slugs come from. Narrower than
 * `Extractor` so that tests can pass a plain function.
 */
export type DocumentExtractor = ((raw: string, source?: DocumentSource) => ExtractedDocument) & {
  readonly taxonomy: TopicRecord[]
}

export type { FileCounts, FileResult, FileStatus } from './file-result.js'

export type IngestTotals = Record<FileStatus, number> & { files: number }

export interface IngestReport {
  dryRun: boolean
  results: FileResult[]
  totals: IngestTotals
  elapsedMs: number
  /**
   * Of elapsedMs, the time spent writing to the database: inserts, commits
   * and the final merge of the search index (0 in a dry run). The writing
   * thread also extracts the files the worker has not delivered, so this is
   * the floor of a batch's time however fast extraction gets.
   */
  writingMs: number
}

interface CommonOptions {
  extract: DocumentExtractor
  maxBytes?: number
  /** The files' encoding when it is not UTF-8 (ReadSourceOptions.encoding). */
  encoding?: string
  /** Called once the files of the batch are known, before the first is read. */
  onStart?: (fileCount: number) => void
  /** Called for each file once its result is final; a dry run also passes the extracted document, for printing. */
  onResult?: (result: FileResult, document?: ExtractedDocument) => void
  /** Batches of at least this many readable files also extract in a worker thread; WORKER_MIN_FILES by default. */
  workerMinFiles?: number
}

export type IngestOptions = CommonOptions & ({ db: Database, dryRun?: false } | { db?: Database, dryRun: true })

/**
 * Documents written per outer transaction. A commit writes every index page
 * the group touched to the WAL, and most groups touch the same hot pages
 * (actor and topic indexes), so fewer, larger groups write less: in CPU
 * profiles of 2,000 statements, commits took 15% of the writing thread with
 * groups of 50 documents and 10% with groups of 250.
 * The time bound keeps results flowing and bounds what a kill can cost
 * (nothing reported is lost).
 */
export const GROUP_DOCUMENTS = 200
export const GROUP_MILLISECONDS = 250

/**
 * The worker's extractor takes about 0.3 s to load, during which the main
 * thread goes on alone (about 1 ms a file); below about 200 files the main
 * thread is done before the worker would deliver much, and the worker would
 * only burn the other core.
 */
export const WORKER_MIN_FILES = 200

/**
 * Ingests files and folders: each file is read, validated and extracted
 * outside any transaction (in a worker thread too, for large batches), then
 * written into a group transaction of GROUP_DOCUMENTS files or
 * GROUP_MILLISECONDS, whichever comes first (src/ingest/group-writer.ts). A
 * failing file leaves the database as it was and the batch goes on; results
 * are reported only once committed, so a killed process never loses a
 * reported file. Throws only when the batch cannot start (the taxonomy cannot
 * be written).
 */
export function ingestPaths (paths: string[], options: IngestOptions): IngestReport {
  const started = performance.now()
  const results: FileResult[] = []
  const report = (result: FileResult, document?: ExtractedDocument): void => {
    results.push(result)
    options.onResult?.(result, document)
  }
  const extractHere = (file: string): ExtractionOutcome => {
    try {
      const source = readSourceFile(file, { maxBytes: options.maxBytes, encoding: options.encoding })
      return { doc: options.extract(source.text, { sourceFile: basename(file) }) }
    } catch (error) {
      return { error: describeFailure(error) }
    }
  }
  let writingMs = 0
  const writing = (step: () => void): void => {
    const from = performance.now()
    try {
      step()
    } finally {
      writingMs += performance.now() - from
    }
  }
  const done = (): IngestReport => ({ dryRun: options.dryRun === true, results, totals: totalsOf(results), elapsedMs: performance.now() - started, writingMs })

  if (options.dryRun === true) {
    for (const [file, outcome] of extractInOrder(collect(paths, options), 'document', extractHere, options)) {
      // A dry run writes nothing: its results need not wait.
      if (outcome.doc !== undefined) {
        report({ file, status: 'parsed', id: outcome.doc.id, counts: countsOf(outcome.doc) }, outcome.doc)
      } else {
        report({ file, status: 'failed', error: outcome.error })
      }
    }
    return done()
  }

  const writer = createStatementWriter(options.db)
  // Paragraph and commitment topics reference the taxonomy; it must be in place first.
  writer.syncTopics(options.extract.taxonomy)
  const extractForWriting = (file: string): ExtractionOutcome<PreparedDocument> => prepareOutcome(extractHere(file))
  const group = createGroupWriter({
    db: options.db,
    writer,
    extractAgain: extractForWriting,
    onResult: (result) => { report(result) },
    maxDocuments: GROUP_DOCUMENTS,
    maxMilliseconds: GROUP_MILLISECONDS
  })
  const enforced = options.db.pragma('foreign_keys', { simple: true }) === 1
  // The writer checks each document's references itself before writing it
  // (findDanglingReference) and deletes a statement's rows without cascades,
  // so the database need not look up every child row's parents: the inserts
  // of 2,000 bench documents ran 8.80 G instructions instead of 9.77 G
  // (callgrind, inside better-sqlite3's Statement.run). The pragma is a no-op
  // inside a transaction and expires the prepared statements, so it is set
  // once for the batch.
  options.db.pragma('foreign_keys = OFF')
  try {
    for (const [file, outcome] of extractInOrder(collect(paths, options), 'prepared', extractForWriting, options)) {
      writing(() => { group.add(file, outcome) })
    }
    writing(() => { group.finish() })
    writing(() => { compactSearchIndexAfter(writer, results) })
  } catch (error) {
    group.abandon()
    throw error
  } finally {
    if (enforced) options.db.pragma('foreign_keys = ON')
  }
  return done()
}

function collect (paths: string[], options: CommonOptions): CollectedPath[] {
  const entries = collectFiles(paths)
  options.onStart?.(entries.length)
  return entries
}

/**
 * Each entry with its outcome, in order. Large batches extract in a worker
 * thread too (src/ingest/extraction-pool.ts), which posts the payload named.
 */
function * extractInOrder<P extends Payload> (entries: CollectedPath[], payload: P,
  extractHere: (file: string) => ExtractionOutcome<Payloads[P]>, options: CommonOptions): Generator<[string, ExtractionOutcome<Payloads[P]>]> {
  const readable = entries.flatMap((entry) => entry.error === undefined ? [entry.file] : [])
  // Only an extractor from createExtractor() has a version, and only that one can be rebuilt in the worker.
  const version = (options.extract as { version?: unknown }).version
  let pool: ExtractionPool<Payloads[P]> | null = null
  if (typeof version === 'string' && readable.length >= (options.workerMinFiles ?? WORKER_MIN_FILES)) {
    pool = createExtractionPool(readable, { payload, extractHere, maxBytes: options.maxBytes, encoding: options.encoding, version })
  }
  let taken = 0
  try {
    for (const entry of entries) {
      yield [entry.file, entry.error !== undefined ? { error: entry.error } : pool === null ? extractHere(entry.file) : pool.take(taken++)]
    }
  } finally {
    pool?.close()
  }
}

/**
 * Every file of the batch is committed and reported by now. The merge writes
 * a new copy of the index in one transaction: if it fails (a full disk), the
 * index stays as it was, valid and only slower to search, so the batch does
 * not fail for it.
 */
function compactSearchIndexAfter (writer: StatementWriter, results: FileResult[]): void {
  let paragraphs = 0
  for (const { status, counts } of results) if (status === 'inserted' || status === 'updated') paragraphs += counts?.paragraphs ?? 0
  try {
    writer.compactSearchIndex(paragraphs)
  } catch {}
}

function totalsOf (results: FileResult[]): IngestTotals {
  const totals: IngestTotals = { files: results.length, inserted: 0, updated: 0, unchanged: 0, parsed: 0, failed: 0 }
  for (const { status } of results) totals[status] += 1
  return totals
}
