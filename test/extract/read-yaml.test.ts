import { join } from 'node:path'
import { test } from 'tap'
import { readYamlFile } from '../../src/extract/read-yaml.js'

test('a rules file reads as YAML 1.2 core: dates and times stay strings, no merge keys', async (t) => {
  const dir = t.testdir({
    'rules.yaml': 'date: 2023-01-10\nat: 2024-05-01T10:00:00Z\nbase: &b { x: 1 }\nmerged: { <<: *b, y: 2 }\nflag: yes\n'
  })
  t.same(readYamlFile(join(dir, 'rules.yaml')), {
    date: '2023-01-10',
    at: '2024-05-01T10:00:00Z',
    base: { x: 1 },
    merged: { '<<': { x: 1 }, y: 2 },
    flag: 'yes'
  })
})

test('a syntax error is one line with its line and column', async (t) => {
  const dir = t.testdir({ 'bad.yaml': 'topics:\n  - slug: trade\n    terms: [trade,, tariffs]\n' })
  t.throws(() => readYamlFile(join(dir, 'bad.yaml')), { message: /^[^\n]+ at line 3, column \d+$/ })
})
