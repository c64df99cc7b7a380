import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// Sources run from src/ (tsx, tap) and from dist/src/ (npm start); both find the
// project's data and migrations by walking up to the folder with package.json.
function findProjectRoot (from: string): string {
  let dir = from
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`no package.json above ${from}`)
    dir = parent
  }
  return dir
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)))
export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'migrations')
export const DATA_DIR = join(PROJECT_ROOT, 'data')
