import type { Database } from 'better-sqlite3'
import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { toStatementRows } from '../db/statement-rows.js'
import { createStatementWriter, ReferenceConflictError, type StatementWriter } from '../db/statement-writer.js'
import { ConflictError, DocumentTooLargeError, NotFoundError, PreconditionFailedError, UnprocessableDocumentError, UnsupportedCharsetError } from '../errors.js'
import { DocumentParseError } from '../extract/errors.js'
import type { DocumentExtractor } from '../ingest/ingest-paths.js'
import { isKnownEncoding, SourceFileError, toUtf8, validateSourceText } from '../ingest/read-source-file.js'
import { BEARER_SCHEME } from '../plugins/auth.js'
import { matches, weakEtag } from '../plugins/caching.js'
import { IdParamsSchema, problemResponses } from '../schemas/common.js'
import { StatementSchema } from '../schemas/statements.js'
import { LocationHeader, MAX_DOCUMENT_BYTES, StatementWriteBodySchema, WRITE_BODY_LIMIT, WriteOutcomeHeader, type StatementWriteJson } from '../schemas/statement-writes.js'

export interface StatementWriteOptions {
  /** The read-write connection; without it the routes answer 403 like a server without a token. */
  writeDb?: Database
  /** Defaults to the real extractor, built once when the app is ready (about a second). */
  extractor?: DocumentExtractor | (() => DocumentExtractor)
}

/** Bytes to text with the ingest CLI's checks; a bad document is the client's problem, not a 500. */
function documentText (bytes: Uint8Array): string {
  try {
    return validateSourceText(bytes, { name: 'the document', maxBytes: MAX_DOCUMENT_BYTES })
  } catch (error) {
    if (error instanceof SourceFileError) {
      const reason = error.detail.replace(/\bthe file\b/g, 'the document')
      throw error.reason === 'too-large' ? new DocumentTooLargeError(reason) : new UnprocessableDocumentError(reason)
    }
    throw error
  }
}

/**
 * A text/plain body in the charset its Content-Type declares (say
 * `charset=iso-8859-1` or `utf-16`), as UTF-8 bytes for documentText. A
 * client that says what it sends gets its document in, rather than a "not
 * valid UTF-8" error about bytes that were never meant to be UTF-8; a byte the
 * charset cannot have is a 422 (toUtf8), an unknown charset a 415.
 */
function utf8Body (body: Buffer, contentType: string | undefined): Uint8Array {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase()
  if (charset !== undefined && !isKnownEncoding(charset)) throw new UnsupportedCharsetError(charset)
  try {
    return toUtf8(body, charset)
  } catch (error) {
    if (error instanceof SourceFileError) throw new UnprocessableDocumentError(`${error.detail.replace(/\bthe file\b/g, 'the document')}, the charset its Content-Type names`)
    throw error
  }
}

/**
 * The preconditions of a write (RFC 9110 section 13), evaluated before it:
 * `If-Match: *` needs the statement, `If-None-Match: *` needs its absence (a
 * create that must not replace), an entity tag in If-None-Match fails when
 * it is the statement's current one. Every ETag this API sends is weak and
 * If-Match compares strongly, so an entity tag there can never match.
 */
function checkPreconditions (headers: { 'if-match'?: string, 'if-none-match'?: string }, current: string | null): void {
  const ifMatch = headers['if-match']?.trim()
  if (ifMatch !== undefined && ifMatch !== '*') {
    throw new PreconditionFailedError('If-Match names an entity tag, and this API\'s ETags are weak: only "If-Match: *" can hold')
  }
  if (ifMatch === '*' && current === null) throw new PreconditionFailedError('If-Match: * and there is no such statement')
  const ifNoneMatch = headers['if-none-match']
  if (ifNoneMatch !== undefined && current !== null && matches(ifNoneMatch, current)) {
    throw new PreconditionFailedError(ifNoneMatch.trim() === '*' ? 'If-None-Match: * and the statement exists' : 'If-None-Match names the statement\'s current ETag')
  }
}

/**
 * POST and DELETE of statements, behind the bearer token: the same pipeline
 * as `npm run ingest` (validation, extraction, the statement writer), on the
 * read-write connection. Extraction is synchronous CPU work, bounded by the
 * body limit. Readers use another connection, so SQLite's data_version tells
 * them at once that the data changed (new ETags, no stale cache entries).
 */
