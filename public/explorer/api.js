// The explorer talks to the public API only, on the origin that served it.

/** A failed API call, carrying the problem document's detail when there is one. */
export class ApiError extends Error {
  constructor (status, detail) {
    super(detail)
    this.name = 'ApiError'
    this.status = status
  }
}

function urlFor (path, params = {}) {
  const url = new URL(path, window.location.origin)
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value))
  }
  return url
}

export async function getJson (path, params, { signal } = {}) {
  const response = await fetch(urlFor(path, params), { headers: { accept: 'application/json' }, signal })
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`
    try {
      const problem = await response.json()
      if (typeof problem.detail === 'string') detail = problem.detail
    } catch {
      // Not a problem document (a proxy's error page, say): keep the status line.
    }
    throw new ApiError(response.status, detail)
  }
  return response.json()
}

// A statement has tens of paragraphs and commitments, not thousands; the page
// cap keeps a surprising document from looping forever.
const MAX_PAGES = 25

/** Follows `page.next_cursor` and returns every item of a paginated list. */
export async function getAll (path, params = {}, options = {}) {
  const items = []
  let cursor
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await getJson(path, { ...params, limit: 200, cursor }, options)
    items.push(...body.data)
    cursor = body.page.next_cursor
    if (!cursor) break
  }
  return items
}

const segment = (id) => encodeURIComponent(id)

/** Everything the statement views need, fetched in parallel. */
export async function loadStatement (id, options) {
  const [statement, paragraphs, commitments, actors] = await Promise.all([
    getJson(`/v1/statements/${segment(id)}`, {}, options),
    getAll(`/v1/statements/${segment(id)}/paragraphs`, {}, options),
    getAll(`/v1/statements/${segment(id)}/commitments`, {}, options),
    getAll('/v1/actors', { statement: id }, options)
  ])
  return { statement, paragraphs, commitments, actors }
}
