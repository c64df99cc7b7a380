import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify'

type ChildLoggerFactory = NonNullable<FastifyServerOptions['childLoggerFactory']>
type Bindings = Parameters<ChildLoggerFactory>[1]
type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace'
type LogArgs = Parameters<FastifyBaseLogger['info']>
interface LevelAware { isLevelEnabled: (level: string) => boolean }
/** A pino logger (Fastify's default): it can tell whether a level is written. */
export const isLevelAware = (logger: FastifyBaseLogger): logger is FastifyBaseLogger & LevelAware => typeof (logger as Partial<LevelAware>).isLevelEnabled === 'function'

/**
 * A request's logger that makes its pino child, which binds the reqId, only
 * when a line is written at an enabled level. Fastify makes a child for every
 * request, and at `warn` almost no request writes a line: for a cached hit
 * that child was a part of the cost a bare route does not pay.
 */
class LazyRequestLogger {
  readonly #parent: FastifyBaseLogger & LevelAware
  readonly #bindings: Bindings
  #child: FastifyBaseLogger | undefined

  constructor (parent: FastifyBaseLogger & LevelAware, bindings: Bindings) {
    this.#parent = parent
    this.#bindings = bindings
  }

  #real (): FastifyBaseLogger {
    this.#child ??= this.#parent.child(this.#bindings)
    return this.#child
  }

  #write (level: Level, args: LogArgs): void {
    // The child's level once it exists: a handler may have changed it.
    if (!((this.#child ?? this.#parent) as unknown as LevelAware).isLevelEnabled(level)) return
    const real = this.#real()
    real[level].apply(real, args)
  }

  get level (): string { return (this.#child ?? this.#parent).level }
  set level (level: string) { this.#real().level = level }
  fatal (...args: LogArgs): void { this.#write('fatal', args) }
  error (...args: LogArgs): void { this.#write('error', args) }
  warn (...args: LogArgs): void { this.#write('warn', args) }
  info (...args: LogArgs): void { this.#write('info', args) }
  debug (...args: LogArgs): void { this.#write('debug', args) }
  trace (...args: LogArgs): void { this.#write('trace', args) }
  silent (): void {}
  child (...args: Parameters<FastifyBaseLogger['child']>): FastifyBaseLogger { return this.#real().child(...args) }
}

/** Fastify's childLoggerFactory: lazy unless the route asks for its own level or serializers. */
export const requestLoggerFactory: ChildLoggerFactory = function (logger, bindings, options) {
  if (options.level !== undefined || options.serializers !== undefined || !isLevelAware(logger)) return logger.child(bindings, options)
  return new LazyRequestLogger(logger, bindings)
}
