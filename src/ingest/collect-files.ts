import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import { join, resolve } from 'node:path'

/** One input of a batch: a file to read, or a path that yields none, with the reason. */
export type CollectedPath = { file: string, error?: undefined } | { file: string, error: string }

const TEXT_FILE = /\.txt$/i

/**
 * Turns command-line paths into the files of a batch, in argument order: a
 * file is taken as it is (any extension, so a document saved as .md can be
 * ingested on purpose), a folder is walked for *.txt, sorted. A file reached
 * twice is taken once. Paths that yield nothing become entries with an error,
 * so the caller reports them among the files instead of stopping.
 */
export function collectFiles (paths: string[]): CollectedPath[] {
  const seen = new Set<string>()
  const out: CollectedPath[] = []
  const add = (file: string): void => {
    const key = resolve(file)
    if (seen.has(key)) return
    seen.add(key)
    out.push({ file })
  }
  for (const path of paths) {
    let isDirectory: boolean
    try {
      isDirectory = statSync(path).isDirectory()
    } catch (error) {
      out.push({ file: path, error: describeFsError(error) })
      continue
    }
    if (!isDirectory) {
      add(path)
      continue
    }
    const found: string[] = []
    const problems: CollectedPath[] = []
    walk(path, found, problems, new Set())
    if (found.length === 0 && problems.length === 0) out.push({ file: path, error: 'the folder has no .txt files' })
    for (const file of found.sort(byPath)) add(file)
    out.push(...problems)
  }
  return out
}

function walk (dir: string, found: string[], problems: CollectedPath[], visited: Set<string>): void {
  // Symbolic links are followed; the real path guards against a link to a parent.
  let entries: Dirent[]
  try {
    const real = realpathSync(dir)
    if (visited.has(real)) return
    visited.add(real)
    entries = readdirSync(dir, { withFileTypes: true })
  } catch (error) {
    problems.push({ file: dir, error: describeFsError(error) })
    return
  }
  for (const entry of entries) {
    // Hidden entries are editor backups, VCS folders and the like, not documents.
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    let kind: 'dir' | 'file' | 'other' = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other'
    if (entry.isSymbolicLink()) {
      try {
        const stats = statSync(path)
        kind = stats.isDirectory() ? 'dir' : stats.isFile() ? 'file' : 'other'
      } catch {
        kind = 'other' // a dangling link is not a document
      }
    }
    if (kind === 'dir') walk(path, found, problems, visited)
    else if (kind === 'file' && TEXT_FILE.test(entry.name)) found.push(path)
  }
}

// Code-point order, not locale order, so that the batch order is the same on every machine.
const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function describeFsError (error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}
