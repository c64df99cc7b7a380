// npm run openapi: writes openapi.yaml from the same app the server runs, so
// the committed contract is exactly what /openapi.json serves.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildApp } from '../src/app.js'
import { openDatabase } from '../src/db/open-database.js'
import { openapiYaml } from '../src/http/openapi-yaml.js'
import { PROJECT_ROOT } from '../src/paths.js'

const app = await buildApp({ db: openDatabase(':memory:') })
await app.ready()
const target = join(PROJECT_ROOT, 'openapi.yaml')
writeFileSync(target, openapiYaml(app.swagger()))
await app.close()
process.stdout.write(`wrote ${target}\n`)
