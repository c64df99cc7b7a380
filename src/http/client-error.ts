import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'

/**
 * Requests Node's parser refuses never reach Fastify's error handler: a head
 * over 16 KB, a malformed request line, a client too slow to send its head.
 * They get the same problem format, written on the socket, which then closes.
 */
export function clientErrorHandler (error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const [status, detail] = error.code === 'HPE_HEADER_OVERFLOW'
    ? [431, 'the request head (URL and headers) is over the limit of 16 KB']
    : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'the request was not received in time']
      : [400, 'the request is not valid HTTP']
  // about:blank: the status says it all (RFC 9457). No instance: the request line was never read.
  const body = JSON.stringify({ type: 'about:blank', title: STATUS_CODES[status], status, detail })
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
  }
  socket.destroy()
}
