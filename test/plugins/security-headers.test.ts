import { test } from 'tap'
import { statementId } from '../fixtures/documents.js'
import { helmetHeaders } from '../../src/plugins/security-headers.js'
import { buildTestApp } from '../helpers/build-test-app.js'

const directives = (header: unknown): Map<string, string> =>
  new Map(String(header).split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [name = '', ...values] = part.split(/\s+/)
    return [name, values.join(' ')]
  }))

test('API answers carry helmet headers and a policy that lets nothing load, run or frame them', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  for (const url of ['/v1/statements', '/v1/nope', '/openapi.json', '/health']) {
    const response = await app.inject(url)
    const csp = directives(response.headers['content-security-policy'])
    t.equal(csp.get('default-src'), "'none'", url)
    t.equal(csp.get('frame-ancestors'), "'none'", url)
    t.equal(response.headers['x-content-type-options'], 'nosniff', url)
    t.equal(response.headers['referrer-policy'], 'no-referrer', url)
    t.ok(response.headers['x-frame-options'], url)
    t.equal(response.headers['cross-origin-resource-policy'], 'cross-origin', `${url}: other origins may read the public API`)
  }
})

test('Swagger UI gets a policy it can run under: same-origin scripts, styles and calls, no inline script', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  for (const url of ['/docs', '/docs/static/swagger-initializer.js']) {
    const response = await app.inject(url)
    t.equal(response.statusCode, 200, url)
    const csp = directives(response.headers['content-security-policy'])
    t.equal(csp.get('script-src'), "'self'", url)
    t.equal(csp.get('connect-src'), "'self'", `${url}: "Try it out" calls the same origin`)
    t.match(csp.get('img-src'), /data:/, url)
    t.notOk(csp.has('upgrade-insecure-requests'), `${url}: a plain-HTTP deployment keeps working`)
  }
  const html = (await app.inject('/docs/')).body
  t.notMatch(html, /<script>(?!\s*<\/script>)/, 'the page has no inline script for the policy to block')
})

test('the explorer is same-origin only and cannot be framed; embeds may be framed by FRAME_ANCESTORS', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1, frameAncestors: 'https://dash.example.org' })
  const explorer = await app.inject('/')
  t.equal(explorer.statusCode, 200)
  const explorerCsp = directives(explorer.headers['content-security-policy'])
  t.equal(explorerCsp.get('script-src'), "'self'")
  t.equal(explorerCsp.get('frame-ancestors'), "'self'")

  const embed = await app.inject(`/embed/statements/${statementId(0)}/topics`)
  t.equal(embed.statusCode, 200)
  t.equal(directives(embed.headers['content-security-policy']).get('frame-ancestors'), 'https://dash.example.org')
  t.equal(embed.headers['x-frame-options'], undefined, 'no X-Frame-Options to contradict frame-ancestors')
  t.equal(embed.headers['x-content-type-options'], 'nosniff', 'the other helmet headers stay')

  const asset = await app.inject('/explorer/app.js')
  t.equal(asset.statusCode, 200)
})

test('the headers are the ones helmet itself sets with the same options, computed once', async (t) => {
  const { app } = await buildTestApp(t, { statements: 1 })
  const expected = await helmetHeaders()
  t.ok(expected.length >= 10, `helmet sets ${expected.length} headers`)
  const response = await app.inject('/v1/topics')
  for (const [name, value] of expected) t.equal(response.headers[name], value, name)
})
