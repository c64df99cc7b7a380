import { test } from 'tap'
import { compileModalPatterns, DEFAULT_MODAL_PATTERNS_PATH } from '../../../src/extract/commitments/modal-patterns.js'
import { readYamlFile } from '../../../src/extract/read-yaml.js'

const file = readYamlFile(DEFAULT_MODAL_PATTERNS_PATH) as Record<string, unknown>

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
