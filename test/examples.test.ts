import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { test } from 'tap'
import { PROJECT_ROOT } from '../src/paths.js'
import { startServer } from './helpers/server-process.js'

const bin = (name: string) => join(PROJECT_ROOT, 'node_modules', '.bin', name)

// The types are generated from the committed openapi.yaml on every run, so the
// example can never compile against a stale copy of the contract.
test('the example client typechecks against the types generated from openapi.yaml', async (t) => {
  const generate = spawnSync(bin('openapi-typescript'), ['openapi.yaml', '-o', 'examples/client/generated/api.d.ts'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 })
  t.equal(generate.status, 0, `openapi-typescript: ${generate.stderr}`)
  const check = spawnSync(bin('tsc'), ['-p', 'examples/tsconfig.json'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 120_000 })
  t.equal(check.status, 0, `tsc -p examples:\n${check.stdout}${check.stderr}`)
})

test('the list-commitments example prints the seed statement\'s commitments', async (t) => {
  const server = await startServer()
  t.teardown(server.stop)
  const expected = await (await fetch(`${server.baseUrl}/v1/statements/statement-23-121/commitments?limit=200`)).json() as { data: Array<{ id: string }> }
  t.ok(expected.data.length > 0, 'the seed has commitments to list')

  const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/list-commitments.ts'], {
    cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, BASE_URL: server.baseUrl }
  })
  t.equal(run.status, 0, `exit status; stderr: ${run.stderr}`)
  t.match(run.stdout, /^statement-23-121 {2}2023-01-10 /m)
  for (const { id } of expected.data) t.match(run.stdout, new RegExp(`^ {2}${id} {2}(commitment|obligation|intention) {2}`, 'm'), `${id} is listed`)
  t.match(run.stdout, new RegExp(`^${expected.data.length} commitments in 1 statements$`, 'm'))
})

test('the example explains a server that is not running', async (t) => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/list-commitments.ts'], {
    cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, BASE_URL: 'http://127.0.0.1:9' }
  })
  t.equal(run.status, 1)
  t.match(run.stderr, 'is the server running at http://127.0.0.1:9?')
})
