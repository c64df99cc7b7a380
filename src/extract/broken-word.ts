// Text from a PDF breaks words at line ends with a hyphen: "imple-" / "ment".
// Spaces or tabs may stand around the line break, and the word goes on with
// a lowercase letter, so "EU-" / "NATO" stays two words.
const BREAK = /[^\S\n]*\n[^\S\n]*(?=\p{Ll})/uy

/** Where a word broken by the hyphen at text[hyphen] goes on after the line end, or -1 when nothing breaks there. */
export function continuationAfterHyphen (text: string, hyphen: number): number {
  if (text.charCodeAt(hyphen) !== 0x2d) return -1
  BREAK.lastIndex = hyphen + 1
  return BREAK.test(text) ? BREAK.lastIndex : -1
}
