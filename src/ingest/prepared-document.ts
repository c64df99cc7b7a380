import { toStatementRows, type StatementRows } from '../db/statement-rows.js'
import type { ExtractedDocument } from '../extract/types.js'
import type { ExtractionOutcome } from './extraction-pool.js'
import { countsOf, type FileCounts } from './file-result.js'

/** What the writing thread needs of an extracted document: its rows, and the counts its report line shows. */
export interface PreparedDocument {
  rows: StatementRows
  counts: FileCounts
}

export function prepareForWriting (doc: ExtractedDocument): PreparedDocument {
  return { rows: toStatementRows(doc), counts: countsOf(doc) }
}

/** The outcome with its document prepared for writing; a failure stays as it is. */
export function prepareOutcome (outcome: ExtractionOutcome): ExtractionOutcome<PreparedDocument> {
  return outcome.doc === undefined ? outcome : { doc: prepareForWriting(outcome.doc) }
}
