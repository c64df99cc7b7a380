import { Presets, SingleBar } from 'cli-progress'
import type { FileResult } from './ingest-paths.js'

/** Below this many files the per-file lines are progress enough. */
export const PROGRESS_MIN_FILES = 20

export interface Progress {
  tick: (result: FileResult) => void
  /** Clears the bar; the cursor is back where the bar started. */
  stop: () => void
}

/**
 * A bar on a terminal stream. SingleBar redraws synchronously on update,
 * which matters here: ingestion blocks the event loop, so a timer-driven bar
 * (MultiBar) would never move. Nothing else may be written to the terminal
 * while it runs: the bar saves the cursor at start and restores it on stop,
 * so a line printed in between would be overwritten.
 */
export function createProgress (stream: { write: (chunk: string) => unknown }, total: number): Progress | null {
  if (total < PROGRESS_MIN_FILES) return null
  const bar = new SingleBar({
    stream: stream as NodeJS.WritableStream,
    format: 'ingesting [{bar}] {value}/{total} files | {failed} failed | eta {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    gracefulExit: true
  }, Presets.shades_classic)
  let failed = 0
  bar.start(total, 0, { failed })
  return {
    tick (result) {
      if (result.status === 'failed') failed += 1
      bar.increment(1, { failed })
    },
    stop () {
      bar.stop()
    }
  }
}
