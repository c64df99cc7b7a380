import { join } from 'node:path'
import { freePort, spawnChild, stopChild, waitForOk, type Child } from './processes.js'

export interface StartedServer {
  child: Child
  /** Spawn to the first 200 from the readiness path, in ms. */
  readyMs: number
}

const TSX = ['--import', 'tsx']

/**
 * The API as `npm start` runs it: the built server on a database, on a
 * loopback port. Rate limiting is off (a load test is one very busy client)
 * and logging is at warn, as the per-request info lines would measure pino and
 * the pipe, not the API; both are printed with the results.
 */
export const API_ENV = { RATE_LIMIT: '0', LOG_LEVEL: 'warn', HOST: '127.0.0.1' }

async function start (args: string[], env: Record<string, string>, readyPath: string): Promise<StartedServer> {
  const port = await freePort()
  const startedAt = performance.now()
  const child = spawnChild(process.execPath, args, port, { ...env, PORT: String(port) })
  try {
    return { child, readyMs: await waitForOk(child, readyPath, startedAt) }
  } catch (error) {
    await stopChild(child)
    throw error
  }
}

export async function startApiServer (distDir: string, databasePath: string): Promise<StartedServer> {
  return await start([join(distDir, 'src', 'server.js')], { ...API_ENV, DATABASE_PATH: databasePath }, '/ready')
}

export async function startUncachedServer (benchDir: string, distDir: string, databasePath: string): Promise<StartedServer> {
  return await start([...TSX, join(benchDir, 'uncached-server.ts'), distDir, databasePath], {}, '/ready')
}

export async function startBareServer (benchDir: string, fixturesPath: string): Promise<StartedServer> {
  return await start([...TSX, join(benchDir, 'bare-server.ts'), fixturesPath], {}, '/ready')
}

/** Cold start, `runs` times on the same database: spawn, poll /ready every 10 ms, stop. */
export async function measureColdStarts (distDir: string, databasePath: string, runs: number): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const server = await startApiServer(distDir, databasePath)
    times.push(server.readyMs)
    await stopChild(server.child)
  }
  return times
}
