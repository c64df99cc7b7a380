import { z } from 'zod'
import { IdSchema, listOf } from './common.js'

const fineExample = {
  slug: 'sanctions',
  label: 'Sanctions',
  area: 'security',
  description: 'Restrictive measures against states, entities and people.',
  terms: ['sanctions', 'restrictive measures'],
  eurovoc: null,
  cap_code: null,
  paragraph_count: 57,
  commitment_count: 12
}

const TopicFields = {
  slug: z.string(),
  label: z.string(),
  area: z.string().nullable().describe('The slug of the broader area; null for an area.'),
  description: z.string(),
  terms: z.array(z.string()).describe('Signal terms the matcher looks for.'),
  eurovoc: z.string().nullable(),
  cap_code: z.number().int().nullable().describe('Comparative Agendas Project major topic code.'),
  paragraph_count: z.number().int().describe('Paragraphs tagged with the topic (for an area: with any of its topics).'),
  commitment_count: z.number().int()
}

export const TopicSchema = z.object(TopicFields).meta({ id: 'Topic', examples: [fineExample] })

export const TopicNodeSchema = z.object({ ...TopicFields, topics: z.array(TopicSchema).describe('The fine topics of an area; empty for a fine topic.') })
  .meta({ id: 'TopicNode', examples: [{ ...fineExample, slug: 'security', label: 'Security and defence', area: null, topics: [fineExample] }] })

export const TopicTreeSchema = listOf(TopicNodeSchema, 'TopicTree', { ...fineExample, slug: 'security', area: null, topics: [fineExample] })

export const TopicParamsSchema = z.object({ slug: IdSchema.describe('A topic or area slug.') })

export type Topic = z.output<typeof TopicSchema>
export type TopicNode = z.output<typeof TopicNodeSchema>
