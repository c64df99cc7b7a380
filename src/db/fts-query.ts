/** FTS5 reads at most this many terms usefully; a longer query is refused (SearchTextSchema), never cut short. */
export const MAX_SEARCH_WORDS = 64

/**
 * The distinct words of a search text: split on whitespace and control
 * characters (FTS5 reads a query as a C string: a NUL would end it inside a
 * quote), each once, compared without case as the index does.
 */
export function searchWords (text: string): string[] {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const tokens = text.replace(/[\u0000-\u001f\u007f]/g, ' ').split(/\s+/u).filter((token) => token.length > 0)
  const seen = new Set<string>()
  return tokens.filter((token) => {
    const key = token.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Turns user text into an FTS5 query that matches its words, the way
 * Datasette's escape_fts does: every whitespace-separated token is wrapped in
 * double quotes (inner quotes doubled), so `NEAR(`, `*`, `AND`, `-`, `:` and
 * quotes are searched for as text and can never be FTS5 syntax. Tokens are
 * implicitly ANDed, every one of them: the schema refuses a text of more than
 * MAX_SEARCH_WORDS distinct words rather than dropping some. Returns null when
 * nothing searchable is left.
 */
export function escapeFtsQuery (text: string): string | null {
  const tokens = searchWords(text)
  if (tokens.length === 0) return null
  return tokens.map((token) => `"${token.replaceAll('"', '""')}"`).join(' ')
}
