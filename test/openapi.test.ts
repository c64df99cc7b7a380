import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { CORE_SCHEMA, load } from 'js-yaml'
import { PROJECT_ROOT } from '../src/paths.js'
import { buildTestApp } from './helpers/build-test-app.js'

type Operation = { operationId?: string, description?: string, tags?: string[], responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> }
type Document = { openapi: string, paths: Record<string, Record<string, Operation>>, components: { schemas: Record<string, { examples?: unknown[] }> } }

async function served (t: Parameters<typeof buildTestApp>[0]): Promise<Document> {
  const { app } = await buildTestApp(t, { statements: 1 })
  const response = await app.inject('/openapi.json')
  return response.json() as Document
}

test('the committed openapi.yaml is what the server serves at /openapi.json (run npm run openapi)', async (t) => {
  const committed = load(readFileSync(join(PROJECT_ROOT, 'openapi.yaml'), 'utf8'), { schema: CORE_SCHEMA })
  t.same(await served(t), committed)
})

test('/openapi.yaml serves the same document as /openapi.json', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const [json, yaml] = await Promise.all([app.inject('/openapi.json'), app.inject('/openapi.yaml')])
  t.match(yaml.headers['content-type'], /yaml/)
  t.same(load(yaml.body, { schema: CORE_SCHEMA }), json.json())
})

test('the document is OpenAPI 3.1 and every operation has an id, a description, a tag and an example', async (t) => {
  const document = await served(t)
  t.match(document.openapi, /^3\.1\./)
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ name: `${method} ${path}`, operation })))
  t.ok(operations.length >= 20, 'every route is documented')
  for (const { name, operation } of operations) {
    t.ok(operation.operationId, `${name} has an operationId`)
    t.ok((operation.description ?? '').length > 20, `${name} has a description`)
    t.ok((operation.tags ?? []).length > 0, `${name} has a tag`)
    // The example belongs to the first success answer with a body; a 204 has none to show.
    const success = Object.entries(operation.responses ?? {}).find(([status, response]) => /^2\d\d$/.test(status) && response.content !== undefined)
    if (success === undefined) {
      t.ok(operation.responses?.['204'], `${name} answers 204 when it has no success body`)
      continue
    }
    const content = success[1].content ?? {}
    const schema = content['application/json']?.schema ?? content['text/plain']?.schema as { $ref?: string, examples?: unknown[] } | undefined
    const ref = schema?.$ref?.split('/').pop()
    const examples = ref !== undefined ? document.components.schemas[ref]?.examples : (schema as { examples?: unknown[] } | undefined)?.examples
    t.ok(Array.isArray(examples) && examples.length > 0, `${name} has an example`)
  }
})

test('every operation documents its problem responses as application/problem+json', async (t) => {
  const document = await served(t)
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const statuses = Object.keys(operation.responses ?? {})
      t.ok(statuses.includes('500'), `${method} ${path} documents 500`)
      if (path.startsWith('/v1/')) t.ok(statuses.includes('406'), `${method} ${path} documents 406`)
      if (path.includes('{')) t.ok(statuses.includes('404'), `${method} ${path} documents 404`)
      t.ok(operation.responses?.['500']?.content?.['application/problem+json'], `${method} ${path} problems are problem+json`)
    }
  }
})
