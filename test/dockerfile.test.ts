import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { PROJECT_ROOT } from '../src/paths.js'
import { commandOf, copyPaths, envPairs, parseDockerfile, type Instruction, type Stage } from '../scripts/dockerfile.js'

// Docker cannot run where the tests run, so the image is checked by reading
// its Dockerfile; scripts/docker-recipe.ts replays the steps for real.

const stages = parseDockerfile(readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8'))
const runtime = stages.at(-1) as Stage
const build = stages[0] as Stage
const all = (stage: Stage, keyword: string): Instruction[] => stage.instructions.filter((i) => i.keyword === keyword)
const env = Object.assign({}, ...all(runtime, 'ENV').map(envPairs)) as Record<string, string>

test('the image is built in stages and runs from a slim Node 20 base', async (t) => {
  t.ok(stages.length >= 2, 'a build stage and a runtime stage')
  for (const stage of stages) t.match(stage.base, /^node:20([.-][\w.-]*)?-slim(@sha256:[0-9a-f]{64})?$/, `${stage.name ?? 'a stage'} uses node:20 slim`)
  t.not(build, runtime)
})

test('the build stage installs every dependency and compiles', async (t) => {
  const runs = all(build, 'RUN').map((i) => i.args)
  t.ok(runs.some((run) => /\bnpm ci\b(?!.*--omit=dev)/.test(run)), 'npm ci with dev dependencies')
  t.ok(runs.some((run) => /\bnpm run build\b/.test(run)), 'npm run build')
})

test('the runtime stage installs production dependencies only and copies the build output', async (t) => {
  const runs = all(runtime, 'RUN').map((i) => i.args)
  t.ok(runs.some((run) => /\bnpm ci\b.*--omit=dev/.test(run)), 'npm ci --omit=dev')
  t.notOk(runs.some((run) => /\bnpm (run build|install)\b/.test(run)), 'no compiling or unlocked installs at runtime')
  const fromBuild = all(runtime, 'COPY').filter((i) => i.flags.from === build.name)
  t.ok(fromBuild.some((i) => copyPaths(i).sources.some((source) => /\/dist\/?$/.test(source))), 'dist/ comes from the build stage')
})

test('the runtime stage ships the data, the migrations and the pages', async (t) => {
  const copied = all(runtime, 'COPY').filter((i) => i.flags.from === undefined).flatMap((i) => copyPaths(i).sources)
  for (const folder of ['data/', 'migrations/', 'public/']) t.ok(copied.includes(folder), `COPY ${folder}`)
})

test('the container runs as a non-root user', async (t) => {
  const user = all(runtime, 'USER').at(-1)?.args
  t.ok(user, 'a USER instruction')
  t.notMatch(user ?? 'root', /^(root|0)(:|$)/)
})

test('the server listens on all interfaces on port 3000 with the database on the /data volume', async (t) => {
  t.equal(env.HOST, '0.0.0.0')
  t.equal(env.PORT, '3000')
  t.equal(env.DATABASE_PATH, '/data/statements.db')
  t.ok(all(runtime, 'EXPOSE').some((i) => i.args.split(/\s+/).includes('3000')), 'EXPOSE 3000')
  t.ok(all(runtime, 'VOLUME').some((i) => /(^|[\s"[])\/data(["\s\],]|$)/.test(i.args)), 'VOLUME /data')
})

test('the health check probes /ready', async (t) => {
  const check = all(runtime, 'HEALTHCHECK').at(-1)
  t.ok(check, 'a HEALTHCHECK')
  t.match(check?.args ?? '', /^CMD\s/)
  t.match(check?.args ?? '', /\/ready\b/)
})

test('the container starts the compiled server', async (t) => {
  const cmd = all(runtime, 'CMD').at(-1)
  t.same(commandOf(cmd?.args ?? '[]'), ['node', 'dist/src/server.js'])
})

test('every path the Dockerfile copies exists in the repository and passes .dockerignore', async (t) => {
  const ignore = readFileSync(join(PROJECT_ROOT, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim())
  t.equal(ignore[ignore.findIndex((line) => line !== '' && !line.startsWith('#'))], '*', '.dockerignore is an allow list')
  for (const stage of stages) {
    for (const instruction of all(stage, 'COPY').filter((i) => i.flags.from === undefined)) {
      for (const source of copyPaths(instruction).sources) {
        t.ok(existsSync(join(PROJECT_ROOT, source)), `${source} exists`)
        t.ok(ignore.includes(`!${source}`), `${source} is allowed into the build context`)
      }
    }
  }
})
