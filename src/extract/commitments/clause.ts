// Another subject's schedule: "the Council is expected (due, set, scheduled) to", also past the one adverb the side's
// own schedule may have: "the Council is also expected to".
export const SCHEDULE = '(?:is|are)\\s+(?:(?:also|now|therefore|still|already|then)\\s+)?(?:expected|due|set|scheduled)\\s+to\\b'

// The modal of a clause that a subject of a few words opens after "and": an
// auxiliary ("and EU experts will"), or a verb and its "to" ("and the EU
// looks forward to", "and Japan intends to"), or a schedule ("and the Council
// is expected to decide in July", "is due to", "is set to").
export const NEXT_MODAL = `(?:(?:will|shall|must|should|would)\\b|(?:looks?\\s+forward|wants?|aims?|intends?|hopes?|plans?|seeks?|needs?|undertakes?|commits?|pledges?|promises?|agree[sd]?|(?:is|are|remains?)\\s+(?:ready|determined|committed|keen|resolved|prepared|willing))\\s+to\\b|${SCHEDULE}|stands?\\s+ready\\b)`

// A request to others in the present, coordinated with the pledge but not
// governed by its modal: "The Commission will market test the commitments and
// invites interested parties to submit comments within one month". What
// follows is the others' to do, by their deadline.
export const REQUEST_OF_OTHERS = '(?:invites|calls\\s+(?:on|upon)|urges|asks|encourages|requests)\\s'
// The same request, or another report, in the past: the reporting clause's own next verb after what it reported. "The
// Commissioner stressed that the EU would not accept the restrictions and urged China to restore supplies": "would"
// governs no past form, so China is the one urged, not a target of the pledge. Not a passive's infinitive ("will be
// consulted and asked to submit").
export const REPORTER_GOES_ON = '(?:invited|called\\s+(?:on|upon)|urged|asked|encouraged|requested|stressed|underlined|emphasi[sz]ed|welcomed|noted|added|reiterated|recalled|highlighted|thanked|expressed|condemned)\\s+(?!to\\b)'
// The subject of such a clause: a few words, or two such lists joined by "and" ("and the United States and the United
// Kingdom should"), whose first name is no object of the clause before.
export const NEXT_SUBJECT = "(?:[\\p{L}\\p{N}'’-]+\\s+){1,4}(?:and\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){1,4})?"
// A clause that opens on a phrase of time or place before a pronoun and a modal: "..., and by the end of 2026 we will
// reduce ..." (or "it", "they", "he", "she" for the subject: "..., and by the end of 2025 it will present a report"); the
// phrase set off by commas, also before another subject: "..., and, within six months, the Commission will",
// not a conjunction or a relative pronoun after an object's last part: "on reusable packaging and on bottles, and it will".
export const TIMED_CLAUSE = `(?:by|in|from|before|after|over|within|during|at|on|next|this|later|then|together|today|tomorrow)\\b[^,;:]{0,40}?(?:,?\\s(?:we|I|it|they|he|she)\\s+(?:will|shall|must|can|need|want|intend|aim)\\b|,\\s+(?!(?:and|but|or|nor|which|who|that|whose|where|when|while)\\b)${NEXT_SUBJECT}${NEXT_MODAL})`
// A subject of a few words none of which opens a relative clause: "and Member States have", not "and those who have".
const OTHER_SUBJECT = "(?:(?!(?:who|whom|whose|which|that)\\b)[\\p{L}\\p{N}'’-]+\\s+){1,4}"
// The same without a comma: names only ("on Russia and the EU will").
const NAMES = "(?:the\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}'’-]*\\s+){1,4}"

// What an elliptic condition, one with no verb, ends on: "if needed", "where appropriate", "as necessary".
export const CONDITION_ADJECTIVES = '(?:necessary|needed|appropriate|possible|required|warranted|justified|relevant|feasible)'

// A short condition set off by commas inside the clause, after its verb: "will develop, where appropriate, a methodology",
// ", if needed,", ", as appropriate,". It ends nothing: the object follows it.
const SET_OFF_CONDITION = `(?:where|if|as|when)\\s+${CONDITION_ADJECTIVES}\\s*,`

