import { z } from 'zod'
import { MODALITIES, POLARITIES } from '../extract/types.js'
import { ActorRefSchema, DateSchema, PagingQuerySchema, SearchTextSchema, TopicRefSchema, pageOf } from './common.js'

const example = {
  id: 'statement-23-121-p3-s2-c1',
  statement_id: 'statement-23-121',
  paragraph_id: 'statement-23-121-p3',
  paragraph_position: 3,
  sentence_id: 'statement-23-121-p3-s2',
  date: '2023-01-10',
  text: 'We will continue to strengthen sanctions against Russia.',
  start: 412,
  end: 468,
  clause: { text: 'We will continue to strengthen sanctions against Russia', start: 412, end: 467 },
  holder: { id: 'european-union', name: 'European Union' },
  holders: [{ id: 'european-union', name: 'European Union' }],
  modality: 'commitment' as const,
  polarity: 'positive' as const,
  action: 'strengthen',
  object: 'sanctions against Russia',
  targets: [{ id: 'russia', name: 'Russia' }],
  topics: [{ slug: 'sanctions', label: 'Sanctions' }],
  timeframe: { text: 'by the end of the year', date: '2023-12-31' },
  rule: 'we-will',
  confidence: 0.9
}

export const CommitmentSchema = z.object({
  id: z.string(),
  statement_id: z.string(),
  paragraph_id: z.string(),
  paragraph_position: z.number().int(),
  sentence_id: z.string(),
  date: z.string().nullable().describe('The date of the statement.'),
  text: z.string().describe('The whole sentence.'),
  start: z.number().int().describe('Offset of the sentence in the source text (UTF-16 code units).'),
  end: z.number().int(),
  clause: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }).describe('The committing clause inside the sentence.'),
  holder: ActorRefSchema.nullable().describe('The first actor holding the commitment, or null when it cannot be told.'),
  holders: z.array(ActorRefSchema).describe('Every holder (a joint "we" has several).'),
  modality: z.enum(MODALITIES),
  polarity: z.enum(POLARITIES),
  action: z.string().describe('Lemma of the action verb.'),
  object: z.string(),
  targets: z.array(ActorRefSchema),
  topics: z.array(TopicRefSchema),
  timeframe: z.object({ text: z.string(), date: z.string().nullable() }).nullable(),
  rule: z.string().describe('The extraction rule that fired.'),
  confidence: z.number()
}).meta({ id: 'Commitment', examples: [example] })

export const CommitmentPageSchema = pageOf(CommitmentSchema, 'CommitmentPage', example)

const filters = {
  holder: z.string().min(1).max(200).optional().describe('An actor id holding the commitment.'),
  target: z.string().min(1).max(200).optional().describe('An actor id the commitment is aimed at.'),
  actor: z.string().min(1).max(200).optional().describe('An actor id, holder or target.'),
  topic: z.string().min(1).max(200).optional().describe('A topic slug, or an area slug (any topic in that area).'),
  modality: z.enum(MODALITIES).optional(),
  polarity: z.enum(POLARITIES).optional(),
  q: SearchTextSchema.optional().describe('Full-text search in the paragraph of the commitment.'),
  from: DateSchema.optional().describe('Only commitments of statements dated on or after this day.'),
  to: DateSchema.optional().describe('Only commitments of statements dated on or before this day.')
}

export const CommitmentListQuerySchema = PagingQuerySchema.extend({
  statement: z.string().min(1).max(200).optional().describe('Only commitments of this statement.'),
  ...filters
})

export const StatementCommitmentsQuerySchema = PagingQuerySchema.extend(filters)

export type Commitment = z.output<typeof CommitmentSchema>
export type CommitmentListQuery = z.output<typeof CommitmentListQuerySchema>
