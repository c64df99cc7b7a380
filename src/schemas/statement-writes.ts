import { z } from 'zod'
import { DEFAULT_MAX_BYTES } from '../ingest/read-source-file.js'

/** The largest document a client may send, as for files given to the ingest CLI. */
export const MAX_DOCUMENT_BYTES = DEFAULT_MAX_BYTES
/** The request body: the document plus room for JSON escaping. Over it is a 413 before parsing. */
export const WRITE_BODY_LIMIT = MAX_DOCUMENT_BYTES + 1024 * 1024

export const WRITE_OUTCOMES = ['inserted', 'updated', 'unchanged'] as const

const sampleText = 'Statement by President von der Leyen on Ukraine\n\nBrussels, 24 February 2023\n\nThe European Union will continue to support Ukraine for as long as it takes.\n\nSTATEMENT/23/1201'

export const StatementTextSchema = z.string().min(1)
  .describe('The plain text of a press corner document, at most 5 MB; the same text the ingest CLI reads from a file.')
  .meta({ examples: [sampleText] })

/** The text/plain body: the same text, whose bytes may be in a charset other than UTF-8. */
const StatementTextBodySchema = StatementTextSchema
  .describe('The plain text of a press corner document, at most 5 MB once in UTF-8; the same text the ingest CLI reads from a file. ' +
    'Sent as UTF-8, or in the charset the Content-Type names (`charset=iso-8859-1`, `windows-1252`, `utf-16`); another charset is a 415.')

export const StatementWriteJsonSchema = z.object({
  text: StatementTextSchema,
  source_url: z.url({ protocol: /^https?$/ }).max(2048).optional()
    .describe('Where the document was published, kept as `source_url`.')
}).meta({
  id: 'StatementWrite',
  examples: [{ text: sampleText, source_url: 'https://ec.europa.eu/commission/presscorner/detail/en/statement_23_1201' }]
})

export const StatementWriteBodySchema = {
  content: {
    'text/plain': { schema: StatementTextBodySchema },
    'application/json': { schema: StatementWriteJsonSchema }
  }
}

/** Response headers in @fastify/swagger's form: a JSON Schema per header. */
export const WriteOutcomeHeader = {
  'Write-Outcome': {
    type: 'string',
    enum: [...WRITE_OUTCOMES],
    description: 'What the write did: `inserted` (201), `updated` (a changed text or a newer extractor, 200) or `unchanged` (200).'
  }
}

export const LocationHeader = {
  Location: { type: 'string', description: 'The path of the new statement, `/v1/statements/{id}`.' }
}

export type WriteOutcome = typeof WRITE_OUTCOMES[number]
export type StatementWriteJson = z.output<typeof StatementWriteJsonSchema>
