import type { ExtractedDocument } from '../extract/types.js'

const PREVIEW = 72

/**
 * The human-readable --dry-run view of one document: what would be stored,
 * short enough to read in a terminal (paragraph and commitment texts are cut).
 */
export function formatDocument (file: string, doc: ExtractedDocument): string {
  const { metadata: m } = doc
  const lines = [
    `${file} -> ${doc.id}`,
    `  reference ${m.reference ?? '-'} | type ${m.type} | date ${m.date ?? '-'} | place ${m.place ?? '-'} | language ${doc.language}`,
    `  title     ${m.title ?? '-'}`
  ]
  if (m.subtitle !== null) lines.push(`  subtitle  ${m.subtitle}`)
  if (m.speakers.length > 0) lines.push(`  speakers  ${m.speakers.map(person).join('; ')}`)
  if (m.people.length > 0) lines.push(`  people    ${m.people.map(person).join('; ')}`)
  if (m.pressContacts.length > 0) lines.push(`  contacts  ${m.pressContacts.map((c) => [c.name, c.phone, c.email].filter(Boolean).join(' ')).join('; ')}`)
  if (m.relatedDocuments.length > 0) lines.push(`  related documents  ${m.relatedDocuments.join('; ')}`)
  if (m.relatedMedia.length > 0) lines.push(`  related media      ${m.relatedMedia.join('; ')}`)

  lines.push(`  paragraphs (${doc.paragraphs.length})`)
  for (const p of doc.paragraphs) {
    lines.push(`    ${`p${p.position}`.padEnd(4)} ${p.kind.padEnd(10)} ${String(p.sentences.length).padStart(2)} s  ${preview(p.text)}`)
  }
  lines.push(`  actors (${doc.actors.length})`)
  const roles = new Map<string, string[]>()
  for (const { actorId, role } of doc.roles) roles.set(actorId, [...(roles.get(actorId) ?? []), role])
  for (const actor of doc.actors) {
    const mentions = doc.mentions.filter((mention) => mention.actorId === actor.id).length
    lines.push(`    ${actor.id}  ${actor.type}, ${mentions} mentions${roles.has(actor.id) ? `, ${roles.get(actor.id)?.join('/') ?? ''}` : ''}`)
  }
  const topics = new Map<string, number>()
  for (const { topics: matches } of doc.paragraphTopics) for (const { slug } of matches) topics.set(slug, (topics.get(slug) ?? 0) + 1)
  lines.push(`  topics (${topics.size})`)
  for (const [slug, paragraphs] of topics) lines.push(`    ${slug}  in ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`)
  lines.push(`  commitments (${doc.commitments.length})`)
  for (const c of doc.commitments) {
    const where = `p${c.paragraphPosition}-s${c.sentencePosition}-c${c.clausePosition}`
    const extras = [
      `holders ${c.holderIds.join(', ') || '-'}`,
      c.targetIds.length > 0 ? `targets ${c.targetIds.join(', ')}` : null,
      c.topicSlugs.length > 0 ? `topics ${c.topicSlugs.join(', ')}` : null,
      c.timeframe === null ? null : `when "${c.timeframe.text}"${c.timeframe.date === null ? '' : ` (${c.timeframe.date})`}`
    ].filter((part) => part !== null)
    lines.push(`    ${where}  ${c.modality}${c.polarity === 'negative' ? ' (negative)' : ''}  ${c.action}: ${preview(c.clause.text)}`)
    lines.push(`      ${extras.join(' | ')}`)
  }
  return lines.join('\n')
}

const person = (p: { name: string, role: string | null }): string => (p.role === null ? p.name : `${p.name} (${p.role})`)

function preview (text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length <= PREVIEW ? flat : `${flat.slice(0, PREVIEW - 1)}…`
}
