import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { test } from 'tap'
import { readSourceFile, SourceFileError, validateSourceText, type SourceFileReason } from '../../src/ingest/read-source-file.js'

const DOCUMENT = 'Statement by the President\n\nBrussels, 10 January 2023\n\nWe will keep the pressure on.\n'

/** The rejection as `reason: message`, or `accepted` when the file was read. */
function outcome (file: string, maxBytes?: number): string {
  try {
    readSourceFile(file, { maxBytes })
    return 'accepted'
  } catch (error) {
    if (!(error instanceof SourceFileError)) throw error
    return `${error.reason}: ${error.message}`
  }
}

// Every message is one line that starts with the file name.
function rejects (t: { match: (found: string, wanted: RegExp) => unknown }, file: string, reason: SourceFileReason, pattern: RegExp, maxBytes?: number): void {
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  t.match(outcome(file, maxBytes), new RegExp(`^${reason}: ${escaped}: [^\\n]*${pattern.source}[^\\n]*$`))
}

test('a plain UTF-8 text file is read as it is', async (t) => {
  const dir = t.testdir({ 'a.txt': DOCUMENT })
  const source = readSourceFile(join(dir, 'a.txt'))
  t.equal(source.text, DOCUMENT)
  t.equal(source.bytes, Buffer.byteLength(DOCUMENT))
})

test('a UTF-8 byte order mark is accepted and dropped', async (t) => {
  const dir = t.testdir({ 'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DOCUMENT)]) })
  t.equal(readSourceFile(join(dir, 'bom.txt')).text, DOCUMENT)
})

test('a path that does not exist is rejected as not found', async (t) => {
  const dir = t.testdir({})
  rejects(t, join(dir, 'missing.txt'), 'not-found', /no such file/)
})

test('a directory is rejected', async (t) => {
  const dir = t.testdir({ sub: {} })
  rejects(t, join(dir, 'sub'), 'directory', /is a directory/)
})

test('a file over the size limit is rejected with both sizes', async (t) => {
  const dir = t.testdir({ 'big.txt': 'x'.repeat(2048) })
  rejects(t, join(dir, 'big.txt'), 'too-large', /2\.0 kB, over the limit of 1\.0 kB/, 1024)
})

test('the default size limit is 5 MB', async (t) => {
  const dir = t.testdir({ 'big.txt': Buffer.alloc(5 * 1024 * 1024 + 1, 'a') })
  rejects(t, join(dir, 'big.txt'), 'too-large', /over the limit of 5\.0 MB/)
})

test('a file of exactly the size limit is read whole; one byte more is rejected', async (t) => {
  const dir = t.testdir({ 'at.txt': 'a'.repeat(1023) + '\n', 'over.txt': 'a'.repeat(1024) + '\n' })
  t.equal(readSourceFile(join(dir, 'at.txt'), { maxBytes: 1024 }).bytes, 1024)
  rejects(t, join(dir, 'over.txt'), 'too-large', /1\.0 kB, over the limit of 1\.0 kB/, 1024)
})

test('a named pipe is refused at once, not read (which would wait for a writer)', { skip: process.platform === 'win32' }, async (t) => {
  const dir = t.testdir({})
  const pipe = join(dir, 'pipe.txt')
  execFileSync('mkfifo', [pipe])
  rejects(t, pipe, 'unreadable', /not a regular file/)
})

test('an empty file is rejected', async (t) => {
  const dir = t.testdir({ 'empty.txt': '' })
  rejects(t, join(dir, 'empty.txt'), 'empty', /the file is empty/)
})

test('a whitespace-only file is rejected as empty', async (t) => {
  const dir = t.testdir({ 'blank.txt': ' \n\t\r\n  \n' })
  rejects(t, join(dir, 'blank.txt'), 'empty', /only whitespace/)
})

test('a file with NUL bytes is rejected as binary', async (t) => {
  const dir = t.testdir({ 'doc.pdf.txt': Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3]), Buffer.from(DOCUMENT)]) })
  rejects(t, join(dir, 'doc.pdf.txt'), 'binary', /binary/)
})

