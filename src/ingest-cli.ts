import { createExtractor } from './extract/extract-document.js'
import { runIngestCli } from './ingest/cli.js'

// Entry point: the only place that touches the process. The exit code is set,
// not forced, so that stdout is flushed when it is a pipe.
process.exitCode = runIngestCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env
}, { createExtractor })
