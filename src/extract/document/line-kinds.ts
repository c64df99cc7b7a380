/**
 * Hard-wrapped text fills its lines: a line much shorter than the longest
 * one that stops without punctuation is a heading or a title, not a wrapped line.
 */
export const WRAPPED_SHARE = 0.6

/**
 * Ends like a sentence: . ! ? … possibly followed by closing quotes or
 * brackets, by a footnote's marker ("in 2026.[1]", ".(2)", ".¹", ".*"), or by
 * a stage direction after the full stop ("We act now. (Applause)").
 */
export function endsSentence (text: string): boolean {
  return /[.!?…][”"’')\]»]*(?:\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]|\(\d{1,3}\)|[¹²³⁰⁴-⁹]+|\*{1,3})*(?:\s+[([][^()[\]]{1,40}[)\]])?$/u.test(text)
}

// Openings of a form of address, in the languages of the exports.
const SALUTATION_START = /^(?:dear|ladies and gentlemen|good (?:morning|afternoon|evening)|excellenc(?:y|ies)|distinguished|honourable|honorable|(?:mr\.?|madam|madame) (?:president|chair|speaker|minister|secretary|prime minister)|your (?:majesty|majesties|excellency|excellencies|royal highness|highness)|meine (?:sehr geehrten )?damen und herren|sehr geehrte|liebe|mesdames|monsieur|madame|chers?|chères|signore e signori|gentili|señoras y señores|queridos?|dames en heren|beste|minhas senhoras|caros?|hello|hi)\b/i

/** "Dear Jens, dear Charles,", "Ladies and gentlemen,", "Good evening," on a line of their own. */
export function isSalutation (text: string): boolean {
  if (text.length > 120 || /[.?;:]$/.test(text)) return false
  const words = text.split(/\s+/).length
  if (SALUTATION_START.test(text)) return /[,!]$/.test(text) || words <= 4
  if (!text.endsWith(',')) return false
  // Short capitalised vocatives: "Minister Bacon,", "Madam Chair,".
  if (words <= 4 && text.split(/\s+/).every((word) => /^[\p{Lu}\p{N}]/u.test(word))) return true
  // Titled names, then a form of address: "Vice-Premier He Lifeng, dear Minister Wang Wentao, ladies and gentlemen,".
  const parts = text.slice(0, -1).split(/\s*,\s*/)
  return parts.length >= 2 && parts.every((part) => part.split(/\s+/).length <= 5 && (/^\p{Lu}/u.test(part) || SALUTATION_START.test(part))) &&
    parts.slice(1).some((part) => SALUTATION_START.test(part))
}

const BULLET = /^[•·▪◦●►➢➤*–—-](?=\s)/
const NUMBER = /^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\)|[ivx]+\))(?=\s)/

/** The list marker at the start of a line and whether it is a bullet or a number. */
export function listMarker (text: string): { kind: 'bullet' | 'number', length: number } | null {
  const bullet = BULLET.exec(text)
  if (bullet !== null) return { kind: 'bullet', length: bullet[0].length }
  const number = NUMBER.exec(text)
  return number === null ? null : { kind: 'number', length: number[0].length }
}

/** "[The past four years ...]": a section heading in brackets. */
export const isBracketHeading = (text: string): boolean => /^\[[^\]]+\]$/.test(text)

// Lowercase words allowed inside a speaker label: "President von der Leyen:".
const LABEL_PARTICLE = /^(?:von|van|der|den|de|del|di|da|du|le|la|of|the|for|and|&)$/

/** "President von der Leyen:", "Question:", "Q:" alone on a line: who speaks next. */
export function isSpeakerLabel (text: string): boolean {
  if (!text.endsWith(':') || text.includes('\n')) return false
  const words = text.slice(0, -1).trim().split(/\s+/)
  return words.length <= 6 && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || LABEL_PARTICLE.test(word))
}

/** A short line without final punctuation: a heading inside the body. */
export function isHeadingLine (text: string): boolean {
  return !text.includes('\n') && text.length <= 150 && text.split(/\s+/).length <= 15 &&
    !endsSentence(text) && !/[,;:]$/.test(text) && /^[\p{Lu}\p{N}\p{Sc}]/u.test(text)
}

/** A paragraph that is one quotation from its first to its last character. */
export function isWholeQuote (text: string): boolean {
  if (!/^[“"„«‘]/.test(text) || !/[”"“»’]$/.test(text)) return false
  // A closing mark followed by more words means the quote is only part of it.
  return !/[”»][^”»]*\p{L}/u.test(text.slice(1, -1))
}