// A "but" inside one phrase, joining two adjectives after an article or two adverbs, ends no clause: "enforce the DMA in a
// firm but fair manner", "a small but important step towards", "act quickly but carefully"; a "but" that a new subject, a
// verb's object or a verb ("a decision but reserve the right", "act quickly but we will"), or a determiner ("not a game
// but a strategy") follows still does.
const NO_ADJECTIVE = '(?:the|a|an|its|their|our|his|her|my|your|this|these|those|that|it|them|us|to|and|or|we|they|also|not)\\b'
const PHRASE_BUT = `(?<=\\b(?:a|an|the)\\s+\\p{Ll}[\\p{L}-]*\\s+)but\\s+(?!${NO_ADJECTIVE})\\p{Ll}[\\p{L}-]*\\s+(?!${NO_ADJECTIVE})\\p{L}|(?<=\\p{Ll}ly\\s+)but\\s+\\p{Ll}+ly\\b`

// Where a committing clause ends: the first clause boundary after its verb.
// Boundaries are punctuation that closes a clause (semicolon, colon, dash),
// a subordinating or contrasting conjunction ("when", "because", ", but"),
// a coordination that opens a new clause ("and where", "and we", ", nor will we"), and a
// participial clause after a comma (", answering Belarus' role"). Commas
// before adjuncts (", with a biting sanctions regime") stay in the clause;
// ", including ..." and ", such as ..." too, because they name targets. A
// closing quotation mark, double or single, ends the quoted clause.
const BOUNDARY = new RegExp([
  // A semicolon or a colon, but not the colon of a web address ("at https://...") nor of a time of day ("at 13:30",
  // a digit before it and two after; "Article 5: we will" ends its clause).
  '\\s*;|\\s*:(?!//)(?!(?<=\\d:)\\d\\d\\b)',
  // A dash, but not one joining figures: "over 2021–2027". (The look-behind
  // comes after the dash, so that it runs only at a dash, not at every offset.)
  '\\s*[–—](?:(?<!\\d\\s*[–—])|(?!\\s*\\d))',
  '\\s+-\\s',
  `,\\s+(?!${SET_OFF_CONDITION})(?:but|while|whereas|when|whenever|because|since|although|though|as|if|unless|where|which|so|yet|whose)\\b`,
  `\\s+(?!(?<=,\\s*)${SET_OFF_CONDITION})(?:(?!${PHRASE_BUT})but|when|whenever|because|although|whereas|unless|if|while)\\b`,
  // An inverted condition ends the clause as "if" does: "mobilise additional funding should the situation deteriorate
  // further" (a subject after "should", where a modal "should" has its verb).
  '\\s+should\\s+(?=(?:the|a|an|this|these|that|those|it|they|there|any|such|its|their|our|we|I|you|he|she)\\b|\\p{Lu})',
  ',?\\s+and\\s+(?:where|when|why|how|we|I|they|it|this|that|you|he|she|there)\\b',
  `,?\\s+and\\s+(?=${REQUEST_OF_OTHERS}|${REPORTER_GOES_ON})`,
  // ", and EU humanitarian experts will be deployed", ", and the EU looks forward to": after a comma, "and" and a subject of a few words before a modal.
  `,\\s+and\\s+(?=${NEXT_SUBJECT}${NEXT_MODAL})`,
  // ", and Member States have pledged a further 215,000 doses": another subject's perfect, what others did, after a
  // comma ("HERA will donate 351,000 doses, and ..."); not a relative clause on the object ("and all those who have").
  `,\\s+and\\s+(?=${OTHER_SUBJECT}(?:have|has|had)\\s+(?:not\\s+)?(?:already\\s+|also\\s+|just\\s+|now\\s+)?\\p{Ll})`,
  // "We will keep the pressure on Russia and the EU will adopt new sanctions": without a comma, a name.
  `\\s+and\\s+(?=${NAMES}(?:and\\s+${NAMES})?${NEXT_MODAL})`,
  ',?\\s+(?:and|but)\\s+(?=(?:will|shall|must|should|need|needs|want|wants|would|stands?\\s+ready|remains?\\s+(?:fully\\s+|firmly\\s+)?committed|(?:is|are)\\s+(?:ready|determined|committed))\\b)',
  // "We will cut red tape, and by the end of 2026 we will reduce ...".
  `,?\\s+and,?\\s+(?=${TIMED_CLAUSE})`,
  // "Not only will we support Ukraine, we will rebuild it": a pronoun and a modal after a comma.
  ',\\s+(?=(?:we|I|they)\\s+(?:will|shall|must|need|want|can|would|should)\\b)',
  // "..., nor will we tolerate it": a clause of its own, its subject after its modal.
  ',?\\s+nor\\s+(?=(?:will|shall|must|can|do|does|would|should|could|are|is|have|has)\\s+(?:we|I)\\b)',
  // A participle after a comma, ", answering Belarus' role"; not a noun in -ing that a list of objects names, followed by
  // a comma or by "and" (or "or") before a word that is no participle: "will provide equipment, training and operational
  // support", "vessels, funding, and equipment" ("..., training and equipping the coast guard" still ends it); nor the next
  // item of a list of means: "by sending requests for information, conducting interviews or inspections".
  ',(?<!\\bby\\s+\\p{Ll}+ing\\b[^,;:]*,)\\s+(?!including\\b|notably\\b)\\p{Ll}+ing\\b(?!\\s*,|\\s+(?:and|or)\\s+(?!\\p{Ll}+ing\\b))',
  '(?<=\\S)["”](?=[\\s,.;:!?]|$)',
  "(?<=\\p{L})['’](?=[,.;:!?])",
  // "‘We will not back down,’ said ...": a single quotation mark after a comma or a full stop closes a quote.
  "(?<=[,.!?])['’](?=\\s|$)",
  // Not a full stop: inside a sentence, the sentence splitter has already
  // read every period as part of an abbreviation ("the U.S. negotiators",
  // "Art. 5", "e.g. quotas"), and the one at the end ends the sentence anyway.
  '[!?](?=\\s|$)'
].join('|'), 'gu')