test('a file full of control characters is rejected as binary even without NUL bytes', async (t) => {
  const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x02 : 0x41)))
  const dir = t.testdir({ 'blob.txt': bytes })
  rejects(t, join(dir, 'blob.txt'), 'binary', /binary/)
})

test('a Latin-1 file is rejected as not UTF-8', async (t) => {
  const dir = t.testdir({ 'latin1.txt': Buffer.from('Brüssel, 22. März 2016\n\nDie Kommission wird handeln.\n', 'latin1') })
  rejects(t, join(dir, 'latin1.txt'), 'not-utf8', /not valid UTF-8/)
})

test('a file in the encoding given is read as its letters; a byte that encoding cannot have fails the file', async (t) => {
  const text = 'Brüssel, 22. März 2016\n\nDie Kommission wird handeln.\n'
  const dir = t.testdir({ 'latin1.txt': Buffer.from(text, 'latin1'), 'utf16.txt': Buffer.from(text, 'utf16le'), 'odd.txt': Buffer.concat([Buffer.from(text, 'utf16le'), Buffer.from([0x41])]) })
  t.equal(readSourceFile(join(dir, 'latin1.txt'), { encoding: 'windows-1252' }).text, text)
  t.equal(readSourceFile(join(dir, 'utf16.txt'), { encoding: 'UTF-16LE' }).text, text, 'no NUL bytes left for the binary check once decoded')
  t.equal(readSourceFile(join(dir, 'latin1.txt'), { encoding: 'windows-1252' }).bytes, Buffer.byteLength(text, 'latin1'), 'bytes counts the file as read')
  t.throws(() => readSourceFile(join(dir, 'odd.txt'), { encoding: 'utf-16le' }), { reason: 'not-in-encoding', message: /odd\.txt: the file is not valid utf-16le text/ })
  t.throws(() => readSourceFile(join(dir, 'latin1.txt'), { encoding: 'utf-8' }), { reason: 'not-utf8', message: /not valid UTF-8/ }, 'UTF-8 named is checked as UTF-8')
})

test('a byte a single-byte charset has no character for fails the file, though its decoder never throws', async (t) => {
  const text = 'Brüssel, 22. März 2016\n\nDie Kommission wird handeln.\n'
  const dir = t.testdir({ 'undefined.txt': Buffer.concat([Buffer.from(text, 'latin1'), Buffer.from([0x81])]), 'quotes.txt': Buffer.from([...Buffer.from(text, 'latin1'), 0x93, 0x41, 0x94]) })
  for (const encoding of ['windows-1252', 'iso-8859-1', 'iso-8859-2']) {
    t.throws(() => readSourceFile(join(dir, 'undefined.txt'), { encoding }), { reason: 'not-in-encoding', message: /has no character for/ }, encoding)
  }
  t.match(readSourceFile(join(dir, 'quotes.txt'), { encoding: 'windows-1252' }).text, /“A”$/, 'windows-1252 curly quotes are text')
})

test('an HTML page with a doctype is rejected', async (t) => {
  const dir = t.testdir({ 'page.txt': '<!DOCTYPE html>\n<html><head><title>Press corner</title></head><body><p>We will act.</p></body></html>\n' })
  rejects(t, join(dir, 'page.txt'), 'html', /HTML page/)
})

test('an HTML fragment that is mostly tags is rejected', async (t) => {
  const fragment = '<div class="ecl"><p class="x">We</p><span class="y">will</span><em class="z">act</em><a href="/a">now</a></div>\n'
  const dir = t.testdir({ 'fragment.txt': fragment.repeat(3) })
  rejects(t, join(dir, 'fragment.txt'), 'html', /HTML page/)
})

test('a document that mentions a tag in passing is still text', async (t) => {
  const dir = t.testdir({ 'a.txt': `${DOCUMENT}\nThe <b> tag was discussed.\n` })
  t.match(readSourceFile(join(dir, 'a.txt')).text, /tag was discussed/)
})

test('bytes that did not come from a file are checked the same way, under the name given', async (t) => {
  t.equal(validateSourceText(Buffer.from(DOCUMENT)), DOCUMENT)
  t.throws(() => validateSourceText(Buffer.from('<!doctype html><p>x</p>'), { name: 'the request body' }), { reason: 'html', message: /^the request body: the file is an HTML page/ })
})
