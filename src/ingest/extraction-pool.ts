import { receiveMessageOnPort, MessageChannel, Worker, type MessagePort } from 'node:worker_threads'
import type { ExtractedDocument } from '../extract/types.js'
import type { PreparedDocument } from './prepared-document.js'

/** A file's extraction: the document, or the one-line failure the report shows. */
export type ExtractionOutcome<T = ExtractedDocument> = { doc: T, error?: undefined } | { doc?: undefined, error: string }

/**
 * What the worker posts for a file: the whole document (a dry run prints
 * it), or only what the writer needs (src/ingest/prepared-document.ts),
 * which is much cheaper to copy between threads.
 */
export interface Payloads {
  document: ExtractedDocument
  prepared: PreparedDocument
}
export type Payload = keyof Payloads

/**
 * What the worker posts for a file. A prepared document goes as its JSON
 * text: postMessage copies a string as it is, and JSON.stringify plus
 * JSON.parse of the rows took 110 µs a document where the structured clone
 * that postMessage does of the object took 200 µs, serialising and reading
 * it back (v8.serialize and deserialize, 3,000 bench documents, three
 * rounds). The JSON of a prepared document is exact: its values are
 * strings, finite numbers, null and arrays. The statement's source text goes
 * beside the JSON, not in it: a string of its own is copied as it is, and
 * escaping and reading back its text took a fifth to a third of the JSON's
 * time, 20 to 45 µs a document (stringify plus parse, 3,000 bench
 * documents, four rounds).
 */
export type WorkerMessage = { index: number } & (
  | { doc: ExtractedDocument }
  | { json: string, sourceText: string }
  | { error: string }
)

/** Int32 slots shared by the main thread and the worker. */
export const Slot = {
  /** The next file nobody has claimed yet. */
  Next: 0,
  /** Files the main thread has taken: bounds how far ahead the worker runs. */
  Taken: 1,
  /** Bumped by the worker after each message, to wake the main thread. */
  Posted: 2,
  Stop: 3,
  /** Set by the worker when it will post nothing more (done, failed or wrong version). */
  Dead: 4
} as const

export interface WorkerInput {
  files: string[]
  payload: Payload
  maxBytes: number | undefined
  encoding: string | undefined
  /** The caller's extractor version: the worker only works when it builds the same one. */
  version: string
  window: number
  state: SharedArrayBuffer
}

export interface ExtractionPoolOptions<P extends Payload> {
  payload: P
  /** Extracts one file on the calling thread; the same outcome the worker would post. */
  extractHere: (file: string) => ExtractionOutcome<Payloads[P]>
  maxBytes?: number
  encoding?: string
  version: string
  /** Documents the worker may hold ahead of the main thread (each about 50 kB serialised, waiting in the port). */
  window?: number
  /** With no word from the worker for this long, it is presumed dead and the main thread goes on alone. */
  stallMs?: number
}

export interface ExtractionPool<T> {
  /** The outcome for files[index]; indexes are taken in order, each once. */
  take: (index: number) => ExtractionOutcome<T>
  /** Stops the worker; safe to call more than once. */
  close: () => void
}

/**
 * Extracts files in one worker thread while the caller writes, so ingestion
 * costs max(extract, write) rather than their sum, and stays synchronous for
 * the caller. The main thread and the worker claim files through a shared
 * counter: a file the worker has not claimed yet (while its extractor loads,
 * or when it falls behind) is extracted by the main thread itself, so the
 * worker's start-up never delays the batch; and while the file the main
 * thread wants is still in the worker's hands, it extracts a later one. If
 * the worker dies or stalls, the main thread extracts everything it has not
 * delivered, with the same outcome, so a crash changes no result.
 */
