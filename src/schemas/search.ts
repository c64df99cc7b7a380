import { z } from 'zod'
import { PagingQuerySchema, SearchTextSchema, pageOf } from './common.js'

const example = {
  paragraph_id: 'statement-23-121-p3',
  statement_id: 'statement-23-121',
  position: 3,
  kind: 'body' as const,
  statement_title: 'Joint statement on Ukraine',
  statement_date: '2023-01-10',
  snippet: 'We will continue to strengthen <mark>sanctions</mark> against Russia.',
  rank: -3.21
}

export const SearchHitSchema = z.object({
  paragraph_id: z.string(),
  statement_id: z.string(),
  position: z.number().int(),
  kind: z.string(),
  statement_title: z.string().nullable(),
  statement_date: z.string().nullable(),
  snippet: z.string().describe('Up to 24 words around the matches as HTML: the text escaped (`&lt;`, `&amp;`, `&quot;`, `&#39;`), each match between <mark> and </mark>. Safe to insert as HTML.'),
  rank: z.number().describe('bm25 score: lower is a better match.')
}).meta({ id: 'SearchHit', examples: [example] })

export const SearchPageSchema = pageOf(SearchHitSchema, 'SearchPage', example)

export const SearchQuerySchema = PagingQuerySchema.extend({
  q: SearchTextSchema.describe('The words to find; quotes and operators (NEAR, AND, *) are searched for as text.'),
  statement: z.string().min(1).max(200).optional().describe('Only paragraphs of this statement.')
})

export type SearchHit = z.output<typeof SearchHitSchema>
export type SearchQuery = z.output<typeof SearchQuerySchema>
