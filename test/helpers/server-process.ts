import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { PROJECT_ROOT } from '../../src/paths.js'

export interface ServerProcess {
  baseUrl: string
  /** What the server wrote so far, for failure messages. */
  output: () => string
  stop: () => Promise<void>
}

const READY_TIMEOUT_MS = 90_000

export function freePort (): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port')))
    })
  })
}

/**
 * The real server entry (src/server.ts through tsx) as a child process on
 * 127.0.0.1 and a free port, with a temp database that it seeds from
 * data/statements on start, as `npm start` would. Resolves once /ready is 200.
 */
export async function startServer (env: Record<string, string> = {}): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'statements-server-'))
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src/server.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_PATH: join(dir, 'statements.db'), LOG_LEVEL: 'warn', RATE_LIMIT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString() })
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const killed = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])
      if (!killed) child.kill('SIGKILL')
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  }

  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`the server exited with ${child.exitCode} before it was ready:\n${output}`)
    }
    const ready = await fetch(`${baseUrl}/ready`).then((response) => response.ok, () => false)
    if (ready) return { baseUrl, output: () => output, stop }
    await sleep(250)
  }
  await stop()
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output}`)
}
