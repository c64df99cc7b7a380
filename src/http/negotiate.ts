/** A media type with its quality, from an Accept header. */
interface AcceptRange { type: string, subtype: string, q: number, order: number }

function parseAccept (header: string): AcceptRange[] {
  return header.split(',').map((part, order) => {
    const [range = '', ...params] = part.trim().split(';')
    const [type = '', subtype = ''] = range.trim().toLowerCase().split('/')
    let q = 1
    for (const param of params) {
      const [name, value] = param.trim().split('=')
      if (name?.trim().toLowerCase() === 'q') q = Number(value)
    }
    return { type, subtype, q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0, order }
  }).filter((range) => range.type !== '' && range.subtype !== '')
}

function specificity (range: AcceptRange): number {
  if (range.type === '*') return 0
  return range.subtype === '*' ? 1 : 2
}

/**
 * Picks the offered media type the client prefers (RFC 9110 section 12.5.1):
 * highest q, then the most specific range, then the server's order. Returns
 * null when nothing offered is acceptable; a missing header accepts anything.
 */
export function negotiate (accept: string | undefined, offered: readonly string[]): string | null {
  if (accept === undefined || accept.trim() === '') return offered[0] ?? null
  const ranges = parseAccept(accept)
  let best: { type: string, q: number, specificity: number, order: number } | null = null
  offered.forEach((mediaType, offeredOrder) => {
    const [type, subtype] = mediaType.split('/')
    const matching = ranges
      .filter((range) => (range.type === '*' || range.type === type) && (range.subtype === '*' || range.subtype === subtype))
      .sort((a, b) => specificity(b) - specificity(a))
    const range = matching[0]
    if (range === undefined || range.q === 0) return
    const candidate = { type: mediaType, q: range.q, specificity: specificity(range), order: offeredOrder }
    if (best === null || candidate.q > best.q || (candidate.q === best.q && candidate.specificity > best.specificity)) best = candidate
  })
  return (best as { type: string } | null)?.type ?? null
}
