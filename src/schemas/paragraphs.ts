import { z } from 'zod'
import { PARAGRAPH_KINDS } from '../extract/types.js'
import { PagingQuerySchema, SearchTextSchema, pageOf } from './common.js'

const example = {
  id: 'statement-23-121-p3',
  statement_id: 'statement-23-121',
  position: 3,
  kind: 'body' as const,
  text: 'We will continue to strengthen sanctions against Russia.',
  start: 412,
  end: 468,
  topics: [{ slug: 'sanctions', label: 'Sanctions', score: 1.5 }],
  mentions: [{ actor_id: 'russia', text: 'Russia', start: 461, end: 467 }]
}

export const ParagraphSchema = z.object({
  id: z.string(),
  statement_id: z.string(),
  position: z.number().int().describe('1-based position in the statement.'),
  kind: z.enum(PARAGRAPH_KINDS),
  text: z.string(),
  start: z.number().int().describe('Offset of the paragraph in the source text (UTF-16 code units).'),
  end: z.number().int(),
  topics: z.array(z.object({ slug: z.string(), label: z.string(), score: z.number() })),
  mentions: z.array(z.object({ actor_id: z.string(), text: z.string(), start: z.number().int(), end: z.number().int() }))
}).meta({ id: 'Paragraph', examples: [example] })

export const ParagraphPageSchema = pageOf(ParagraphSchema, 'ParagraphPage', example)

export const ParagraphListQuerySchema = PagingQuerySchema.extend({
  statement: z.string().min(1).max(200).optional().describe('Only paragraphs of this statement.'),
  topic: z.string().min(1).max(200).optional().describe('A topic slug, or an area slug (any topic in that area).'),
  actor: z.string().min(1).max(200).optional().describe('Only paragraphs that mention this actor.'),
  kind: z.enum(PARAGRAPH_KINDS).optional(),
  q: SearchTextSchema.optional().describe('Full-text search; words are matched, operators are not interpreted.')
})

export type Paragraph = z.output<typeof ParagraphSchema>
export type ParagraphListQuery = z.output<typeof ParagraphListQuerySchema>
