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
  /**
   * Bearer tokens for POST/DELETE, comma-separated so that a new token can be
   * rolled out before the old one is withdrawn; writes are disabled when unset.
   */
  INGEST_TOKEN: z.string()
    .transform((value) => value.split(',').map((token) => token.trim()).filter((token) => token !== ''))
    .pipe(z.array(z.string().min(16, 'every INGEST_TOKEN must be at least 16 characters').regex(/^[\x21-\x7e]+$/, 'INGEST_TOKEN may hold only visible ASCII characters')).min(1))
    .optional(),
  /** Requests per minute per client IP; 0 turns rate limiting off. */
  RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /** Who may embed /embed/* pages in a frame: a CSP frame-ancestors source list. */
  FRAME_ANCESTORS: z.string().min(1)
    // One directive's value: a `;` or a line break would smuggle in other directives or headers.
    .regex(/^[^;,\r\n]+$/, 'FRAME_ANCESTORS is a space-separated source list, without ; or ,')
    .default('*'),
  /**
   * Whom to believe about the client address (X-Forwarded-For) behind a proxy
   * or load balancer: `true`, a hop count, or comma-separated addresses/CIDRs.
   * Without it every client behind the proxy shares one rate limit.
   */
  TRUST_PROXY: z.string().min(1).optional()
    .transform((value) => {
      if (value === undefined || value === 'false') return false
      if (value === 'true') return true
      if (/^\d+$/.test(value)) return Number(value)
      return value.split(',').map((part) => part.trim()).filter((part) => part !== '')
    }),
  /** Answer 503 when the mean event loop delay exceeds this many ms; 0 turns the check off. */
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(1000),
  /** Answer 503 when the V8 heap in use exceeds this many MB; 0 turns the check off; unset is 90% of the heap limit. */
  MAX_HEAP_USED_MB: z.coerce.number().int().min(0).optional()
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