// Punctuation, and a conjunction left before a boundary: "We will not leave farmers alone, and [if prices fall, ...]".
const TRAILING = /(?:[\s.,;:!?"“”'’)]|\s(?:and|or|but)(?=[\s.,;:!?"“”'’)]*$))+$/u

// A clause set off by ", which" before its subject ends at the next comma:
// "The package, which we will present tomorrow, includes new sanctions".
const WHICH_BEFORE = /,\s*which\s+$/iu

/**
 * Sentence-relative end of the clause that continues at `from`, trailing
 * punctuation excluded; `subjectStart`, where the clause's subject starts,
 * tells a relative clause that ends at its closing comma.
 */
export function clauseEnd (sentence: string, from: number, subjectStart = from): number {
  const comma = WHICH_BEFORE.test(sentence.slice(0, subjectStart)) ? sentence.indexOf(',', from) : -1
  const end = plainClauseEnd(sentence, from)
  return comma === -1 || comma > end ? end : comma
}

// A quotation mark that opens a quotation: at the start, after a space or a bracket, or a curly opening one.
const OPENING_QUOTE = /(?:^|[\s([])"|“/u

/**
 * The first boundary at or after `from`. A closing quotation mark whose
 * quotation opened inside the clause is a term's, not the end of what
 * someone said: "will never recognise these sham "elections" or their results".
 */
function boundaryAfter (sentence: string, from: number): number {
  BOUNDARY.lastIndex = from
  for (let match = BOUNDARY.exec(sentence); match !== null; match = BOUNDARY.exec(sentence)) {
    const quote = match[0] === '"' || match[0] === '”'
    if (!quote || !OPENING_QUOTE.test(sentence.slice(from, match.index))) return match.index
  }
  return sentence.length
}

function plainClauseEnd (sentence: string, from: number): number {
  const end = boundaryAfter(sentence, from)
  const trailing = TRAILING.exec(sentence.slice(from, end))
  if (trailing === null) return end
  const cut = end - trailing[0].length
  // A bracket the clause opened is closed in it: "at the next Foreign Affairs Council (Trade)".
  const close = trailing[0].indexOf(')')
  if (close === -1) return cut
  const opened = sentence.lastIndexOf('(', cut - 1)
  return opened >= from && opened > sentence.lastIndexOf(')', cut - 1) ? cut + close + 1 : cut
}
