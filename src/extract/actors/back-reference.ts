// "the Alliance", the common noun by which EU texts name NATO, alone (also opening a sentence, with a possessive).
const BARE_ALLIANCE = /^the Alliance(?:['’]s?)?$/iu
// Another alliance's name: capitalised words it ends ("a Competitiveness Alliance", "the Critical Medicines
// Alliance") or a capitalised "of" or "for" phrase it opens ("the Alliance of Small Island States").
const ALLIANCE_NAME = /(\p{Lu}[\p{L}\p{M}'’-]*)\s+Alliance\b|\bAlliance\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/gu
// Words before a bare "Alliance" that open a sentence: "The Alliance will", "Our Alliance".
const DETERMINERS = new Set(['The', 'This', 'That', 'Our', 'Their', 'Its', 'Your', 'An', 'A', 'Every'])

/**
 * Whether "the Alliance" at [start, end) takes up another alliance, the one
 * the text named last, and so is not NATO: "The leaders launched a
 * Competitiveness Alliance. ... a first ministerial meeting of the Alliance".
 * `namedAt` is where the text last named NATO by another of its names ("NATO",
 * "the Atlantic Alliance"), which then is the alliance it takes up. Only this
 * noun: "the Union" stays the EU after "the Energy Union" or "the African
 * Union", as EU texts write it.
 */
export function takesUpAnotherAlliance (text: string, start: number, end: number, namedAt: number): boolean {
  if (!BARE_ALLIANCE.test(text.slice(start, end))) return false
  let last = -1
  for (const match of text.slice(0, start).matchAll(ALLIANCE_NAME)) {
    if (!DETERMINERS.has(match[1] ?? '')) last = match.index
  }
  return last > namedAt
}
