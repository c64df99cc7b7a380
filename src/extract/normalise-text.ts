/**
 * The one normalisation every offset in the pipeline is measured against:
 * a leading BOM is dropped and CRLF/CR become LF. Nothing else changes, so a
 * span in the normalised text still quotes the file's own words.
 */
export function normaliseText (raw: string): string {
  const withoutBom = raw.startsWith('\uFEFF') ? raw.slice(1) : raw
  return withoutBom.replace(/\r\n?/g, '\n')
}
