import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { test } from 'tap'
import { DATA_DIR, PROJECT_ROOT } from '../src/paths.js'
import { freePort } from './helpers/server-process.js'

const TOKEN = 'server-test-token-0123456789'
const SEED_TEXT = readFileSync(join(DATA_DIR, 'statements', 'statement-23-121.txt'), 'utf8')

interface Running { child: ChildProcess, dir: string, port: number, output: () => string, exited: Promise<number | null> }

function spawnServer (env: Record<string, string>): Running {
  const dir = mkdtempSync(join(tmpdir(), 'statements-server-test-'))
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src/server.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, HOST: '127.0.0.1', DATABASE_PATH: join(dir, 'statements.db'), LOG_LEVEL: 'silent', RATE_LIMIT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString() })
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, dir, port: Number(env.PORT ?? 0), output: () => output, exited }
}

async function startServer (t: { teardown: (fn: () => unknown) => void }, env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort()
  const server = spawnServer({ PORT: String(port), ...env })
  t.teardown(async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL')
    await server.exited
    rmSync(server.dir, { recursive: true, force: true })
  })
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`the server exited early:\n${server.output()}`)
    if (await fetch(`http://127.0.0.1:${port}/ready`).then((response) => response.ok, () => false)) return server
    await sleep(200)
  }
  throw new Error(`the server was not ready:\n${server.output()}`)
}

/** Resolves with the raw HTTP response once the server has answered and closed or finished it. */
function rawResponse (socket: ReturnType<typeof connect>): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => { text += chunk })
    socket.on('end', () => resolve(text))
    socket.on('close', () => resolve(text))
    socket.on('error', reject)
  })
}

test('SIGTERM lets an in-flight request finish, refuses new connections, and exits 0', async (t) => {
  const server = await startServer(t, { INGEST_TOKEN: TOKEN })
  const body = Buffer.from(SEED_TEXT.replace('STATEMENT/23/121', 'STATEMENT/23/9121'))
  const socket = connect(server.port, '127.0.0.1')
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
  const response = rawResponse(socket)
  socket.write(`POST /v1/statements HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n`)
  socket.write(body.subarray(0, 1000))
  await sleep(300)

  const signalled = Date.now()
  server.child.kill('SIGTERM')
  await sleep(500)
  t.equal(server.child.exitCode, null, 'the server waits for the request whose body is still arriving')
  const refused = await fetch(`http://127.0.0.1:${server.port}/health`).then(() => 'answered', (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message)
  t.equal(refused, 'ECONNREFUSED', 'new connections are refused once closing')

  socket.end(body.subarray(1000))
  const raw = await response
  t.match(raw, /^HTTP\/1\.1 201 /, 'the in-flight request got its complete answer')
  const json = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as { id: string }
  t.equal(json.id, 'statement-23-9121')
  t.equal(await server.exited, 0, 'exit code 0')
  t.ok(Date.now() - signalled < 10_000, 'within 10 s')
  t.notOk(existsSync(join(server.dir, 'statements.db-wal')), 'both connections were closed: SQLite checkpointed and removed the WAL')
})

test('SIGTERM of an idle server exits 0 at once, keep-alive connections or not', async (t) => {
  const server = await startServer(t)
  const agent = await fetch(`http://127.0.0.1:${server.port}/v1/statements`)
  t.equal(agent.status, 200)
  await agent.arrayBuffer()
  const signalled = Date.now()
  server.child.kill('SIGTERM')
  t.equal(await server.exited, 0)
  t.ok(Date.now() - signalled < 3000, `closed in ${Date.now() - signalled} ms`)
})

for (const [name, env] of [
  ['a port out of range', (_dir: string) => ({ PORT: '99999' })],
  ['a DATABASE_PATH that is a directory', (dir: string) => ({ DATABASE_PATH: dir })],
  ['a DATABASE_PATH that is not SQLite', (dir: string) => {
    const file = join(dir, 'not-a-database.db')
    writeFileSync(file, 'this is not a database, just some text that is long enough to have a header'.repeat(20))
    return { DATABASE_PATH: file }
  }],
  ['an INGEST_TOKEN that is too short', (_dir: string) => ({ INGEST_TOKEN: 'short' })]
] as const) {
  test(`a startup failure (${name}) is one clear line on stderr and exit code 1`, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'statements-bad-start-'))
    t.teardown(() => rmSync(dir, { recursive: true, force: true }))
    const server = spawnServer({ PORT: '0', ...env(dir) })
    t.teardown(async () => {
      if (server.child.exitCode === null) server.child.kill('SIGKILL')
      await server.exited
      rmSync(server.dir, { recursive: true, force: true })
    })
    t.equal(await server.exited, 1)
    const lines = server.output().trim().split('\n')
    t.equal(lines.length, 1, `one line: ${server.output()}`)
    t.match(lines[0], /^cannot start: /)
    t.notMatch(server.output(), /\n\s+at /, 'no stack trace')
    t.notMatch(server.output(), 'short', 'a rejected token is not echoed')
  })
}
