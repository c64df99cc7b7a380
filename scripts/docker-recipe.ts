// Replays the Dockerfile without Docker: each stage in its own temporary
// folder, its COPY and npm RUN steps for real, then the image's CMD with the
// image's environment, until its HEALTHCHECK passes. Proves that the image's
// recipe builds and starts where Docker cannot run.
//
//   npm run docker:recipe            (or: tsx scripts/docker-recipe.ts [--keep])
//
// What differs from a real build, on purpose: /app and /data are temporary
// folders; the port is the image's if free, else a free one; `npm ci` gets
// --prefer-offline; RUN steps that need root (mkdir/chown of /data, apt-get)
// and `npm cache clean` (which would empty this machine's shared npm cache,
// not an image layer) are skipped and listed.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { commandOf, copyPaths, envPairs, parseDockerfile } from './dockerfile.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
// Generous: without network access to prebuilt binaries, better-sqlite3 compiles SQLite from source (minutes).
const STEP_TIMEOUT_MS = 25 * 60_000
const READY_TIMEOUT_MS = 90_000
const STOP_TIMEOUT_MS = 15_000
const keep = process.argv.includes('--keep')

const log = (message: string) => { process.stdout.write(`${message}\n`) }

function fail (message: string): never {
  process.stderr.write(`docker recipe FAILED: ${message}\n`)
  process.exit(1)
}

// .dockerignore here is an allow list followed by exclusions (data/*.db ...).
const excluded = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!') && line !== '*')
  .map((glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`))
const inContext = (path: string) => !excluded.some((pattern) => pattern.test(relative(ROOT, path)))

function freePort (preferred: number): Promise<number> {
  const attempt = (port: number) => new Promise<number>((resolve, reject) => {
    const server = createServer().once('error', reject).listen(port, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : port))
    })
  })
  return attempt(preferred).catch(() => attempt(0))
}

function runStep (command: string, cwd: string): void {
  // Offline-first: the lock pins every version and the local npm cache usually has them.
  const line = command.replace(/^npm ci\b/, 'npm ci --prefer-offline')
  log(`  $ ${line}`)
  const started = Date.now()
  const result = spawnSync(line, { cwd, shell: true, stdio: ['ignore', 'inherit', 'inherit'], timeout: STEP_TIMEOUT_MS })
  if (result.error !== undefined) fail(`${line}: ${result.error.message}`)
  if (result.status !== 0) fail(`${line} exited with ${result.status ?? result.signal}`)
  log(`    done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

function waitForExit (child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms)
    child.once('exit', () => { clearTimeout(timer); resolve(true) })
  })
}

async function main (): Promise<void> {
  const stages = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'))
  const work = mkdtempSync(join(tmpdir(), 'docker-recipe-'))
  log(`docker recipe in ${work}`)
  if (!process.version.startsWith('v20.')) log(`note: the image runs Node 20; this machine runs ${process.version}`)
  const stageDirs = new Map<string, string>()
  const env: Record<string, string> = {}
  const skipped: string[] = []
  let cmd: string[] = []
  let healthcheck: string[] | null = null
  let appDir = ''

  for (const [index, stage] of stages.entries()) {
    const name = stage.name ?? String(index)
    appDir = join(work, name)
    mkdirSync(appDir, { recursive: true })
    stageDirs.set(name, appDir)
    log(`stage ${name} (FROM ${stage.base})`)
    for (const instruction of stage.instructions) {
      switch (instruction.keyword) {
        case 'WORKDIR':
          if (instruction.args !== '/app') fail(`line ${instruction.line}: the recipe maps only WORKDIR /app`)
          break
        case 'COPY': {
          const { sources, destination } = copyPaths(instruction)
          const from = instruction.flags.from
          for (const source of sources) {
            const origin = from === undefined ? join(ROOT, source) : join(stageDirs.get(from) ?? fail(`unknown stage ${from}`), source.replace(/^\/app\/?/, ''))
            const target = destination.endsWith('/') && !source.endsWith('/') ? join(appDir, destination, source.split('/').at(-1) ?? source) : join(appDir, destination)
            cpSync(origin, target, { recursive: true, filter: from === undefined ? inContext : () => true })
          }
          log(`  COPY ${from === undefined ? '' : `--from=${from} `}${sources.join(' ')} -> ${destination}`)
          break
        }
        case 'RUN':
          for (const part of instruction.args.split('&&').map((piece) => piece.trim())) {
            if (part.startsWith('npm cache ')) skipped.push(`${name}: ${part} (would clear this machine's npm cache)`)
            else if (part.startsWith('npm ')) runStep(part, appDir)
            else skipped.push(`${name}: ${part}`)
          }
          break
        case 'ENV':
          Object.assign(env, envPairs(instruction))
          break
        case 'CMD':
          cmd = commandOf(instruction.args)
          break
        case 'HEALTHCHECK':
          healthcheck = commandOf(instruction.args.replace(/^CMD\s+/, ''))
          break
        default:
          // USER, VOLUME, EXPOSE describe the container, not files: checked by test/dockerfile.test.ts.
          break
      }
    }
  }
  if (skipped.length > 0) log(`skipped (need root, a system path, or would touch this machine's npm cache):\n${skipped.map((step) => `  ${step}`).join('\n')}`)
  if (cmd.length === 0) fail('the last stage has no CMD')

  const dataDir = join(work, 'data-volume')
  mkdirSync(dataDir)
  const port = await freePort(Number(env.PORT ?? 3000))
  const runEnv: Record<string, string> = {
    ...env,
    PORT: String(port),
    DATABASE_PATH: (env.DATABASE_PATH ?? '/data/statements.db').replace(/^\/data(?=\/)/, dataDir)
  }
  log(`start: ${cmd.join(' ')} with HOST=${runEnv.HOST} PORT=${runEnv.PORT} DATABASE_PATH=${runEnv.DATABASE_PATH}`)
  const logPath = join(work, 'server.log')
  const serverLog = createWriteStream(logPath)
  const [command, ...args] = cmd
  const server = spawn(command ?? 'node', args, { cwd: appDir, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? work, ...runEnv }, stdio: ['ignore', 'pipe', 'pipe'] })
  server.stdout?.pipe(serverLog)
  server.stderr?.pipe(serverLog)

  const probe = healthcheck ?? ['node', '-e', `fetch('http://127.0.0.1:${port}/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`]
  const deadline = Date.now() + READY_TIMEOUT_MS
  let ready = false
  while (!ready && Date.now() < deadline && server.exitCode === null) {
    const [probeCommand, ...probeArgs] = probe
    ready = spawnSync(probeCommand ?? 'node', probeArgs, { cwd: appDir, env: { ...process.env, ...runEnv }, timeout: 5000 }).status === 0
    if (!ready) await sleep(500)
  }
  const tail = () => readFileSync(logPath, 'utf8').split('\n').slice(-30).join('\n')
  if (!ready) {
    server.kill('SIGKILL')
    fail(`the HEALTHCHECK did not pass within ${READY_TIMEOUT_MS / 1000} s (server ${server.exitCode === null ? 'still running' : `exited with ${server.exitCode}`}); server log:\n${tail()}`)
  }
  const body = await (await fetch(`http://127.0.0.1:${port}/ready`)).text()
  log(`HEALTHCHECK passed; GET /ready -> ${body.slice(0, 200)}`)

  server.kill('SIGTERM')
  if (!await waitForExit(server, STOP_TIMEOUT_MS)) {
    server.kill('SIGKILL')
    fail(`the server did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM`)
  }
  if (keep) log(`kept ${work}`)
  else rmSync(work, { recursive: true, force: true })
  log('OK')
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
