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

// A bare "the Court" (also opening a sentence, with a possessive), no name's head: not "the Court of Auditors", nor
// "the Court Registry".
const BARE_COURT = /\b[Tt]he\s+Court(?:['’]s?)?(?![\p{L}\p{M}'’-])(?!\s+(?:of\b|\p{Lu}))/gu
// A court's name: capitalised words it ends ("the General Court", "the Belgian Constitutional Court") or a
// capitalised "of" phrase it opens ("the Court of Justice of the EU", "the Court of Auditors").
const COURT_NAME = /(\p{Lu}[\p{L}\p{M}'’-]*)\s+Court\b|\bCourt\s+of\s+(?:the\s+)?\p{Lu}/gu
// A body the gazetteer knows as a court: "Court of Justice of the European Union", "International Criminal Court".
const COURT_BODY = /\bCourt\b/u

/** Where a court named by a known body's mention stands in the text, and which body it is. */
export interface CourtNamed { actorId: string, start: number, end: number }

/**
 * The spans of a bare "the Court" in `text` (offsets from `offset`) that take up the court the text named last, with
 * that court: "The Commission decided to refer Greece to the Court of Justice of the EU. ... The Commission will ask
 * the Court to impose financial sanctions" is the Court of Justice. Nobody when the court named last is one we do not
 * know ("the General Court", "the Belgian Constitutional Court") or the text names none before it: a court is no actor
 * by its common noun alone. `courts` are the known courts' mentions, in text order.
 */
export function courtsTakenUp (source: string, text: string, offset: number, courts: CourtNamed[]): CourtNamed[] {
  const found: CourtNamed[] = []
  for (const bare of text.matchAll(BARE_COURT)) {
    const start = offset + bare.index
    let last: CourtNamed | undefined
    for (const court of courts) if (court.end <= start) last = court
    if (last === undefined) continue
    // Another court named since, by a name we do not know, is the one taken up.
    let other = false
    for (const name of source.slice(last.end, start).matchAll(COURT_NAME)) {
      if (!DETERMINERS.has(name[1] ?? '')) other = true
    }
    if (!other) found.push({ actorId: last.actorId, start, end: start + bare[0].length })
  }
  return found
}

/** Whether a known body is a court, whose bare common noun "the Court" may take it up. */
export const isCourt = (name: string): boolean => COURT_BODY.test(name)
