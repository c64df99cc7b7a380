import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from '../../src/extract/parse-document.js'
import { DATA_DIR, PROJECT_ROOT } from '../../src/paths.js'

/** What the synthesiser recombines: real paragraphs, split by the project's own parser. */
export interface ParagraphPool {
  salutations: string[]
  body: string[]
  /** Paragraphs and body characters of the seed statement: synthetic documents are sized around it. */
  seedParagraphs: number
  seedBodyChars: number
  /** The folders read and the folders that were missing. */
  read: string[]
  missing: string[]
}

/** The bundled statements and the shared seed + dev corpus (optional: it lives outside the repository). */
export function sourceFolders (): string[] {
  const shared = join(PROJECT_ROOT, '..', 'shared', 'corpus')
  return [join(DATA_DIR, 'statements'), join(shared, 'seed'), join(shared, 'dev')]
}

function textFiles (dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
}

// Daily-news items carry their press contacts inline; recombined they would
// put boilerplate into bodies, which real statements do not have.
const INLINE_BOILERPLATE = /For more information|Press contacts|Europe Direct/i

export function loadParagraphPool (folders: string[] = sourceFolders()): ParagraphPool {
  const salutations = new Set<string>()
  const body = new Set<string>()
  const read: string[] = []
  const missing: string[] = []
  let seedBodyChars = 0
  let seedParagraphs = 0
  for (const dir of folders) {
    if (!existsSync(dir)) {
      missing.push(dir)
      continue
    }
    read.push(dir)
    for (const file of textFiles(dir)) {
      let doc
      try {
        doc = parseDocument(readFileSync(file, 'utf8'))
      } catch {
        continue
      }
      // One language per synthetic document: mixing in the German text would
      // make language detection, and so the data, unrealistic.
      if (doc.language !== 'en') continue
      if (doc.metadata.reference === 'STATEMENT/23/121') {
        seedBodyChars = doc.paragraphs.reduce((sum, p) => sum + p.text.length, 0)
        seedParagraphs = doc.paragraphs.length
      }
      for (const paragraph of doc.paragraphs) {
        if (INLINE_BOILERPLATE.test(paragraph.text)) continue
        if (paragraph.kind === 'salutation') salutations.add(paragraph.text)
        else if (paragraph.kind === 'body' || paragraph.kind === 'list_item') body.add(paragraph.text)
      }
    }
  }
  if (body.size < 5) throw new Error(`too few source paragraphs (${body.size}) in ${folders.join(', ')}`)
  return { salutations: [...salutations], body: [...body], seedParagraphs: seedParagraphs || 10, seedBodyChars: seedBodyChars || 4500, read, missing }
}
