import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { PROJECT_ROOT } from '../paths.js'

export interface PagesOptions {
  /** CSP frame-ancestors source list for /embed/* (config FRAME_ANCESTORS), for example `*` or `https://dash.example.org`. */
  frameAncestors: string
  /** Whether a statement exists; defaults to the statements repository when the database plugin is registered. */
  statementExists?: (id: string) => boolean
  /** Folder with index.html, explorer/ and embed/; tests may point elsewhere. */
  publicDir?: string
}

// The pages load only same-origin files with no inline script or style, so
// they can carry a strict policy of their own, whatever the API's default is.
// Only frame-ancestors differs: the explorer is not framed, embeds are.
function pagePolicy (frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`
  ].join('; ')
}

const WIDGETS = ['topics', 'commitments'] as const

/**
 * The explorer at `/`, its assets under `/explorer/`, and the embeddable
 * widgets under `/embed/statements/{id}/...`. They are HTML for people, not
 * API operations, so they stay out of the OpenAPI document.
 */
export default async function pagesRoutes (app: FastifyInstance, options: PagesOptions): Promise<void> {
  const publicDir = options.publicDir ?? join(PROJECT_ROOT, 'public')
  // Read once: the pages are small and static, and a missing file should fail at start, not per request.
  const read = (path: string) => readFileSync(join(publicDir, path), 'utf8')
  const explorerHtml = read('index.html')
  const notFoundHtml = read('embed/not-found.html')
  const widgetHtml = Object.fromEntries(WIDGETS.map((widget) => [widget, read(`embed/${widget}.html`)]))
  const statementExists = options.statementExists ?? ((id: string) =>
    // Without the database plugin (a pages-only test app) every id is accepted and the page reports a 404 itself.
    !app.hasDecorator('repositories') || app.repositories.statements.exists(id))

  const sendPage = (reply: FastifyReply, html: string, frameAncestors: string, status = 200) => {
    // Helmet (if registered) sets its headers on the raw response; headers set
    // here win, and X-Frame-Options would contradict frame-ancestors in old browsers.
    reply.raw.removeHeader('x-frame-options')
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('content-security-policy', pagePolicy(frameAncestors))
      .header('cache-control', 'no-cache')
      .send(html)
  }

  await app.register(fastifyStatic, {
    root: join(publicDir, 'explorer'),
    prefix: '/explorer/',
    decorateReply: false,
    index: false,
    // Revalidate rather than cache blindly: the files change with each release and carry no hash in their names.
    cacheControl: true,
    maxAge: 0
  })

  app.get('/', { schema: { hide: true } }, async (_request, reply) => sendPage(reply, explorerHtml, "'self'"))

  for (const widget of WIDGETS) {
    app.get<{ Params: { id: string } }>(`/embed/statements/:id/${widget}`, { schema: { hide: true } }, async (request, reply) => {
      const found = statementExists(request.params.id)
      return sendPage(reply, found ? widgetHtml[widget] ?? notFoundHtml : notFoundHtml, options.frameAncestors, found ? 200 : 404)
    })
  }
}
