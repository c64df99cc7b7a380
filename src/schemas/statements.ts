import { z } from 'zod'
import { DOCUMENT_TYPES } from '../extract/types.js'
import { DateSchema, PagingQuerySchema, SearchTextSchema, pageOf } from './common.js'

const NamedPersonSchema = z.object({ name: z.string(), role: z.string().nullable() })

const summaryExample = {
  id: 'statement-23-121',
  reference: 'STATEMENT/23/121',
  type: 'statement' as const,
  title: 'Joint statement by President von der Leyen and Secretary-General Stoltenberg',
  subtitle: null,
  place: 'Brussels',
  date: '2023-01-10',
  language: 'en',
  speakers: [{ name: 'von der Leyen', role: 'President' }]
}

export const StatementSummarySchema = z.object({
  id: z.string(),
  reference: z.string().nullable().describe('The press corner reference, for example `STATEMENT/23/121`.'),
  type: z.enum(DOCUMENT_TYPES),
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  place: z.string().nullable(),
  date: z.string().nullable().describe('yyyy-mm-dd, or null when the document has no date.'),
  language: z.string().describe('ISO 639-1, or `und`.'),
  speakers: z.array(NamedPersonSchema)
}).meta({ id: 'StatementSummary', examples: [summaryExample] })

export const StatementSchema = StatementSummarySchema.extend({
  people: z.array(NamedPersonSchema),
  press_contacts: z.array(z.object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() })),
  related_documents: z.array(z.string()),
  related_media: z.array(z.string()),
  source_file: z.string().nullable().describe('The name of the ingested file.'),
  source_url: z.string().nullable(),
  source_sha256: z.string().describe('sha256 of the normalised source text (UTF-8), see `/v1/statements/{id}/source`.'),
  extractor_version: z.string(),
  ingested_at: z.string(),
  counts: z.object({
    paragraphs: z.number().int(),
    sentences: z.number().int(),
    mentions: z.number().int(),
    actors: z.number().int(),
    commitments: z.number().int()
  }),
  top_topics: z.array(z.object({ slug: z.string(), label: z.string(), paragraphs: z.number().int(), score: z.number() })),
  top_actors: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), mentions: z.number().int() }))
}).meta({
  id: 'Statement',
  examples: [{
    ...summaryExample,
    people: [{ name: 'Jens Stoltenberg', role: 'NATO Secretary-General' }],
    press_contacts: [{ name: 'Eric Mamer', phone: '+32 2 299 40 73', email: null }],
    related_documents: [],
    related_media: [],
    source_file: 'statement-23-121.txt',
    source_url: null,
    source_sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    extractor_version: '1',
    ingested_at: '2024-05-01T10:00:00.000Z',
    counts: { paragraphs: 12, sentences: 30, mentions: 41, actors: 9, commitments: 6 },
    top_topics: [{ slug: 'sanctions', label: 'Sanctions', paragraphs: 3, score: 2.5 }],
    top_actors: [{ id: 'russia', name: 'Russia', type: 'country', mentions: 7 }]
  }]
})

export const StatementPageSchema = pageOf(StatementSummarySchema, 'StatementPage', summaryExample)

export const StatementListQuerySchema = PagingQuerySchema.extend({
  q: SearchTextSchema.optional().describe('Full-text search in the paragraphs; words are matched, operators are not interpreted.'),
  type: z.enum(DOCUMENT_TYPES).optional(),
  from: DateSchema.optional().describe('Only statements dated on or after this day.'),
  to: DateSchema.optional().describe('Only statements dated on or before this day.'),
  topic: z.string().min(1).max(200).optional().describe('A topic slug, or an area slug (any topic in that area).'),
  actor: z.string().min(1).max(200).optional().describe('An actor id named in the statement in any role.'),
  speaker: z.string().min(1).max(200).optional().describe('An actor id speaking in the statement.'),
  sort: z.enum(['date', '-date']).default('-date').describe('`-date` is newest first; undated statements sort as oldest.')
})

export type StatementSummary = z.output<typeof StatementSummarySchema>
export type Statement = z.output<typeof StatementSchema>
export type StatementListQuery = z.output<typeof StatementListQuerySchema>
