/**
 * Turns user text into an FTS5 query that matches its words, the way
 * Datasette's escape_fts does: every whitespace-separated token is wrapped in
 * double quotes (inner quotes doubled), so `NEAR(`, `*`, `AND`, `-`, `:` and
 * quotes are searched for as text and can never be FTS5 syntax. Tokens are
 * implicitly ANDed. Returns null when nothing searchable is left.
 */
export function escapeFtsQuery (text: string): string | null {
  // FTS5 reads a query as a C string: a NUL would end it inside a quote.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const tokens = text.replace(/[\u0000-\u001f\u007f]/g, ' ').split(/\s+/u).filter((token) => token.length > 0)
  if (tokens.length === 0) return null
  // FTS5 caps a query's terms; past a few hundred the query means nothing more.
  return tokens.slice(0, 64).map((token) => `"${token.replaceAll('"', '""')}"`).join(' ')
}
