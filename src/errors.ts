import createError from '@fastify/error'

// The one catalogue of errors the API throws on purpose. Each has a stable
// code, an HTTP status and a message template; the error handler turns them
// into application/problem+json, using the code for the problem `type`.

export const NotFoundError = createError<'API_NOT_FOUND', 404, [string, string]>(
  'API_NOT_FOUND', 'no %s with id "%s"', 404)

export const RouteNotFoundError = createError<'API_ROUTE_NOT_FOUND', 404, [string, string]>(
  'API_ROUTE_NOT_FOUND', 'no route %s %s', 404)

export const InvalidCursorError = createError<'API_INVALID_CURSOR', 400, []>(
  'API_INVALID_CURSOR', 'the cursor is not one this API issued; start again from the first page', 400)

export const InvalidRangeError = createError<'API_INVALID_RANGE', 400, [string, string]>(
  'API_INVALID_RANGE', '"from" (%s) is after "to" (%s)', 400)

export const NotAcceptableError = createError<'API_NOT_ACCEPTABLE', 406, [string, string]>(
  'API_NOT_ACCEPTABLE', 'cannot answer with %s; this resource is available as %s', 406)

export const NotReadyError = createError<'API_NOT_READY', 503, [string]>(
  'API_NOT_READY', 'the database is not ready: %s', 503)

/** Problem `type` URI references: stable identifiers clients can switch on. */
export const PROBLEM_TYPES: Readonly<Record<string, string>> = {
  API_NOT_FOUND: '/problems/not-found',
  API_ROUTE_NOT_FOUND: '/problems/not-found',
  API_INVALID_CURSOR: '/problems/invalid-cursor',
  API_INVALID_RANGE: '/problems/invalid-parameter',
  API_NOT_ACCEPTABLE: '/problems/not-acceptable',
  API_NOT_READY: '/problems/not-ready',
  FST_ERR_VALIDATION: '/problems/invalid-parameter'
}
