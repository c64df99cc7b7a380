import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { test } from 'tap'
import { statementId } from '../fixtures/documents.js'
import { buildTestApp } from '../helpers/build-test-app.js'

// Requests generated from the OpenAPI document the app serves: every GET
// operation with valid, boundary and hostile values for its parameters, plus
// random paths. Every answer must be documented: no 5xx, a documented status,
// a body that validates against the schema for its status and media type, and
// every error as application/problem+json.

const RUNS = Number(process.env.FUZZ_RUNS ?? 5000)

type JsonSchema = { type?: string, enum?: unknown[], minimum?: number, maximum?: number, minLength?: number, maxLength?: number, format?: string, default?: unknown }
interface Parameter { name: string, in: 'path' | 'query', required?: boolean, schema: JsonSchema }
interface Operation { parameters?: Parameter[], responses: Record<string, { content?: Record<string, { schema: unknown }> }> }
interface OpenApi { paths: Record<string, Record<string, Operation>>, components: { schemas: Record<string, unknown> } }

const HOSTILE_STRINGS = [
  '', ' ', '  ', '"', "'", '""', '\\', '%', '%25', '%00', '%zz', '%E0%A4%A', '\u0000', '\u202e', '\ufeff', '🙂', '北京', 'naïve', 'Ünïcödé',
  "'; DROP TABLE statements; --", "1' OR '1'='1", '1 OR 1=1', 'NULL', 'null', 'undefined', 'true', '[]', '{}', '__proto__', 'constructor',
  'NEAR(', 'NEAR(a b, 2)', 'a*', '*', '-x', 'AND', 'OR NOT', '^start', 'col:value', '(', ')', '"quoted" AND *',
  '<script>alert(1)</script>', '../../etc/passwd', '..%2f..%2fetc', '/', '//', '?', '#', '&', '=', '+', ';',
  '-1', '0', '1.5', '1e3', '1e309', 'NaN', 'Infinity', '-0', '0x10', '9'.repeat(30), ' 5 ',
  '2023-02-30', '2023-13-01', '2023-1-1', '20230101', '2023-01-01T00:00:00Z', '0000-00-00', '9999-12-31',
  'e30', 'not!base64', 'W10', 'WyJhIl0', 'x'.repeat(1001), 'x'.repeat(5001), 'word '.repeat(900)
]

const ENCODINGS = [
  (value: string) => encodeURIComponent(value),
  // Raw: only where the URL grammar allows it; otherwise encoded, so that the request is still HTTP.
  (value: string) => value.replace(/[^A-Za-z0-9\-._~!$'()*,;:@/%]/gu, (char) => encodeURIComponent(char)),
  (value: string) => encodeURIComponent(value).replace(/%20/g, '+'),
  (value: string) => [...value].map((char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0').slice(-2)}`).join('')
]

function valuesFor (schema: JsonSchema, known: string[]): fc.Arbitrary<string> {
  const hostile = fc.constantFrom(...HOSTILE_STRINGS)
  const random = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }))
  const valid: Array<fc.Arbitrary<string>> = []
  if (schema.enum !== undefined) valid.push(fc.constantFrom(...schema.enum.map(String)))
  if (schema.type === 'integer') {
    const min = schema.minimum ?? -1e6
    const max = schema.maximum ?? 1e6
    valid.push(fc.integer({ min, max }).map(String), fc.constantFrom(String(min), String(max), String(min - 1), String(max + 1)))
    valid.push(fc.oneof(fc.integer(), fc.double()).map(String))
  }
  if (schema.format === 'date') {
    valid.push(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)))
  }
  if (schema.type === 'string' && schema.enum === undefined && schema.format === undefined) {
    valid.push(fc.constantFrom(...known), fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 50, 50) }))
    if (schema.maxLength !== undefined) valid.push(fc.constantFrom('a'.repeat(schema.maxLength), 'a'.repeat(schema.maxLength + 1)))
  }
  return fc.oneof({ weight: 3, arbitrary: valid.length > 0 ? fc.oneof(...valid) : random }, { weight: 2, arbitrary: hostile }, { weight: 1, arbitrary: random })
}

interface Generated { url: string, accept?: string, operation?: string }

