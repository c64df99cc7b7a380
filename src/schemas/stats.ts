import { z } from 'zod'
import { ACTOR_TYPES, DOCUMENT_TYPES, MODALITIES, POLARITIES } from '../extract/types.js'
import { countParameter, DateSchema, FormatSchema, listOf } from './common.js'

const id = z.string().min(1).max(200).optional()
const common = {
  from: DateSchema.optional().describe('Only statements dated on or after this day.'),
  to: DateSchema.optional().describe('Only statements dated on or before this day.'),
  statement: id.describe('Only this statement.'),
  limit: countParameter(200, 50, 'How many rows at most (1-200).'),
  format: FormatSchema
}

const topicExample = { slug: 'sanctions', label: 'Sanctions', area: 'security', statements: 31, paragraphs: 57, commitments: 12 }
export const TopicStatSchema = z.object({
  slug: z.string(),
  label: z.string(),
  area: z.string().nullable(),
  statements: z.number().int(),
  paragraphs: z.number().int(),
  commitments: z.number().int()
}).meta({ id: 'TopicStat', examples: [topicExample] })
export const TopicStatsSchema = listOf(TopicStatSchema, 'TopicStats', topicExample)
export const TopicStatsQuerySchema = z.object({
  ...common,
  type: z.enum(DOCUMENT_TYPES).optional().describe('Only statements of this type.'),
  actor: id.describe('Only statements naming this actor.')
})

const actorExample = { id: 'russia', name: 'Russia', type: 'country' as const, statements: 31, mentions: 120 }
export const ActorStatSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(ACTOR_TYPES),
  statements: z.number().int().describe('Statements whose text mentions the actor. A speaker named only in the title is not counted; `statement_count` of /v1/actors counts every role.'),
  mentions: z.number().int().describe('Mentions in the text (paragraphs).')
}).meta({ id: 'ActorStat', examples: [actorExample] })
export const ActorStatsSchema = listOf(ActorStatSchema, 'ActorStats', actorExample)
export const ActorStatsQuerySchema = z.object({
  ...common,
  type: z.enum(ACTOR_TYPES).optional().describe('Only actors of this type.'),
  topic: id.describe('Only mentions in paragraphs of this topic or area.')
})

const commitmentExample = { month: '2023-01', modality: 'commitment' as const, polarity: 'positive' as const, commitments: 14 }
export const CommitmentStatSchema = z.object({
  month: z.string().nullable().describe('yyyy-mm of the statement; null for undated statements.'),
  modality: z.enum(MODALITIES),
  polarity: z.enum(POLARITIES),
  commitments: z.number().int()
}).meta({ id: 'CommitmentStat', examples: [commitmentExample] })
export const CommitmentStatsSchema = listOf(CommitmentStatSchema, 'CommitmentStats', commitmentExample)
export const CommitmentStatsQuerySchema = z.object({
  ...common,
  limit: countParameter(1000, 200, 'How many rows at most (1-1000).'),
  holder: id.describe('An actor id holding the commitment.'),
  target: id.describe('An actor id the commitment is aimed at.'),
  actor: id.describe('An actor id, holder or target.'),
  topic: id.describe('A topic slug, or an area slug.'),
  modality: z.enum(MODALITIES).optional(),
  polarity: z.enum(POLARITIES).optional()
})

export type TopicStat = z.output<typeof TopicStatSchema>
export type ActorStat = z.output<typeof ActorStatSchema>
export type CommitmentStat = z.output<typeof CommitmentStatSchema>
export type TopicStatsQuery = z.output<typeof TopicStatsQuerySchema>
export type ActorStatsQuery = z.output<typeof ActorStatsQuerySchema>
export type CommitmentStatsQuery = z.output<typeof CommitmentStatsQuerySchema>
