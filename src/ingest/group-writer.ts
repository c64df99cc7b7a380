import type { Database } from 'better-sqlite3'
import { DocumentRefusedError, type StatementWriter } from '../db/statement-writer.js'
import { describeFailure } from './describe-failure.js'
import type { ExtractionOutcome } from './extraction-pool.js'
import type { FileResult } from './file-result.js'
import type { PreparedDocument } from './prepared-document.js'

export interface GroupWriterOptions {
  db: Database
  writer: StatementWriter
  /** Reads and extracts a file again, for the replay of a failed group. */
  extractAgain: (file: string) => ExtractionOutcome<PreparedDocument>
  /** Hears each file's result once it is final: its group committed, or replayed. */
  onResult: (result: FileResult) => void
  /** A group is committed after this many documents... */
  maxDocuments: number
  /** ...or this long after its first file, whichever comes first. */
  maxMilliseconds: number
}

export interface GroupWriter {
  /** Writes a file's document into the open group, or records the file's failure. */
  add: (file: string, outcome: ExtractionOutcome<PreparedDocument>) => void
  /** Commits the open group; call it once the last file is added. */
  finish: () => void
  /** Rolls back the open group without reporting it (the batch stopped on an unexpected error). */
  abandon: () => void
}

interface FirstWrite { file: string, sha256: string }

/** A file of the open group: its result if the group commits, and whether it has a document to write again. */
interface GroupItem { result: FileResult, extracted: boolean }

/**
 * Writes documents into one open transaction as they arrive and commits it
 * every maxDocuments documents or maxMilliseconds. A commit writes every page
 * the group touched, and consecutive documents touch the same index pages, so
 * large groups write much less than a transaction per document.
 *
 * Documents are not kept until the commit: a group of them would hold tens of
 * MB of heap. When a write fails (or SQLite ends the transaction itself: a
 * full disk, an I/O error), the group is rolled back and its files are read,
 * extracted and written again one transaction each, so that the failure is
 * that file's alone and the others are stored. Failures are rare, so the
 * common group pays for no savepoint per document. Results are passed on
 * only once they are final, so a killed process never loses a reported file.
 */
export function createGroupWriter (options: GroupWriterOptions): GroupWriter {
  const { db, writer } = options
  // A second file with the same statement id and another text would silently
  // replace the first, and which one wins would depend on file order.
  const committed = new Map<string, FirstWrite>()
  let inGroup = new Map<string, FirstWrite>()
  let items: GroupItem[] = []
  let documents = 0
  let startedAt = 0

  const sameIdOtherText = (file: string, { rows: { statement } }: PreparedDocument): FileResult | null => {
    const first = committed.get(statement.id) ?? inGroup.get(statement.id)
    if (first === undefined || first.sha256 === statement.source_sha256) return null
    return { file, status: 'failed', id: statement.id, error: `same statement id (${statement.id}) as ${first.file} earlier in this batch, with another text; not written` }
  }
  const remember = (file: string, { rows: { statement } }: PreparedDocument): void => {
    if (!committed.has(statement.id) && !inGroup.has(statement.id)) inGroup.set(statement.id, { file, sha256: statement.source_sha256 })
  }

  const writeInGroup = (file: string, doc: PreparedDocument): FileResult => {
    const refused = sameIdOtherText(file, doc)
    if (refused !== null) return refused
    const status = writer.writeWithinTransaction(doc.rows)
    remember(file, doc)
    return { file, status, id: doc.rows.statement.id, counts: doc.counts }
  }

  const writeAlone = (file: string, outcome: ExtractionOutcome<PreparedDocument>): FileResult => {
    if (outcome.doc === undefined) return { file, status: 'failed', error: outcome.error }
    const doc = outcome.doc
    const refused = sameIdOtherText(file, doc)
    if (refused !== null) return refused
    try {
      const status = writer.write(doc.rows)
      remember(file, doc)
      return { file, status, id: doc.rows.statement.id, counts: doc.counts }
    } catch (error) {
      return { file, status: 'failed', id: doc.rows.statement.id, error: describeFailure(error) }
    }
  }

  const settle = (results: FileResult[]): void => {
    for (const [id, first] of inGroup) committed.set(id, first)
    inGroup = new Map()
    items = []
    documents = 0
    for (const result of results) options.onResult(result)
  }

  const rollback = (): void => {
    // SQLite may have ended the transaction already (RAISE(ROLLBACK), some I/O errors).
    if (db.inTransaction) db.exec('ROLLBACK')
  }

  /** Nothing of the open group is stored: each of its files again, in its own transaction. */
  const replay = (): void => {
    rollback()
    inGroup = new Map()
    settle(items.map((item) => item.extracted ? writeAlone(item.result.file, options.extractAgain(item.result.file)) : item.result))
  }

  const commit = (): void => {
    if (items.length === 0) return
    if (!db.inTransaction) return replay()
    try {
      writer.indexPending()
      db.exec('COMMIT')
    } catch {
      return replay()
    }
    settle(items.map((item) => item.result))
  }

  return {
    add (file, outcome) {
      if (items.length === 0) {
        db.exec('BEGIN')
        startedAt = performance.now()
      }
      if (outcome.doc === undefined) {
        items.push({ result: { file, status: 'failed', error: outcome.error }, extracted: false })
      } else {
        try {
          items.push({ result: writeInGroup(file, outcome.doc), extracted: true })
          documents += 1
        } catch (error) {
          items.push({ result: { file, status: 'failed', id: outcome.doc.rows.statement.id, error: describeFailure(error) }, extracted: true })
          // Refused before anything was written: the group is intact.
          if (!(error instanceof DocumentRefusedError)) return replay()
        }
      }
      if (documents >= options.maxDocuments || performance.now() - startedAt >= options.maxMilliseconds) commit()
    },
    finish: commit,
    abandon () {
      rollback()
      items = []
    }
  }
}
