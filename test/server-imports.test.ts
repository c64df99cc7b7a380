import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { test } from 'tap'
import { PROJECT_ROOT } from '../src/paths.js'

// Static value imports and re-exports; `import type` is erased by the compiler
// and a dynamic import() runs only when reached.
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?'([^']+)'/gm

/** Source files (relative to the project) and packages that loading `entry` loads before any of its code runs. */
function staticGraph (entry: string): { files: Set<string>, packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string): void => {
    const name = relative(PROJECT_ROOT, file)
    if (files.has(name)) return
    files.add(name)
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))
        visit(existsSync(target) ? target : resolve(dirname(file), specifier))
      } else if (!specifier.startsWith('node:')) {
        const [scope = '', base = ''] = specifier.split('/')
        packages.add(scope.startsWith('@') ? `${scope}/${base}` : scope)
      }
    }
  }
  visit(join(PROJECT_ROOT, entry))
  return { files, packages }
}

test('the ingest CLI loads the extractor and YAML up front (the walk finds them when they are there)', async (t) => {
  const { files, packages } = staticGraph('src/ingest-cli.ts')
  t.ok(files.has('src/extract/extract-document.ts'))
  t.ok(packages.has('js-yaml'))
  t.ok(packages.has('franc-min'))
})

test('a read-only server start loads neither the extractor nor the YAML library', async (t) => {
  const { files, packages } = staticGraph('src/server.ts')
  // The walk reaches the whole app...
  t.ok(files.has('src/app.ts'))
  t.ok(files.has('src/routes/statement-writes.ts'))
  t.ok(packages.has('fastify'))
  // ...but not what only seeding, the write routes and /openapi.yaml need (loaded on demand).
  t.notOk(files.has('src/extract/extract-document.ts'), 'the extractor is imported only when it is built')
  t.notOk(packages.has('js-yaml'), 'YAML is imported only for /openapi.yaml')
  t.notOk(packages.has('franc-min'), 'nor language detection')
})
