import createError from '@fastify/error'

// The one catalogue of errors the API throws on purpose. Each has a stable
// code, an HTTP status and a message template; the error handler turns them
// into application/problem+json, using the code for the problem `type`.

export const NotFoundError = createError<'API_NOT_FOUND', 404, [string, string]>(
  'API_NOT_FOUND', 'no %s with id "%s"', 404)

export const RouteNotFoundError = createError<'API_ROUTE_NOT_FOUND', 404, [string, string]>(
  'API_ROUTE_NOT_FOUND', 'no route %s %s', 404)

export const MethodNotAllowedError = createError<'API_METHOD_NOT_ALLOWED', 405, [string, string, string]>(
  'API_METHOD_NOT_ALLOWED', '%s is not allowed on %s; allowed: %s', 405)

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
  API_METHOD_NOT_ALLOWED: '/problems/method-not-allowed',
  API_INVALID_CURSOR: '/problems/invalid-cursor',
  API_INVALID_RANGE: '/problems/invalid-parameter',
  API_NOT_ACCEPTABLE: '/problems/not-acceptable',
  API_NOT_READY: '/problems/not-ready',
  API_URI_TOO_LONG: '/problems/uri-too-long',
  API_UNAUTHORIZED: '/problems/unauthorized',
  API_WRITES_DISABLED: '/problems/writes-disabled',
  API_UNPROCESSABLE_DOCUMENT: '/problems/unprocessable-document',
  API_DOCUMENT_TOO_LARGE: '/problems/too-large',
  API_CONFLICT: '/problems/conflict',
  API_PRECONDITION_FAILED: '/problems/precondition-failed',
  API_UNSUPPORTED_CHARSET: '/problems/unsupported-media-type',
  API_TOO_MANY_REQUESTS: '/problems/too-many-requests',
  API_OVERLOADED: '/problems/overloaded',
  FST_ERR_VALIDATION: '/problems/invalid-parameter',
  FST_ERR_MAX_PARAM_LENGTH: '/problems/uri-too-long',
  FST_ERR_CTP_BODY_TOO_LARGE: '/problems/too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '/problems/unsupported-media-type',
  FST_ERR_CTP_EMPTY_JSON_BODY: '/problems/invalid-body',
  FST_ERR_CTP_INVALID_JSON_BODY: '/problems/invalid-body',
  // A path that is not valid percent-encoding ("/v1/statements/%E0%A4%A").
  FST_ERR_BAD_URL: '/problems/invalid-parameter',
  // @fastify/compress: a body that does not decompress, an unknown Content-Encoding.
  FST_CP_ERR_INVALID_CONTENT: '/problems/invalid-body',
  FST_CP_ERR_INVALID_CONTENT_ENCODING: '/problems/unsupported-media-type'
}

export const UriTooLongError = createError<'API_URI_TOO_LONG', 414, [number, number]>(
  'API_URI_TOO_LONG', 'the URL is %d bytes, over the limit of %d', 414)

export const UnauthorizedError = createError<'API_UNAUTHORIZED', 401, [string]>(
  'API_UNAUTHORIZED', '%s', 401)

export const WritesDisabledError = createError<'API_WRITES_DISABLED', 403, []>(
  'API_WRITES_DISABLED', 'writes are disabled: the server has no INGEST_TOKEN', 403)

export const UnprocessableDocumentError = createError<'API_UNPROCESSABLE_DOCUMENT', 422, [string]>(
  'API_UNPROCESSABLE_DOCUMENT', 'the document cannot be ingested: %s', 422)

export const DocumentTooLargeError = createError<'API_DOCUMENT_TOO_LARGE', 413, [string]>(
  'API_DOCUMENT_TOO_LARGE', 'the document is too large: %s', 413)

export const UnsupportedCharsetError = createError<'API_UNSUPPORTED_CHARSET', 415, [string]>(
  'API_UNSUPPORTED_CHARSET', 'the charset "%s" is not one this server can decode; send the document as UTF-8', 415)

export const ConflictError = createError<'API_CONFLICT', 409, [string]>(
  'API_CONFLICT', '%s', 409)

export const PreconditionFailedError = createError<'API_PRECONDITION_FAILED', 412, [string]>(
  'API_PRECONDITION_FAILED', '%s; nothing was written', 412)

export const TooManyRequestsError = createError<'API_TOO_MANY_REQUESTS', 429, [string]>(
  'API_TOO_MANY_REQUESTS', 'too many requests from this client; retry in %s', 429)

export const OverloadedError = createError<'API_OVERLOADED', 503, []>(
  'API_OVERLOADED', 'the server is overloaded; retry later', 503)
