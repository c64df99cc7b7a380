// The bench's yardstick: a minimal Fastify server, run as its own process on
// the same Node, that answers each recorded API response from memory with the
// same status, response headers (security, CORS, caching and content headers
// as the API sent them; Date, Connection, Keep-Alive and Content-Length are
// Node's own) and body bytes. Usage (by bench.ts only):
//   node --import tsx scripts/bench/bare-server.ts FIXTURES.json   (env PORT)
import { readFileSync } from 'node:fs'
import Fastify from 'fastify'
import type { Fixture } from './fixtures.js'

const [fixturesPath] = process.argv.slice(2)
if (fixturesPath === undefined) throw new Error('usage: bare-server.ts FIXTURES.json')
const fixtures = JSON.parse(readFileSync(fixturesPath, 'utf8')) as Fixture[]

const app = Fastify({ logger: false })
fixtures.forEach((fixture, index) => {
  const body = Buffer.from(fixture.bodyBase64, 'base64')
  app.get(`/bare/${index}`, (_request, reply) => {
    reply.code(fixture.status).headers(fixture.responseHeaders)
    if (fixture.status === 304) return reply.send()
    return reply.send(body)
  })
})
app.get('/ready', async () => ({ status: 'ready' }))

const close = (): void => { app.close().then(() => process.exit(0), () => process.exit(1)) }
process.once('SIGTERM', close)
process.once('SIGINT', close)
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' })