const statementWriteRoutes: FastifyPluginAsyncZod<StatementWriteOptions> = async function (app, options) {
  let pipeline: { extract: DocumentExtractor, writer: StatementWriter } | undefined
  const writeDb = options.writeDb
  if (writeDb !== undefined && app.writesEnabled) {
    app.addHook('onReady', async () => {
      const extract = typeof options.extractor === 'function' && !('taxonomy' in options.extractor)
        ? options.extractor()
        // Loaded here, not imported above: a server without writes never loads the extractor's modules.
        : options.extractor ?? (await import('../extract/extract-document.js')).createExtractor()
      const writer = createStatementWriter(writeDb)
      // Paragraph and commitment topics reference the taxonomy: it must be in place before the first write.
      writer.syncTopics(extract.taxonomy)
      pipeline = { extract, writer }
    })
  }
  const ready = () => {
    // Unreachable while writes are enabled (onReady ran); a guard, not a state.
    if (pipeline === undefined) throw new Error('the write pipeline is not ready')
    return pipeline
  }

  // Only in this plugin: the document arrives as bytes so that the charset, UTF-8 and binary checks see what was sent.
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, (request, body, done) => {
    try {
      done(null, documentText(utf8Body(body as Buffer, request.headers['content-type'])))
    } catch (error) {
      done(error as Error, undefined)
    }
  })

  app.post('/v1/statements', {
    onRequest: app.requireWriteToken,
    bodyLimit: WRITE_BODY_LIMIT,
    schema: {
      tags: ['statements'],
      operationId: 'createStatement',
      summary: 'Ingest a document',
      description: 'Ingests one press corner document, sent as `text/plain` or as JSON `{ "text", "source_url" }`, through the same validation and extraction as `npm run ingest`. ' +
        'Answers 201 with `Location` for a new statement, 200 when it already existed (`Write-Outcome` says whether it was `updated` or `unchanged`). Needs the bearer token.',
      security: [{ [BEARER_SCHEME]: [] }],
      body: StatementWriteBodySchema,
      response: {
        200: { description: 'The statement already existed; it was updated or was unchanged.', headers: WriteOutcomeHeader, content: { 'application/json': { schema: StatementSchema } } },
        201: {
          description: 'The statement was created.',
          headers: { ...LocationHeader, ...WriteOutcomeHeader },
          content: { 'application/json': { schema: StatementSchema } }
        },
        ...problemResponses(400, 401, 403, 406, 409, 412, 413, 415, 422, 429)
      }
    }
  }, async (request, reply) => {
    const body = request.body as string | StatementWriteJson
    const text = typeof body === 'string' ? body : documentText(Buffer.from(body.text, 'utf8'))
    const { extract, writer } = ready()
    let doc
    try {
      doc = extract(text, { sourceFile: null, sourceUrl: typeof body === 'string' ? null : body.source_url ?? null })
    } catch (error) {
      if (error instanceof DocumentParseError) throw new UnprocessableDocumentError(error.message)
      throw error
    }
    checkPreconditions(request.headers, currentEtag(doc.id))
    const outcome = write(writer, toStatementRows(doc))
    app.dataVersion.changed()
    request.log.info({ statement: doc.id, outcome }, 'statement written')
    return sendStatement(reply, doc.id, outcome)
  })

  /** The statement's ETag as GET sends it (JSON), or null when there is no such statement. */
  function currentEtag (id: string): string | null {
    return app.repositories.statements.findById(id) === undefined ? null : weakEtag(app.dataVersion.current(), 'json')
  }

  function sendStatement (reply: FastifyReply, id: string, outcome: 'inserted' | 'updated' | 'unchanged') {
    // Read back on the API's own connection: what readers will see from now on.
    const statement = app.repositories.statements.findById(id)
    if (statement === undefined) throw new Error(`statement ${id} was written but cannot be read back`)
    reply.header('write-outcome', outcome)
    if (outcome === 'inserted') reply.code(201).header('location', `/v1/statements/${encodeURIComponent(id)}`)
    return reply.send(statement)
  }

  app.delete('/v1/statements/:id', {
    onRequest: app.requireWriteToken,
    schema: {
      tags: ['statements'],
      operationId: 'deleteStatement',
      summary: 'Delete a statement',
      description: 'Deletes a statement with everything derived from it: paragraphs, sentences, mentions, topics, commitments, and actors no other statement names. Needs the bearer token.',
      security: [{ [BEARER_SCHEME]: [] }],
      params: IdParamsSchema,
      response: {
        204: z.null().describe('Deleted.'),
        ...problemResponses(401, 403, 404, 406, 412, 429)
      }
    }
  }, async (request, reply) => {
    checkPreconditions(request.headers, currentEtag(request.params.id))
    if (!ready().writer.remove(request.params.id)) throw new NotFoundError('statement', request.params.id)
    app.dataVersion.changed()
    request.log.info({ statement: request.params.id }, 'statement deleted')
    return reply.code(204).send(null)
  })
}

function write (writer: StatementWriter, doc: Parameters<StatementWriter['write']>[0]) {
  try {
    return writer.write(doc)
  } catch (error) {
    if (error instanceof ReferenceConflictError) throw new ConflictError(error.message)
    throw error
  }
}

export default statementWriteRoutes
