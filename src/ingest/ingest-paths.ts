import { basename } from 'node:path'
import type { Database } from 'better-sqlite3'
import { createStatementWriter, type StatementWriter, type WriteOutcome } from '../db/statement-writer.js'
import type { DocumentSource } from '../extract/extract-document.js'
import type { ExtractedDocument, TopicRecord } from '../extract/types.js'
import { collectFiles } from './collect-files.js'
import { describeFailure } from './describe-failure.js'
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
}

export type IngestOptions = CommonOptions & ({ db: Database, dryRun?: false } | { db?: Database, dryRun: true })

/**
 * Ingests files and folders: each file is read, validated and extracted
 * outside any transaction, then written in its own transaction. A file that
 * fails leaves the database as it was and the batch goes on; the report says
 * what happened to every file. Throws only when the batch cannot start (the
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
  // A second file with the same statement id but another text would silently
  // replace the first, and which one wins would depend on file order.
  const written = new Map<string, { file: string, sha256: string }>()
  const results: FileResult[] = []
  const report = (result: FileResult, document?: ExtractedDocument): void => {
    results.push(result)
    options.onResult?.(result, document)
  }

  const entries = collectFiles(paths)
  options.onStart?.(entries.length)
  for (const entry of entries) {
    const { file } = entry
    if (entry.error !== undefined) {
      report({ file, status: 'failed', error: entry.error })
      continue
    }
    let doc: ExtractedDocument
    try {
      const source = readSourceFile(file, { maxBytes: options.maxBytes })
      doc = options.extract(source.text, { sourceFile: basename(file) })
    } catch (error) {
      report({ file, status: 'failed', error: describeFailure(error) })
      continue
    }
    const first = written.get(doc.id)
    if (first !== undefined && first.sha256 !== doc.sha256) {
      report({ file, status: 'failed', id: doc.id, error: `same statement id (${doc.id}) as ${first.file} earlier in this batch, with another text; not written` })
      continue
    }
    let status: FileStatus = 'parsed'
    try {
      if (writer !== null) status = writer.write(doc)
    } catch (error) {
      report({ file, status: 'failed', id: doc.id, error: describeFailure(error) })
      continue
    }
    if (first === undefined) written.set(doc.id, { file, sha256: doc.sha256 })
    report({ file, status, id: doc.id, counts: countsOf(doc) }, doc)
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
