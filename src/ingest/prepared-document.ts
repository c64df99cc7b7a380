import { toStatementRows, type StatementRows } from '../db/statement-rows.js'
import type { ExtractedDocument } from '../extract/types.js'
import { countsOf, type FileCounts } from './file-result.js'

/** What the writing thread needs of an extracted document: its rows, and the counts its report line shows. */
export interface PreparedDocument {
  rows: StatementRows
  counts: FileCounts
}

export function prepareForWriting (doc: ExtractedDocument): PreparedDocument {
  return { rows: toStatementRows(doc), counts: countsOf(doc) }
}
