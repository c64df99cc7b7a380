/** A document that cannot become a statement; `message` is one line naming the reason. */
export class DocumentParseError extends Error {
  override name = 'DocumentParseError'
}
