import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

export const SOURCE_FILE_REASONS = ['not-found', 'directory', 'unreadable', 'too-large', 'empty', 'binary', 'not-utf8', 'not-in-encoding', 'html'] as const
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
  /** The files' character encoding when it is not UTF-8: a WHATWG label ("windows-1252", "iso-8859-1", "utf-16le"). */
  encoding?: string
}

/** Labels of UTF-8 (and of ASCII, which UTF-8 contains): such bytes are checked as they are. */
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'us-ascii', 'ascii'])

/** Whether this runtime can decode the encoding `label` names (TextDecoder's labels). */
export function isKnownEncoding (label: string): boolean {
  try {
    return new TextDecoder(label) !== undefined
  } catch {
    return false
  }
}

/**
 * Bytes in `encoding` as UTF-8 bytes, for the checks of validateSourceText.
 * Strict: a byte the encoding cannot have is an error, never a replacement
 * character in the stored text. UTF-8 (or no encoding) passes through as is.
 * The caller checks the label first (isKnownEncoding).
 */
export function toUtf8 (bytes: Uint8Array, encoding: string | undefined, name = 'the document'): Uint8Array {
  if (encoding === undefined || UTF8_LABELS.has(encoding.toLowerCase())) return bytes
  const decoder = new TextDecoder(encoding, { fatal: true })
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    throw new SourceFileError(name, 'not-in-encoding', `the file is not valid ${decoder.encoding} text`)
  }
  // Node 20 decodes windows-1252 (which iso-8859-1 and latin1 name too) as
  // ISO 8859-1, so 0x93 became U+0093 instead of a curly quote: the bytes
  // 0x80-0x9F are mapped as the Encoding Standard's table says.
  if (decoder.encoding === 'windows-1252') text = text.replace(C1_CONTROLS, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c)
  // The single-byte decoders never fail: windows-1252 has five undefined
  // bytes, left as C1 controls, and the other ISO 8859 parts map 0x80-0x9F
  // to them. No text has one, so such a byte is one the charset does not
  // define for text.
  if (C1_CONTROL.test(text)) throw new SourceFileError(name, 'not-in-encoding', `the file is not valid ${decoder.encoding} text (a byte that charset has no character for)`)
  return Buffer.from(text, 'utf8')
}

const C1_CONTROL = /[\u0080-\u009f]/
const C1_CONTROLS = /[\u0080-\u009f]/g
// windows-1252's bytes 0x80-0x9F (WHATWG Encoding Standard); its five undefined bytes stay C1 controls.
const WINDOWS_1252_HIGH = Array.from('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ')

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
  const fd = openOrFail(file)
  try {
    const buffer = readOpenFile(file, fd, maxBytes)
    return { file, text: validateSourceText(toUtf8(buffer, options.encoding, file), { name: file, maxBytes }), bytes: buffer.length }
  } finally {
    closeSync(fd)
  }
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

// One descriptor is opened, checked with fstat and read: stat by path and
// then readFileSync looked the path up twice and stat'ed the file twice. In a
// CPU profile of a 10,000-statement ingestion, reading the files took 7% of
// the extraction worker, a quarter of it in the stat by path. O_NONBLOCK lets
// a FIFO open without waiting for a writer; fstat then refuses it.
function openOrFail (file: string): number {
  try {
    return openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw fromFsError(file, error)
  }
}

function readOpenFile (file: string, fd: number, maxBytes: number): Buffer {
  try {
    const stats = fstatSync(fd)
    if (stats.isDirectory()) throw new SourceFileError(file, 'directory', 'is a directory, not a file')
    // A FIFO or a device would block the read or never end.
    if (!stats.isFile()) throw new SourceFileError(file, 'unreadable', 'is not a regular file')
    if (stats.size > maxBytes) {
      throw new SourceFileError(file, 'too-large', `the file is ${formatBytes(stats.size)}, over the limit of ${formatBytes(maxBytes)}`)
    }
    // Read to the end, even if the file grew since fstat, but never more than
    // one byte past the limit: validateSourceText reports that as too large.
    let buffer = Buffer.allocUnsafe(stats.size + 1)
    let length = 0
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) break
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1))
        buffer.copy(larger, 0, 0, length)
        buffer = larger
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
    }
    return buffer.subarray(0, length)
  } catch (error) {
    throw error instanceof SourceFileError ? error : fromFsError(file, error)
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
  // An indexed loop: for...of over a typed array goes through an iterator.
  for (let i = 0; i < sample.length; i++) if (isControl(sample[i] as number)) controls += 1
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
