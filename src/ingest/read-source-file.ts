import { readFileSync, statSync, type Stats } from 'node:fs'

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

export const SOURCE_FILE_REASONS = ['not-found', 'directory', 'unreadable', 'too-large', 'empty', 'binary', 'not-utf8', 'html'] as const
export type SourceFileReason = typeof SOURCE_FILE_REASONS[number]

/** A file that cannot be a document; `message` is one line naming the file and the reason. */
export class SourceFileError extends Error {
  override name = 'SourceFileError'
  constructor (readonly file: string, readonly reason: SourceFileReason, readonly detail: string) {
    super(`${file}: ${detail}`)
  }
}

export interface SourceFile {
  file: string
  /** The decoded text; a UTF-8 BOM is dropped by the decoder. */
  text: string
  bytes: number
}

export interface ReadSourceOptions {
  maxBytes?: number
}

const CONTROL_RATIO = 0.05
const SAMPLE_BYTES = 8192
const HTML_START = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml)/i
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/gi
const TAG_RATIO = 0.3
const MIN_TAGS = 5

/**
 * Reads one file and rejects what cannot be a press document before the
 * extractor sees it. The checks run cheapest first; every failure is a
 * SourceFileError with a reason code.
 */
export function readSourceFile (file: string, options: ReadSourceOptions = {}): SourceFile {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const stats = statOrFail(file)
  if (stats.isDirectory()) throw new SourceFileError(file, 'directory', 'is a directory, not a file')
  // A FIFO or a device would block the read or never end.
  if (!stats.isFile()) throw new SourceFileError(file, 'unreadable', 'is not a regular file')
  if (stats.size > maxBytes) {
    throw new SourceFileError(file, 'too-large', `the file is ${formatBytes(stats.size)}, over the limit of ${formatBytes(maxBytes)}`)
  }
  const buffer = readOrFail(file)
  return { file, text: validateSourceText(buffer, { name: file, maxBytes }), bytes: buffer.length }
}

/**
 * The checks on the bytes of a document, wherever they come from (a file, an
 * HTTP request body): size, empty, binary, UTF-8, HTML. Pure; returns the
 * decoded text or throws a SourceFileError named after `options.name`.
 */
export function validateSourceText (buffer: Uint8Array, options: { name?: string, maxBytes?: number } = {}): string {
  const file = options.name ?? 'the document'
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  // The size may have changed since stat; the limit holds for what was read.
  if (buffer.length > maxBytes) {
    throw new SourceFileError(file, 'too-large', `the file is ${formatBytes(buffer.length)}, over the limit of ${formatBytes(maxBytes)}`)
  }
  if (buffer.length === 0) throw new SourceFileError(file, 'empty', 'the file is empty')
  if (looksBinary(buffer)) throw new SourceFileError(file, 'binary', 'the file is binary, not text')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer)
  } catch {
    throw new SourceFileError(file, 'not-utf8', 'the file is not valid UTF-8 text')
  }
  if (text.trim() === '') throw new SourceFileError(file, 'empty', 'the file has only whitespace')
  if (looksLikeHtml(text)) throw new SourceFileError(file, 'html', 'the file is an HTML page, not the text of a document')
  return text
}

function statOrFail (file: string): Stats {
  try {
    return statSync(file)
  } catch (error) {
    throw fromFsError(file, error)
  }
}

function readOrFail (file: string): Buffer {
  try {
    return readFileSync(file)
  } catch (error) {
    throw fromFsError(file, error)
  }
}

function fromFsError (file: string, error: unknown): SourceFileError {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return new SourceFileError(file, 'not-found', 'no such file or directory')
  if (code === 'EISDIR') return new SourceFileError(file, 'directory', 'is a directory, not a file')
  const message = error instanceof Error ? error.message : String(error)
  return new SourceFileError(file, 'unreadable', `cannot read the file (${code ?? message})`)
}

function looksBinary (buffer: Uint8Array): boolean {
  const sample = buffer.subarray(0, SAMPLE_BYTES)
  if (sample.includes(0)) return true
  let controls = 0
  for (const byte of sample) if (isControl(byte)) controls += 1
  return controls / sample.length > CONTROL_RATIO
}

// Text carries tabs, line feeds, form feeds, carriage returns and the odd ESC;
// other C0 controls in any number mean a binary format without NULs up front.
function isControl (byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f
}

function looksLikeHtml (text: string): boolean {
  if (HTML_START.test(text)) return true
  // A page saved without its doctype: most of the visible characters are markup.
  const tags = text.match(HTML_TAG) ?? []
  if (tags.length < MIN_TAGS) return false
  const tagChars = tags.reduce((sum, tag) => sum + tag.length, 0)
  return tagChars / text.replace(/\s+/g, '').length > TAG_RATIO
}

function formatBytes (bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`
  return `${bytes} bytes`
}
