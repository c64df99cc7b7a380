import { readFileSync } from 'node:fs'
import { test } from 'tap'
import { CORE_SCHEMA, load } from 'js-yaml'
import { compileModalPatterns, DEFAULT_MODAL_PATTERNS_PATH } from '../../../src/extract/commitments/modal-patterns.js'

const file = load(readFileSync(DEFAULT_MODAL_PATTERNS_PATH, 'utf8'), { schema: CORE_SCHEMA }) as Record<string, unknown>

test('the bundled modal patterns validate and compile', async (t) => {
  const patterns = compileModalPatterns(file)
  t.ok(patterns.modals.length > 10)
  t.ok(patterns.modalRegex.flags.includes('g'))
})

test('a modal with an unknown modality is refused', async (t) => {
  const modals = [{ rule: 'promise', modality: 'promise', pattern: 'promise\\s+to', confidence: 0.8 }]
  t.throws(() => compileModalPatterns({ ...file, modals }))
})

test('a modal added to the data file is found without a code change', async (t) => {
  const modals = [{ rule: 'vow-to', modality: 'commitment', pattern: 'vows?\\s+to', confidence: 0.8 }]
  const patterns = compileModalPatterns({ ...file, modals })
  patterns.modalRegex.lastIndex = 0
  t.ok(patterns.modalRegex.test('we vow to rebuild'))
})
