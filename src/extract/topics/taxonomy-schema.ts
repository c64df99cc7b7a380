import { z } from 'zod'
import { termWords } from './tokens.js'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const Term = z.string().trim().refine((term) => termWords(term).length > 0, 'a term needs at least one word')
const TermList = z.array(Term)

// One entry of data/topics.yaml. Areas are the entries without `area`.
export const TopicEntrySchema = z.object({
  slug: z.string().regex(SLUG, 'must be a kebab-case slug'),
  label: z.string().trim().min(1),
  area: z.string().nullish(),
  description: z.string().trim().default(''),
  terms: TermList.default([]),
  /** Count only next to another signal of the same topic (or a topic of the document's title). */
  weak_terms: TermList.default([]),
  /** The topic also matches when every group has a term in the text. */
  all_of: z.array(TermList.min(1)).default([]),
  /** Minimum summed weight of terms and all_of groups; default 1 (one single-word term). */
  min_score: z.number().positive().default(1),
  eurovoc: z.union([z.string(), z.number()]).transform(String).nullish(),
  cap_code: z.number().int().min(1).max(99).nullish()
}).strict()

export type TopicEntry = z.infer<typeof TopicEntrySchema>

export const TaxonomyFileSchema = z.object({
  topics: z.array(TopicEntrySchema).min(1)
}).strict().superRefine((file, ctx) => {
  const kinds = new Map<string, 'area' | 'topic'>()
  file.topics.forEach((entry, index) => {
    if (kinds.has(entry.slug)) {
      ctx.addIssue({ code: 'custom', path: ['topics', index, 'slug'], message: `duplicate slug "${entry.slug}"` })
    }
    kinds.set(entry.slug, entry.area == null ? 'area' : 'topic')
  })
  file.topics.forEach((entry, index) => {
    if (entry.area == null) return
    const kind = kinds.get(entry.area)
    // Two levels only: a fine topic's area must be an area, not another fine topic.
    if (kind !== 'area') {
      const why = kind === 'topic' ? 'is a fine topic, not an area' : 'is not defined'
      ctx.addIssue({ code: 'custom', path: ['topics', index, 'area'], message: `area "${entry.area}" ${why}` })
    }
    if (entry.terms.length === 0 && entry.all_of.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['topics', index, 'terms'], message: 'a fine topic needs at least one term' })
    }
  })
})

export type TaxonomyFile = z.infer<typeof TaxonomyFileSchema>
