import { join } from 'node:path'
import { z } from 'zod'
import { DATA_DIR } from './paths.js'

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** Environment variables, parsed once. Unknown variables are ignored. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default(join(DATA_DIR, 'statements.db')),
  /** Folder ingested into a missing database on start. */
  SEED_PATH: z.string().min(1).default(join(DATA_DIR, 'statements')),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Bearer token for POST/DELETE; writes are disabled when unset. */
  INGEST_TOKEN: z.string().min(16, 'INGEST_TOKEN must be at least 16 characters').optional(),
  /** Requests per minute per client IP; 0 turns rate limiting off. */
  RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /** Who may embed /embed/* pages in a frame: a CSP frame-ancestors source list. */
  FRAME_ANCESTORS: z.string().min(1).default('*')
})

export type Config = Readonly<z.infer<typeof ConfigSchema>>

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Parses the environment; throws a ConfigError that names every bad variable. */
export function loadConfig (env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''))
  const parsed = ConfigSchema.safeParse(present)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`)
  }
  return Object.freeze(parsed.data)
}
