import { Writable } from 'node:stream'
import type { FastifyBaseLogger } from 'fastify'
import { test } from 'tap'
import { requestLoggerFactory } from '../../src/http/request-logger.js'
import { buildTestApp } from '../helpers/build-test-app.js'

function captureLog () {
  const lines: string[] = []
  const stream = new Writable({ write (chunk: Buffer, _encoding, done) { lines.push(chunk.toString()); done() } })
  return { stream, entries: () => lines.join('').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>) }
}

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal']

/** A parent logger at `level` that records the children made of it and the lines they write. */
function recordingLogger (level: string) {
  const children: Array<{ bindings: object, options: object | undefined }> = []
  const lines: Array<{ level: string, bindings: object, args: unknown[] }> = []
  const make = (bindings: object, ownLevel: string): FastifyBaseLogger => {
    const logger: Record<string, unknown> = {
      level: ownLevel,
      isLevelEnabled: (name: string) => LEVELS.indexOf(name) >= LEVELS.indexOf(logger.level as string),
      child: (childBindings: object, options?: { level?: string }) => {
        children.push({ bindings: childBindings, options })
        return make({ ...bindings, ...childBindings }, options?.level ?? (logger.level as string))
      },
      silent: () => {}
    }
    for (const name of LEVELS) logger[name] = (...args: unknown[]) => { lines.push({ level: name, bindings, args }) }
    return logger as unknown as FastifyBaseLogger
  }
  return { parent: make({}, level), children, lines }
}

const requestLogger = (parent: FastifyBaseLogger, options: object = {}) =>
  requestLoggerFactory.call(undefined as never, parent, { reqId: 'req-1' }, options, undefined as never)

test('a request logger makes no pino child while nothing is written at an enabled level', async (t) => {
  const { parent, children, lines } = recordingLogger('warn')
  const log = requestLogger(parent)
  log.info({ req: {} }, 'incoming request')
  log.debug('detail')
  t.equal(log.level, 'warn')
  t.same(children, [])
  t.same(lines, [])
})

test('the first line at an enabled level makes the child with the request id, and later lines reuse it', async (t) => {
  const { parent, children, lines } = recordingLogger('warn')
  const log = requestLogger(parent)
  log.warn({ statement: 's1' }, 'write refused')
  log.error('failed')
  log.info('still below the level')
  t.same(children, [{ bindings: { reqId: 'req-1' }, options: undefined }])
  t.same(lines, [
    { level: 'warn', bindings: { reqId: 'req-1' }, args: [{ statement: 's1' }, 'write refused'] },
    { level: 'error', bindings: { reqId: 'req-1' }, args: ['failed'] }
  ])
})

test('a level set on a request logger applies to that request only', async (t) => {
  const { parent, lines } = recordingLogger('warn')
  const log = requestLogger(parent)
  log.level = 'debug'
  log.debug('now written')
  t.equal(parent.level, 'warn')
  t.same(lines.map((line) => line.args), [['now written']])
})

test('a route with its own log level gets its child at once', async (t) => {
  const { parent, children } = recordingLogger('warn')
  const log = requestLogger(parent, { level: 'debug' })
  t.same(children, [{ bindings: { reqId: 'req-1' }, options: { level: 'debug' } }])
  t.equal(log.level, 'debug')
})

test('at info, every request logs its incoming and completed lines under one request id', async (t) => {
  const log = captureLog()
  const { app } = await buildTestApp(t, { statements: 1, logger: { level: 'info', stream: log.stream } })
  await app.inject('/v1/topics')
  await app.inject('/v1/topics')
  const requestLines = log.entries().filter((entry) => entry.msg === 'incoming request' || entry.msg === 'request completed')
  t.equal(requestLines.length, 4)
  const ids = requestLines.map((entry) => entry.reqId)
  t.ok(ids.every((id) => typeof id === 'string' && id !== ''), 'each line has a reqId')
  t.equal(ids[0], ids[1], 'the first request completes under its own id')
  t.equal(ids[2], ids[3])
  t.not(ids[0], ids[2], 'the two requests have different ids')
})

test('at warn, a request writes no request lines, and its failure is logged with its request id', async (t) => {
  const log = captureLog()
  const { app } = await buildTestApp(t, { statements: 1, logger: { level: 'warn', stream: log.stream } })
  t.equal((await app.inject('/v1/topics')).statusCode, 200)
  t.same(log.entries(), [], 'nothing below warn')
  app.db.close()
  t.equal((await app.inject('/v1/topics?limit=1')).statusCode, 500)
  const failures = log.entries().filter((entry) => entry.msg === 'request failed')
  t.equal(failures.length, 1)
  t.match(failures[0], { level: 50, reqId: /\S/ })
})
