import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

/** Answers a request before Fastify routes it; returns false to leave it to Fastify. */
export type EarlyResponder = (request: IncomingMessage, response: ServerResponse) => boolean

/** The server options Fastify hands its serverFactory, after its defaults are applied. */
interface ServerOptions {
  http?: Parameters<typeof createServer>[0]
  keepAliveTimeout?: number
  requestTimeout?: number
  connectionTimeout?: number
  maxRequestsPerSocket?: number | null
}

export interface EarlyResponse {
  /** Fastify's serverFactory option: Node's HTTP server that asks the responder before Fastify's handler. */
  serverFactory: (handler: (request: IncomingMessage, response: ServerResponse) => void, options: ServerOptions) => Server
  /** Installs the responder; null removes it, and every request goes to Fastify again. */
  use: (responder: EarlyResponder | null) => void
}

/**
 * A slot in front of Fastify's request handler. Routing, building the
 * request and reply objects, the onRequest hooks and the response listeners
 * Fastify attaches when a logger is configured cost a few microseconds per
 * request; for an answer already in the response cache that is most of the
 * work left. Nothing is answered early until a plugin installs a responder
 * (src/plugins/caching.ts), and that plugin decides when it may.
 */
export function createEarlyResponse (): EarlyResponse {
  let responder: EarlyResponder | null = null
  return {
    serverFactory (handler, options) {
      const server = createServer(options.http ?? {}, (request, response) => {
        if (responder === null || !responder(request, response)) handler(request, response)
      })
      // What Fastify sets on the server it creates itself (fastify/lib/server.js).
      server.keepAliveTimeout = options.keepAliveTimeout ?? 72_000
      server.requestTimeout = options.requestTimeout ?? 0
      server.setTimeout(options.connectionTimeout ?? 0)
      const maxRequestsPerSocket = options.maxRequestsPerSocket ?? 0
      if (maxRequestsPerSocket > 0) server.maxRequestsPerSocket = maxRequestsPerSocket
      return server
    },
    use (next) {
      responder = next
    }
  }
}
