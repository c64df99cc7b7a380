// A modal inside a quotation belongs to whoever is quoted. When the reporting
// clause names someone else by a pronoun ("you said: 'We have to start
// together'"), the "we" is theirs, not the speaker's. Quotes reported from a
// named person ("President Juncker said: 'We will ...'") are kept: in press
// releases and daily news they are how the Commission's side speaks.
const REPORTED_BY_OTHERS = /\b(?:you|he|she|they)\s+(?:\p{L}+\s+)?(?:said|say|says|told|wrote|stated|declared|added|asked)\b[^"“‘]*$/iu

const ANY_QUOTE = /["“‘]|(?:^|[\s:(])'/u
const OPENING_SINGLE = /(?:^|[\s:(])['‘]\p{L}/gu

const count = (text: string, char: string): number => text.split(char).length - 1

/** Sentence-relative offset of the quotation mark that opens a quote still open at `offset`, or -1. */
export function openQuoteBefore (sentence: string, offset: number): number {
  const before = sentence.slice(0, offset)
  if (count(before, '“') > count(before, '”')) return before.lastIndexOf('“')
  if (count(before, '"') % 2 === 1) return before.lastIndexOf('"')
  // An opening single quote follows a space or a colon and precedes a letter;
  // a closing one is not followed by a letter. "Belarus' role" looks closing,
  // which only makes the rule skip a quote it could have judged.
  let single = -1
  for (const match of before.matchAll(OPENING_SINGLE)) single = match.index + match[0].length - 2
  if (single >= 0 && !/['’](?!\p{L})/u.test(before.slice(single + 1))) return single
  return -1
}

/** Whether the modal at `offset` sits in a quote of someone the speaker addresses or talks about. */
export function quotedFromOthers (sentence: string, offset: number): boolean {
  if (!ANY_QUOTE.test(sentence)) return false
  const open = openQuoteBefore(sentence, offset)
  return open >= 0 && REPORTED_BY_OTHERS.test(sentence.slice(0, open))
}

// Others' view of what "we" or the side will or should do, reported without
// quotation marks: "Others say that we should open them wide", "Our critics
// claim that we will abandon our farmers", "It is often said that we must
// choose", "Some say that Europe should close its markets".
const VIEW_OF_OTHERS = /\b(?:(?:some|many|other)\s+people|others|some|many|critics|sceptics|skeptics|opponents|(?:our|the|my)\s+critics|(?:some|many|other)\s+(?:say|claim|argue))\s+(?:(?:would|might|may|will|often|sometimes|now|even)\s+)?(?:say|says|said|claim|claims|claimed|argue|argues|argued|suggest|suggests|suggested|conclude|concludes|concluded|believe|believes|think|thinks|tell\s+us|told\s+us|fear|fears|feared)\s+(?:that\s+)?$|\bit\s+is\s+(?:often\s+|sometimes\s+|frequently\s+|widely\s+)?(?:said|argued|claimed|suggested)\s+(?:that\s+)?$/iu

// The longest text VIEW_OF_OTHERS can match: only the end of the words before the subject is read.
const VIEW_REACH = 64

/** Whether the words before the subject report someone else's view of it: it pledges nothing. */
export function viewOfOthers (beforeSubject: string): boolean {
  return VIEW_OF_OTHERS.test(beforeSubject.slice(-VIEW_REACH))
}

// A frame that denies the clause after it: "This does not mean that we will
// lower our standards" pledges not to lower them; "Openness doesn't mean we
// will be naive", "This is not to say that we will abandon ...".
const DENYING_FRAME = /\b(?:(?:does|do|did|should|must)\s+not|(?:does|do|did|should|must)n['’]t)\s+mean\s+(?:that\s+)?$|\bis\s+not\s+to\s+say\s+(?:that\s+)?$/iu
const FRAME_REACH = 40

// A denied head of the relative clause that follows it: "This is not something
// we will accept", "The Pact is not a document that we will put in a drawer"
// pledge not to. Not "not only (just) a plan", a cleft ("It is not a
// coincidence that we will meet in Kyiv") nor "not the first time that".
const DENIED_HEAD = /\b(?:is|are|was|were)(?:\s+not|n['’]t)\s+(?!(?:only|just|merely|simply)\b)(?:a|an|something|anything|one)\b(?!\s+(?:coincidence|secret|surprise|accident)\b)(?:\s+(?!(?:and|but|or|so|yet|because|since|if|as|while|for|to|in|on|at|with|by|of|from|then|now)\b)[\p{L}’'-]+){0,4}?\s+(?:that\s+|which\s+)?$/iu
const HEAD_REACH = 72

/** Whether the words before the subject deny the clause it opens. */
export function deniedByFrame (beforeSubject: string): boolean {
  return DENYING_FRAME.test(beforeSubject.slice(-FRAME_REACH)) || (/\bnot\b|n['’]t\b/iu.test(beforeSubject) && DENIED_HEAD.test(beforeSubject.slice(-HEAD_REACH)))
}
