import type { DocumentMetadata } from './types.js'

const MAX_SLUG_ID_LENGTH = 80

/** Lowercase ASCII slug: diacritics folded, every other run of non-alphanumerics one '-'. */
export function slugify (text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // Letters that NFKD does not decompose into ASCII plus a mark.
    .replace(/ß/g, 'ss').replace(/[Ææ]/g, 'ae').replace(/[Øø]/g, 'o').replace(/[Œœ]/g, 'oe')
    .replace(/[Łł]/g, 'l').replace(/[Đđ]/g, 'd').replace(/[Þþ]/g, 'th')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Cuts a slug at a '-' so that no word is split, keeping at most `max` characters. */
function cutAtWord (slug: string, max: number): string {
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max + 1)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, max)).replace(/-+$/, '')
}

/**
 * A stable, readable statement id: the reference when there is one
 * ("STATEMENT/23/121" -> "statement-23-121"), else date + title, else title,
 * else the content hash, so re-ingesting the same text gives the same id.
 */
export function statementIdFor (metadata: Pick<DocumentMetadata, 'reference' | 'date' | 'title'>, sha256: string): string {
  const fromReference = metadata.reference === null ? '' : slugify(metadata.reference)
  if (fromReference !== '') return fromReference
  const titleSlug = metadata.title === null ? '' : slugify(metadata.title)
  if (titleSlug !== '') {
    const prefix = metadata.date === null ? 'undated-' : `${metadata.date}-`
    return prefix + cutAtWord(titleSlug, MAX_SLUG_ID_LENGTH - prefix.length)
  }
  return `doc-${sha256.slice(0, 12).toLowerCase()}`
}

export function paragraphId (statementId: string, paragraph: number): string {
  return `${statementId}-p${paragraph}`
}

export function sentenceId (statementId: string, paragraph: number, sentence: number): string {
  return `${paragraphId(statementId, paragraph)}-s${sentence}`
}

export function commitmentId (statementId: string, paragraph: number, sentence: number, clause: number): string {
  return `${sentenceId(statementId, paragraph, sentence)}-c${clause}`
}