function requestsFor (document: OpenApi, known: string[]): fc.Arbitrary<Generated> {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => methods.get === undefined ? [] : [{ path, operation: methods.get }])
  const accept = fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom('application/json', 'text/csv', 'application/x-ndjson', '*/*', 'text/html', 'application/xml', 'text/*;q=0.5, application/json;q=0.1', 'garbage', '') }
  )
  const encoding = fc.constantFrom(...ENCODINGS)
  const fromOperations = fc.constantFrom(...operations).chain(({ path, operation }) => {
    const parameters = operation.parameters ?? []
    const pathParameters = parameters.filter((parameter) => parameter.in === 'path')
    const queryParameters = parameters.filter((parameter) => parameter.in === 'query')
    return fc.record({
      path: fc.tuple(...pathParameters.map((parameter) => fc.tuple(fc.constant(parameter.name), valuesFor(parameter.schema, known), encoding))),
      query: fc.tuple(...queryParameters.map((parameter) => fc.option(fc.tuple(fc.constant(parameter.name), valuesFor(parameter.schema, known), encoding), { freq: 2, nil: undefined }))),
      extra: fc.array(fc.tuple(fc.oneof(fc.constantFrom('unknown', 'limit', 'q', 'LIMIT', '__proto__', 'constructor[prototype]', 'a[]', ''), fc.string({ maxLength: 8 })), fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string()), encoding), { maxLength: 2 }),
      accept
    }).map(({ path: pathValues, query, extra, accept }) => {
      let url = path
      for (const [name, value, encode] of pathValues) url = url.replace(`{${name}}`, value === '' ? '' : encode(value))
      const pairs = [...query.filter((pair) => pair !== undefined), ...extra].map(([name, value, encode]) => `${encodeURIComponent(name)}=${encode(value)}`)
      return { url: pairs.length > 0 ? `${url}?${pairs.join('&')}` : url, accept, operation: path }
    })
  })
  const segment = fc.oneof(fc.constantFrom('v1', 'statements', 'actors', 'topics', 'search', 'stats', '..', '.', '', '%2e%2e', '%2F', 'docs', 'openapi.json', statementId(0)), fc.string({ maxLength: 12 }).map(encodeURIComponent))
  const randomPaths = fc.record({ segments: fc.array(segment, { minLength: 1, maxLength: 5 }), accept }).map(({ segments, accept }) => ({ url: `/${segments.join('/')}`, accept }))
  return fc.oneof({ weight: 9, arbitrary: fromOperations }, { weight: 1, arbitrary: randomPaths })
}

/** Every documented response schema, compiled once; $refs point into the document's components. */
function compileResponses (document: OpenApi): (schema: unknown) => ValidateFunction {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false })
  const rewrite = (value: unknown): unknown => JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"openapi#/components/schemas/'))
  ajv.addSchema({ $id: 'openapi', components: rewrite(document.components) })
  const compiled = new Map<string, ValidateFunction>()
  return (schema) => {
    const key = JSON.stringify(schema)
    let validate = compiled.get(key)
    if (validate === undefined) {
      validate = ajv.compile(rewrite(schema) as object)
      compiled.set(key, validate)
    }
    return validate
  }
}

test(`${RUNS} generated requests from the OpenAPI document: no 5xx, every answer documented and valid`, async (t) => {
  const { app } = await buildTestApp(t, { statements: 12 })
  const document = (await app.inject('/openapi.json')).json() as OpenApi
  const validator = compileResponses(document)
  const problem = validator({ $ref: '#/components/schemas/Problem' })
  const known = [statementId(0), statementId(5), `${statementId(1)}-p2`, `${statementId(1)}-p2-s1-c1`, 'russia', 'european-union', 'jens-stoltenberg', 'sanctions', 'security', 'energy']
  const statuses = new Map<number, number>()
  const started = performance.now()

  await fc.assert(fc.asyncProperty(requestsFor(document, known), async ({ url, accept, operation: path }) => {
    const response = await app.inject({ method: 'GET', url, headers: accept === undefined ? {} : { accept } })
    const status = response.statusCode
    statuses.set(status, (statuses.get(status) ?? 0) + 1)
    const where = `${status} GET ${url}${accept === undefined ? '' : ` (Accept: ${accept})`}: ${response.body.slice(0, 300)}`
    if (status >= 500) throw new Error(`a server error: ${where}`)
    const mediaType = String(response.headers['content-type'] ?? '').split(';')[0]?.trim() ?? ''
    if (status >= 400) {
      if (mediaType !== 'application/problem+json') throw new Error(`an error that is not problem+json: ${where}`)
      if (!problem(JSON.parse(response.body))) throw new Error(`a problem that does not match the Problem schema: ${where} ${JSON.stringify(problem.errors)}`)
    }
    if (path === undefined) return
    const operation = document.paths[path]!.get!
    const documented = operation.responses[String(status)]
    if (documented === undefined) throw new Error(`an undocumented status: ${where}`)
    const content = documented.content?.[mediaType]
    if (content === undefined) throw new Error(`an undocumented media type ${mediaType}: ${where}`)
    const body: unknown = mediaType.endsWith('json') && mediaType !== 'application/x-ndjson' ? JSON.parse(response.body) : response.body
    const validate = validator(content.schema)
    if (!validate(body)) throw new Error(`a body that does not match its schema: ${where} ${JSON.stringify(validate.errors)}`)
  }), { numRuns: RUNS, endOnFailure: true })

  const elapsed = performance.now() - started
  t.pass(`${RUNS} requests in ${(elapsed / 1000).toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`)
  t.ok((statuses.get(200) ?? 0) > RUNS / 10, 'a fair share of the requests were valid and answered 200')
  t.ok((statuses.get(400) ?? 0) > RUNS / 10, 'a fair share were rejected as invalid')
})
