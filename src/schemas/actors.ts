import { z } from 'zod'
import { ACTOR_TYPES } from '../extract/types.js'
import { countParameter, PagingQuerySchema, listOf, pageOf } from './common.js'

const example = {
  id: 'russia',
  name: 'Russia',
  type: 'country' as const,
  aliases: ['Russian Federation', 'the Kremlin'],
  role: null,
  country_code: 'RU',
  mention_count: 120,
  statement_count: 31
}

export const ActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(ACTOR_TYPES),
  aliases: z.array(z.string()),
  role: z.string().nullable(),
  country_code: z.string().nullable().describe('ISO 3166-1 alpha-2, for countries.'),
  mention_count: z.number().int().describe('Mentions, within the `statement` filter when given.'),
  statement_count: z.number().int().describe('Statements naming the actor, within the `statement` filter when given.')
}).meta({ id: 'Actor', examples: [example] })

export const ActorPageSchema = pageOf(ActorSchema, 'ActorPage', example)

export const ActorListQuerySchema = PagingQuerySchema.extend({
  type: z.enum(ACTOR_TYPES).optional(),
  q: z.string().trim().min(1).max(200).optional().describe('Part of the name, an alias or the id (case-insensitive for ASCII).'),
  statement: z.string().min(1).max(200).optional().describe('Only actors named in this statement; counts are within it.')
})

const mentionExample = {
  id: 4021,
  statement_id: 'statement-23-121',
  paragraph_id: 'statement-23-121-p3',
  sentence_id: 'statement-23-121-p3-s2',
  start: 461,
  end: 467,
  text: 'Russia'
}

export const MentionSchema = z.object({
  id: z.number().int(),
  statement_id: z.string(),
  paragraph_id: z.string(),
  sentence_id: z.string().nullable(),
  start: z.number().int().describe('Offset in the statement source text (UTF-16 code units).'),
  end: z.number().int(),
  text: z.string().describe('The surface text as written.')
}).meta({ id: 'Mention', examples: [mentionExample] })

export const MentionPageSchema = pageOf(MentionSchema, 'MentionPage', mentionExample)

const coExample = { id: 'ukraine', name: 'Ukraine', type: 'country' as const, paragraphs: 42 }

export const CoOccurrenceSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(ACTOR_TYPES),
  paragraphs: z.number().int().describe('Paragraphs naming both actors.')
}).meta({ id: 'CoOccurrence', examples: [coExample] })

export const CoOccurrenceListSchema = listOf(CoOccurrenceSchema, 'CoOccurrenceList', coExample)

export const TopListQuerySchema = z.object({
  limit: countParameter(200, 50, 'How many entries (1-200).'),
  format: PagingQuerySchema.shape.format
})

export type Actor = z.output<typeof ActorSchema>
export type ActorListQuery = z.output<typeof ActorListQuerySchema>
export type Mention = z.output<typeof MentionSchema>
export type CoOccurrence = z.output<typeof CoOccurrenceSchema>
