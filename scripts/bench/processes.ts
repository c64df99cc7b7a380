import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

export interface Child {
  process: ChildProcess
  port: number
  url: string
  /** The last lines the child wrote to stderr (and stdout), for error messages. */
  output: () => string
}

// Every child still running, so that an interrupted bench leaves no server behind.
const live = new Set<ChildProcess>()

function track (child: ChildProcess): void {
  live.add(child)
  child.once('exit', () => live.delete(child))
}

/** Kills whatever this process started and is still running (on SIGINT/SIGTERM). */
export function killAllChildren (): void {
  for (const child of live) child.kill('SIGKILL')
}

/** A port the kernel says is free now; the child binds it a moment later. */
export async function freePort (): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** Spawns a long-running child; its output is kept (bounded) rather than inherited, so the table stays readable. */
export function spawnChild (command: string, args: string[], port: number, env: Record<string, string>): Child {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  track(child)
  let tail = ''
  const keep = (chunk: Buffer): void => { tail = (tail + chunk.toString('utf8')).slice(-4000) }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return { process: child, port, url: `http://127.0.0.1:${port}`, output: () => tail }
}

/** Polls `path` every `intervalMs` until it answers 200; returns the milliseconds since `startedAt`. */
export async function waitForOk (child: Child, path: string, startedAt: number, timeoutMs = 30_000, intervalMs = 10): Promise<number> {
  const deadline = startedAt + timeoutMs
  while (performance.now() < deadline) {
    if (child.process.exitCode !== null) {
      throw new Error(`the child exited with ${child.process.exitCode} before ${path} answered:\n${child.output()}`)
    }
    try {
      const response = await fetch(`${child.url}${path}`, { signal: AbortSignal.timeout(1000) })
      await response.arrayBuffer()
      if (response.status === 200) return performance.now() - startedAt
    } catch {
      // Not listening yet.
    }
    await sleep(intervalMs)
  }
  throw new Error(`${path} did not answer 200 within ${timeoutMs} ms:\n${child.output()}`)
}

/** Resident and peak resident memory of a live process in MB, from /proc (Linux only; null elsewhere). */
export function memoryOf (pid: number | undefined): { rssMb: number, peakMb: number } | null {
  if (pid === undefined) return null
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN)
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 }
  } catch {
    return null
  }
}

/** SIGTERM (graceful close), then SIGKILL if it is still there after a grace period. */
export async function stopChild (child: Child, graceMs = 5000): Promise<void> {
  const proc = child.process
  if (proc.exitCode !== null || proc.signalCode !== null) return
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()))
  proc.kill('SIGTERM')
  const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

/** Runs a command to completion and returns its exit code and output. */
export async function run (command: string, args: string[], options: { cwd?: string, env?: Record<string, string> } = {}): Promise<{ code: number | null, stdout: string, stderr: string }> {
  return await new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    track(child)
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }))
  })
}
