import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import { test } from 'tap'
import { PROJECT_ROOT } from '../../src/paths.js'
import swagger from '../../src/plugins/swagger.js'
import pagesRoutes, { type PagesOptions } from '../../src/routes/pages.js'
import { buildTestApp } from '../helpers/build-test-app.js'
import { statementId } from '../fixtures/documents.js'

const PUBLIC_DIR = join(PROJECT_ROOT, 'public')

async function pagesApp (t: { teardown: (fn: () => unknown) => void }, options: Partial<PagesOptions> = {}): Promise<FastifyInstance> {
  const app = Fastify()
  await app.register(swagger)
  await app.register(pagesRoutes, { frameAncestors: 'https://dash.example.org', statementExists: (id) => id === 'statement-23-121', ...options })
  t.teardown(() => app.close())
  return app
}

function htmlFiles (dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
}

test('the explorer is served at / as HTML that cannot be framed by other sites', async (t) => {
  const app = await pagesApp(t)
  const response = await app.inject('/')
  t.equal(response.statusCode, 200)
  t.match(response.headers['content-type'], /^text\/html/)
  t.match(response.body, '<script type="module" src="/explorer/app.js"></script>')
  t.match(response.headers['content-security-policy'], /frame-ancestors 'self'/)
  t.match(response.headers['content-security-policy'], /script-src 'self'(;|$)/)
})

test('explorer assets are served under /explorer/ with their media types', async (t) => {
  const app = await pagesApp(t)
  const script = await app.inject('/explorer/app.js')
  t.equal(script.statusCode, 200)
  t.match(script.headers['content-type'], /javascript/)
  const style = await app.inject('/explorer/style.css')
  t.match(style.headers['content-type'], /^text\/css/)
  t.equal((await app.inject('/explorer/../package.json')).statusCode, 404)
})

for (const widget of ['topics', 'commitments']) {
  test(`the ${widget} embed may be framed by the configured ancestors`, async (t) => {
    const app = await pagesApp(t)
    const response = await app.inject(`/embed/statements/statement-23-121/${widget}`)
    t.equal(response.statusCode, 200)
    t.match(response.body, `data-widget="${widget}"`)
    t.match(response.headers['content-security-policy'], /frame-ancestors https:\/\/dash\.example\.org$/)
    t.equal(response.headers['x-frame-options'], undefined)
  })
}

test('an embed of an unknown statement answers a readable 404 page', async (t) => {
  const app = await pagesApp(t)
  const response = await app.inject('/embed/statements/statement-99-999/topics')
  t.equal(response.statusCode, 404)
  t.match(response.headers['content-type'], /^text\/html/)
  t.match(response.body, 'Statement not found')
})

test('the pages are left out of the OpenAPI document', async (t) => {
  const app = await pagesApp(t)
  await app.ready()
  const paths = Object.keys((app.swagger() as { paths?: Record<string, unknown> }).paths ?? {})
  t.same(paths.filter((path) => path === '/' || path.startsWith('/embed') || path.startsWith('/explorer')), [])
})

test('without a statementExists option the embeds ask the statements repository', async (t) => {
  const { app } = await buildTestApp(t, { statements: 2 })
  // The lead may already register the pages in buildApp; register them here only when missing.
  if (!app.hasRoute({ method: 'GET', url: '/embed/statements/:id/topics' })) await app.register(pagesRoutes, { frameAncestors: '*' })
  t.equal((await app.inject(`/embed/statements/${statementId(1)}/topics`)).statusCode, 200)
  t.equal((await app.inject('/embed/statements/statement-99-999/commitments')).statusCode, 404)
})

test('no page uses inline scripts, inline styles or files from other hosts', async (t) => {
  const files = htmlFiles(PUBLIC_DIR)
  t.ok(files.length >= 4, 'the explorer, both embeds and the not-found page are checked')
  for (const file of files) {
    const html = readFileSync(file, 'utf8')
    const name = file.slice(PUBLIC_DIR.length + 1)
    t.notMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/i, `${name} has no inline script`)
    t.notMatch(html, /<style/i, `${name} has no style element`)
    t.notMatch(html, /\sstyle=/i, `${name} has no style attribute`)
    t.notMatch(html, /\son[a-z]+=/i, `${name} has no inline event handler`)
    t.notMatch(html, /(src|href)="(https?:)?\/\//i, `${name} loads nothing from another host`)
  }
})

test('browser code never parses API text as HTML', async (t) => {
  const dir = join(PUBLIC_DIR, 'explorer')
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    t.notMatch(readFileSync(join(dir, file), 'utf8'), /innerHTML|outerHTML|insertAdjacentHTML|document\.write/, `${file} builds DOM nodes`)
  }
})
