// npm run eval [-- --json] [-- --notes] [-- --fixtures DIR]
// Scores the full extraction pipeline against the annotated fixtures. It is a
// report: the exit code is 0 whatever the figures; the quality gate lives in
// test/scripts/eval.test.ts.
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createExtractor } from '../src/extract/extract-document.js'
import { PROJECT_ROOT } from '../src/paths.js'
import { evaluate } from './eval/evaluate.js'
import { loadFixtures } from './eval/fixture.js'
import { figures, formatReport } from './eval/report.js'

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    notes: { type: 'boolean', default: false },
    fixtures: { type: 'string', default: join(PROJECT_ROOT, 'test', 'fixtures', 'eval') }
  }
})

const { scores, overall } = evaluate(loadFixtures(values.fixtures), createExtractor())

if (values.json) {
  const row = (s: typeof overall): object => ({ document: s.name, counts: s.commitments, ...figures(s), notes: s.notes })
  console.log(JSON.stringify({ documents: scores.map(row), overall: row(overall) }, null, 2))
} else {
  console.log(formatReport(scores, overall, values.notes))
}
