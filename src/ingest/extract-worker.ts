import { basename } from 'node:path'
import { workerData, type MessagePort } from 'node:worker_threads'
import { createExtractor, type Extractor } from '../extract/extract-document.js'
import { describeFailure } from './describe-failure.js'
import { prepareForWriting, type PreparedDocument } from './prepared-document.js'
import { readSourceFile } from './read-source-file.js'
import { Slot, type WorkerInput, type WorkerMessage } from './extraction-pool.js'

// The extraction pool's worker (src/ingest/extraction-pool.ts): creates its
// own extractor once, then claims files ahead of the main thread, never more
// than `window` ahead of what it has taken, and posts each outcome by index.
const { files, payload, maxBytes, encoding, version, window, state: buffer, port } = workerData as WorkerInput & { port: MessagePort }
const state = new Int32Array(buffer)

function post (message: WorkerMessage): void {
  port.postMessage(message)
  Atomics.add(state, Slot.Posted, 1)
  Atomics.notify(state, Slot.Posted)
}

function claim (): number | null {
  for (;;) {
    if (Atomics.load(state, Slot.Stop) !== 0) return null
    const next = Atomics.load(state, Slot.Next)
    if (next >= files.length) return null
    const taken = Atomics.load(state, Slot.Taken)
    if (next - taken >= window) {
      // The timeout only bounds a missed wake-up; Stop is checked again.
      Atomics.wait(state, Slot.Taken, taken, 200)
    } else if (Atomics.compareExchange(state, Slot.Next, next, next + 1) === next) {
      return next
    }
  }
}

/** The prepared document as JSON, its source text beside it (see WorkerMessage). */
function preparedMessage (index: number, prepared: PreparedDocument): WorkerMessage {
  const { statement } = prepared.rows
  const sourceText = statement.source_text
  statement.source_text = ''
  return { index, json: JSON.stringify(prepared), sourceText }
}

try {
  const extract: Extractor = createExtractor()
  // Another version means other rules than the caller's extractor: the main thread does all the work.
  if (extract.version === version) {
    for (let index = claim(); index !== null; index = claim()) {
      const file = files[index] as string
      try {
        const source = readSourceFile(file, { maxBytes, encoding })
        const doc = extract(source.text, { sourceFile: basename(file) })
        post(payload === 'prepared' ? preparedMessage(index, prepareForWriting(doc)) : { index, doc })
      } catch (error) {
        post({ index, error: describeFailure(error) })
      }
    }
  }
} finally {
  // Whatever happens, the main thread stops waiting for this worker and extracts the rest itself.
  Atomics.store(state, Slot.Dead, 1)
  Atomics.add(state, Slot.Posted, 1)
  Atomics.notify(state, Slot.Posted)
}
