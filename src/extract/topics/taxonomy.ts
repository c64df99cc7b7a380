import { join } from 'node:path'
import type { z } from 'zod'
import { DATA_DIR } from '../../paths.js'
import { readYamlFile } from '../read-yaml.js'
import type { TopicRecord } from '../types.js'
import { TaxonomyFileSchema, type TopicEntry } from './taxonomy-schema.js'

/** Matching rules beyond the plain term list of a TopicRecord. */
export interface TopicRules {
  terms: string[]
  weakTerms: string[]
  allOf: string[][]
  minScore: number
}

export interface Taxonomy {
  /** Areas and fine topics, in file order. */
  topics: TopicRecord[]
  bySlug: ReadonlyMap<string, TopicRecord>
  rules: ReadonlyMap<string, TopicRules>
}

export class TaxonomyError extends Error {
  override name = 'TaxonomyError'
}

// "topics[12] (sanctions).area: area "foo" is not defined": the entry and the field.
function describeIssues (source: string, raw: unknown, issues: z.core.$ZodIssue[]): string {
  const entries = (raw as { topics?: unknown } | null)?.topics
  const lines = issues.map((issue) => {
    const [first, index, ...rest] = issue.path
    if (first !== 'topics' || typeof index !== 'number') return `${issue.path.join('.') || '(file)'}: ${issue.message}`
    const entry = Array.isArray(entries) ? entries[index] as { slug?: unknown } | undefined : undefined
    const name = typeof entry?.slug === 'string' ? ` (${entry.slug})` : ''
    const field = rest.length > 0 ? `.${rest.join('.')}` : ''
    return `topics[${index}]${name}${field}: ${issue.message}`
  })
  return `invalid topic taxonomy ${source}: ${lines.join('; ')}`
}

function toRecord (entry: TopicEntry): TopicRecord {
  const groupTerms = entry.all_of.flat()
  return {
    slug: entry.slug,
    label: entry.label,
    area: entry.area ?? null,
    description: entry.description,
    // Everything that can signal the topic, so readers of the database see it all.
    terms: [...new Set([...entry.terms, ...groupTerms, ...entry.weak_terms])],
    eurovoc: entry.eurovoc ?? null,
    capCode: entry.cap_code ?? null
  }
}

/** Validates parsed YAML (or any object) into a Taxonomy; `source` names it in errors. */
export function buildTaxonomy (raw: unknown, source = 'topics.yaml'): Taxonomy {
  const result = TaxonomyFileSchema.safeParse(raw)
  if (!result.success) throw new TaxonomyError(describeIssues(source, raw, result.error.issues))
  const topics = result.data.topics.map(toRecord)
  const rules = new Map(result.data.topics.map((entry) => [entry.slug, {
    terms: entry.terms,
    weakTerms: entry.weak_terms,
    allOf: entry.all_of,
    minScore: entry.min_score
  }]))
  return { topics, bySlug: new Map(topics.map((topic) => [topic.slug, topic])), rules }
}

export function loadTaxonomy (path: string = join(DATA_DIR, 'topics.yaml')): Taxonomy {
  let raw: unknown
  try {
    raw = readYamlFile(path)
  } catch (error) {
    // A YAML slip (a stray comma) should read like the other taxonomy errors, with its line.
    throw new TaxonomyError(`invalid topic taxonomy ${path}: ${(error as Error).message.split('\n')[0] ?? ''}`, { cause: error })
  }
  return buildTaxonomy(raw, path)
}