export function createExtractionPool<P extends Payload> (files: string[], options: ExtractionPoolOptions<P>): ExtractionPool<Payloads[P]> {
  type Outcome = ExtractionOutcome<Payloads[P]>
  // The writing thread stalls for 200-300 ms at each WAL checkpoint (every
  // 64 MB of WAL: eight times in a 10,000-statement run). A window of 64
  // documents is about 75 ms of extraction, so the worker sat idle for the
  // rest of each stall; 256 outlasts it. In 13 alternating runs of each on
  // 10,000 statements, the median wall time was 16.9 s against 17.7 s (256
  // was faster in 7 of the 10 runs paired one to one), for about 12 MB more
  // peak RSS.
  const window = options.window ?? 256
  const stallMs = options.stallMs ?? 60_000
  const state = new Int32Array(new SharedArrayBuffer(5 * Int32Array.BYTES_PER_ELEMENT))
  const { port1, port2 } = new MessageChannel()
  const input: WorkerInput = { files, payload: options.payload, maxBytes: options.maxBytes, encoding: options.encoding, version: options.version, window, state: state.buffer as SharedArrayBuffer }
  const worker = startWorker({ ...input, port: port2 }, [port2])
  // The worker's failures reach the main thread as its Dead slot; the event would otherwise be an uncaught error.
  worker.on('error', () => {})
  worker.unref()
  const outcomes = new Map<number, Outcome>()
  let next = 0
  let alone = false

  /**
   * Reads messages until the one for `wanted`. The others stay serialised in
   * the port, off the heap: read all at once, up to a window of documents
   * would sit in the Map long enough to be promoted to the old generation,
   * which then grew with their garbage.
   */
  const drain = (wanted: number): void => {
    while (!outcomes.has(wanted)) {
      const message = receiveMessageOnPort(port1)
      if (message === undefined) return
      const posted = message.message as WorkerMessage
      // After a stall the main thread may have extracted the file already.
      if (posted.index >= next) outcomes.set(posted.index, outcomeOf(posted) as Outcome)
    }
  }
  const taken = (index: number, outcome: Outcome): Outcome => {
    next = index + 1
    Atomics.store(state, Slot.Taken, next)
    // A worker waiting for room is woken once half its window is free, not
    // after every file: a wake-up per file cost the writing thread 5% of its
    // time. Its wait re-reads Taken, so no wake-up is lost.
    if (Atomics.load(state, Slot.Next) - next <= window / 2) Atomics.notify(state, Slot.Taken)
    return outcome
  }
  /**
   * Claims the first unclaimed file, when there is one within the window, and
   * extracts it here. In CPU profiles of a 10,000-statement ingestion, the
   * writing thread's time spent waiting for the worker fell from 11% to
   * under 1%, spent extracting instead. Says whether it extracted a file.
   */
  const extractAhead = (wanted: number): boolean => {
    const ahead = Atomics.load(state, Slot.Next)
    const file = files[ahead]
    if (file === undefined || ahead - wanted >= window) return false
    if (Atomics.compareExchange(state, Slot.Next, ahead, ahead + 1) !== ahead) return false
    outcomes.set(ahead, options.extractHere(file))
    return true
  }
  const close = (): void => {
    Atomics.store(state, Slot.Stop, 1)
    Atomics.notify(state, Slot.Taken)
    port1.close()
    worker.terminate().catch(() => {})
  }

  return {
    take (index) {
      const file = files[index]
      if (file === undefined || index !== next) throw new RangeError(`file ${index} taken out of order (expected ${next})`)
      for (;;) {
        const posted = Atomics.load(state, Slot.Posted)
        drain(index)
        const ready = outcomes.get(index)
        if (ready !== undefined) {
          outcomes.delete(index)
          return taken(index, ready)
        }
        if (!alone && Atomics.load(state, Slot.Dead) !== 0) {
          // Dead is set after the worker's last message: read what is left once more.
          alone = true
          continue
        }
        if (alone || Atomics.compareExchange(state, Slot.Next, index, index + 1) === index) {
          return taken(index, options.extractHere(file))
        }
        // The worker has claimed this file but not posted it yet. Rather than
        // wait, extract a later file nobody has claimed, and keep its outcome.
        if (extractAhead(index)) continue
        if (Atomics.wait(state, Slot.Posted, posted, stallMs) === 'timed-out') {
          alone = true
          Atomics.store(state, Slot.Stop, 1)
        }
      }
    },
    close
  }
}

function outcomeOf (message: WorkerMessage): ExtractionOutcome<Payloads[Payload]> {
  if ('error' in message) return { error: message.error }
  if ('json' in message) {
    const doc = JSON.parse(message.json) as PreparedDocument
    doc.rows.statement.source_text = message.sourceText
    return { doc }
  }
  return { doc: message.doc }
}

/**
 * The worker allocates a document's worth of short-lived objects per file; V8
 * would grow its young generation to 48 MB for that. Capped at 16 MB, the
 * worker's heap at the peak of a 10,000-statement batch was 77 MB instead of
 * 88 MB, at the same speed; the process's peak RSS moved within run-to-run noise.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 }

/**
 * Built, the worker is the .js file next to this one. Run from source (tap,
 * tsx), it is the .ts file, loaded through the TypeScript loader the process
 * was started with; but tsx does not register its hooks in worker threads
 * before Node 22, so when Node cannot load a .ts file the worker registers
 * tsx itself and loads it again (under another URL: a failed import is cached).
 */
function startWorker (workerData: WorkerInput & { port: MessagePort }, transferList: MessagePort[]): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', import.meta.url), { workerData, transferList, resourceLimits: WORKER_LIMITS })
  let tsx: string | undefined
  try {
    tsx = import.meta.resolve('tsx/esm/api')
  } catch {
    tsx = undefined
  }
  const entry = new URL('./extract-worker.ts', import.meta.url).href
  return new Worker(TS_BOOTSTRAP, { eval: true, workerData: { ...workerData, entry, tsx }, transferList, resourceLimits: WORKER_LIMITS })
}

const TS_BOOTSTRAP = `
const { workerData } = require('node:worker_threads')
import(workerData.entry).catch((error) => {
  if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION' || workerData.tsx === undefined) throw error
  return import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry + '?tsx') })
})
`
