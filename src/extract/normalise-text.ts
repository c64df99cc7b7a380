// Characters that print nothing and join or split no words a reader sees:
// a zero-width space (U+200B), a word joiner (U+2060), a soft hyphen (U+00AD)
// and a byte order mark inside the text (U+FEFF). Left in, "act.\u200b The"
// was no sentence break and "imple\u00adment" two words. The zero-width
// (non-)joiners U+200C and U+200D stay: they shape emoji and some scripts.
const INVISIBLE = /[\u200B\u2060\u00AD\uFEFF]/g

/**
 * The one normalisation every offset in the pipeline is measured against:
 * a byte order mark and other invisible characters (INVISIBLE) are dropped
 * and CRLF/CR become LF. Nothing else changes, so a span in the normalised
 * text still quotes the file's own words.
 */
export function normaliseText (raw: string): string {
  return raw.replace(INVISIBLE, '').replace(/\r\n?/g, '\n')
}
